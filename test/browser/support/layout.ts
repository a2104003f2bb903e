import type { Page } from 'playwright-core';

/**
 * Layout checks run inside a story's page (each function is serialised into it, so it may only use
 * its own code). Each returns what is wrong, one readable line per problem; empty when it is fine.
 */

/**
 * Text or controls that do not fit: the page scrolling sideways, a message sticking out of the
 * page, an element of a message whose content is wider than its box (`scrollWidth > clientWidth`)
 * or that lies outside its message.
 *
 * @example expect(await overflowProblems(page)).toEqual([]);
 */
export function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (element: Element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px`);
    for (const message of Array.from(document.querySelectorAll<HTMLElement>('.vehicle-error'))) {
      const box = message.getBoundingClientRect();
      if (box.left < -1 || box.right > root.clientWidth + 1) problems.push(`${name(message)} sticks out of the page`);
      // A message that scrolls (a tall modal) may hold parts below its fold; sideways it may not.
      const scrolls = message.scrollHeight > message.clientHeight + 1;
      for (const element of [message, ...Array.from(message.querySelectorAll<HTMLElement>('*'))]) {
        const style = getComputedStyle(element);
        if (['none', 'inline', 'contents'].includes(style.display)) continue;
        if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
          problems.push(`${name(element)} overflows its box: ${element.scrollWidth} px in ${element.clientWidth} px`);
        }
        const rect = element.getBoundingClientRect();
        if (element === message || rect.width === 0 || rect.height === 0) continue;
        const outside = rect.left < box.left - 1 || rect.right > box.right + 1 || (!scrolls && (rect.top < box.top - 1 || rect.bottom > box.bottom + 1));
        if (outside) problems.push(`${name(element)} lies outside its message`);
      }
    }
    return problems;
  });
}

/**
 * Controls of the library smaller than 24 by 24 CSS px (WCAG 2.5.8); links inside a sentence are
 * the success criterion's own exception.
 *
 * @example expect(await smallTargets(page)).toEqual([]);
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.vehicle-error :is(a[href], button, input, select, textarea, [role="button"])'))
      .filter((target) => !(getComputedStyle(target).display === 'inline' && target.closest('p')))
      .map((target) => ({ target, rect: target.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && (rect.width < 24 || rect.height < 24))
      .map(({ target, rect }) => `"${target.textContent?.trim() ?? ''}" is ${Math.round(rect.width)} by ${Math.round(rect.height)} px`),
  );
}

/**
 * Blank space in an open modal: the text column and the dialog should be as tall as what they
 * hold (within 2 px), unless the dialog scrolls because the viewport is shorter than its content.
 *
 * @example expect(await modalBlankSpace(page)).toEqual([]);
 */
export function modalBlankSpace(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const dialog of Array.from(document.querySelectorAll<HTMLElement>('.vehicle-error[data-part="modal"]'))) {
      const content = dialog.querySelector<HTMLElement>('.vehicle-error__content');
      const parts = content ? Array.from(content.children) : [];
      const first = parts[0];
      const last = parts.at(-1);
      if (!content || !first || !last) continue;
      const held = last.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
      const blank = content.getBoundingClientRect().height - held;
      if (blank > 2) problems.push(`the text column is ${Math.round(blank)} px taller than its text`);
      if (dialog.scrollHeight > dialog.clientHeight + 1) continue;
      const style = getComputedStyle(dialog);
      const children = Array.from(dialog.children).map((child) => child.getBoundingClientRect());
      const span = Math.max(...children.map((rect) => rect.bottom)) - Math.min(...children.map((rect) => rect.top));
      const inner = dialog.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      if (inner - span > 2) problems.push(`the dialog is ${Math.round(inner - span)} px taller than what it holds`);
    }
    return problems;
  });
}

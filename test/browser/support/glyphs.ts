import type { Page } from 'playwright-core';

/**
 * Meaning beyond colour, checked inside a story's page (each function is serialised into it):
 * every message title starts with its tone's glyph, and in forced colours the glyph, the frame,
 * the controls and the focus ring stay visible in system colours.
 */

/**
 * Titles without a visible glyph at their inline start (the right in right-to-left), or with a
 * mirrored one (none of ours points a direction).
 *
 * @example expect(await glyphProblems(page)).toEqual([]);
 */
export function glyphProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const title of Array.from(document.querySelectorAll<HTMLElement>('.vehicle-error__title'))) {
      const glyph = getComputedStyle(title, '::before');
      const label = `"${title.textContent?.trim().slice(0, 30) ?? ''}"`;
      const width = parseFloat(glyph.width);
      if (glyph.maskImage === 'none' || !(width >= 12)) {
        problems.push(`${label} has no glyph (mask ${glyph.maskImage.slice(0, 20)}, ${glyph.width})`);
        continue;
      }
      if (glyph.transform !== 'none') problems.push(`${label}: its glyph is transformed (${glyph.transform})`);
      // The title's words start after the glyph: to its right in left-to-right, its left in right-to-left.
      const range = document.createRange();
      range.selectNodeContents(title);
      const words = range.getClientRects()[0];
      const box = title.getBoundingClientRect();
      if (!words) continue;
      const rtl = getComputedStyle(title).direction === 'rtl';
      const gap = rtl ? box.right - words.right : words.left - box.left;
      if (gap < width) problems.push(`${label}: its glyph is not at the ${rtl ? 'right' : 'left'} (${Math.round(gap)} px before the words)`);
    }
    return problems;
  });
}

/**
 * What forced colours would hide: a message frame, a control's border or text, the glyph, or the
 * focus ring of the first control, each measured against the message's background (3:1 for
 * shapes, 4.5:1 for text). Call it with forced colours emulated.
 *
 * @example
 * await page.emulateMedia({ forcedColors: 'active' });
 * expect(await forcedColorProblems(page)).toEqual([]);
 */
export function forcedColorProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const channel = (value: number) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return 0.2126 * channel(r / 255) + 0.7152 * channel(g / 255) + 0.0722 * channel(b / 255);
    };
    const transparent = (color: string) => color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);
    const contrast = (one: string, two: string) => {
      if (transparent(one)) return 1; // nothing painted: invisible whatever the background
      const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    };
    const problems: string[] = [];
    for (const message of Array.from(document.querySelectorAll<HTMLElement>('.vehicle-error'))) {
      const style = getComputedStyle(message);
      const background = style.backgroundColor;
      const where = `"${message.querySelector('.vehicle-error__title')?.textContent?.trim().slice(0, 30) ?? ''}"`;
      if (!(parseFloat(style.borderTopWidth) >= 1) || contrast(style.borderTopColor, background) < 3) problems.push(`${where}: the frame vanishes`);
      const title = message.querySelector('.vehicle-error__title');
      const glyph = title ? getComputedStyle(title, '::before') : undefined;
      if (glyph && contrast(glyph.backgroundColor, background) < 3) problems.push(`${where}: the glyph vanishes (${glyph.backgroundColor} on ${background})`);
      const controls = Array.from(message.querySelectorAll<HTMLElement>('.vehicle-error__button'));
      for (const control of controls) {
        const own = getComputedStyle(control);
        const name = `${where} "${control.textContent?.trim() ?? ''}"`;
        if (!(parseFloat(own.borderTopWidth) >= 1) || contrast(own.borderTopColor, background) < 3) problems.push(`${name}: its border vanishes`);
        if (contrast(own.color, own.backgroundColor) < 4.5) problems.push(`${name}: its text vanishes`);
      }
      const first = controls[0];
      if (!first) continue;
      const before = document.activeElement;
      first.focus({ focusVisible: true } as FocusOptions);
      const ring = getComputedStyle(first);
      if (ring.outlineStyle === 'none' || parseFloat(ring.outlineWidth) < 2 || contrast(ring.outlineColor, background) < 3) {
        problems.push(`${where}: the focus ring vanishes (${ring.outlineStyle} ${ring.outlineWidth} ${ring.outlineColor})`);
      }
      if (before instanceof HTMLElement) before.focus();
      else first.blur();
    }
    return problems;
  });
}

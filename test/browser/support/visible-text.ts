import type { Page } from 'playwright-core';

/**
 * What must never reach an owner's screen: unfilled placeholders, JavaScript's empty values, and
 * stringified objects. Case-sensitive and whole-word, so "Annulled" or "Nullification" pass.
 */
const LEAKS: readonly RegExp[] = [/\{\{/, /\}\}/, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /\[object/, /<app name>/i];

/**
 * Every visible text on the page (rendered text plus accessible names in `aria-label`, `title`,
 * `alt`) inside `within` that contains a leak, each with a little context. Empty when clean.
 *
 * @example
 * expect(await leakedText(page)).toEqual([]);
 */
export async function leakedText(page: Page, within = 'body'): Promise<string[]> {
  const texts = await page.evaluate((selector) => {
    const containers = Array.from(document.querySelectorAll<HTMLElement>(selector));
    const attributes = containers
      .flatMap((container) => Array.from(container.querySelectorAll('[aria-label], [title], [alt], [aria-valuetext]')))
      .flatMap((element) => ['aria-label', 'title', 'alt', 'aria-valuetext'].map((name) => element.getAttribute(name) ?? ''));
    return [...containers.map((container) => container.innerText), ...attributes];
  }, within);
  return texts.flatMap((text) =>
    LEAKS.flatMap((pattern) => {
      const match = pattern.exec(text);
      if (!match) return [];
      const start = Math.max(0, match.index - 40);
      return [`${pattern.source}: …${text.slice(start, match.index + 40).replace(/\s+/g, ' ')}…`];
    }),
  );
}

/** Scripts each tested locale is written in; a message in English there means the locale never loaded. */
const SCRIPTS: Record<string, string> = { ar: '\\p{Script=Arabic}' };

/**
 * Texts of the library's messages (`.vehicle-error`) that claim a locale (`lang`) but contain none
 * of its script: the translation never loaded and English showed instead.
 *
 * @example
 * expect(await untranslatedMessages(page, 'ar')).toEqual([]);
 */
export function untranslatedMessages(page: Page, lang: string): Promise<string[]> {
  const script = SCRIPTS[lang];
  if (!script) throw new Error(`Add the script of ${lang} to SCRIPTS`);
  return page.evaluate(
    ({ lang, script }) =>
      Array.from(document.querySelectorAll<HTMLElement>(`.vehicle-error[lang="${lang}"]`))
        .map((element) => element.innerText)
        .filter((text) => !new RegExp(script, 'u').test(text)),
    { lang, script },
  );
}

/**
 * In the pseudo-locale every string the library shows is bracketed (`[Ţŕý åĝåîñ …]`). Returns the
 * texts inside messages in that locale (`.vehicle-error[lang]`) whose block (paragraph, heading,
 * button…) has no brackets: words hard-coded in a component instead of coming from the locale.
 *
 * @example
 * expect(await hardCodedText(page, 'en-XA')).toEqual([]);
 */
export function hardCodedText(page: Page, pseudoLocale: string): Promise<string[]> {
  return page.evaluate((lang) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || parent?.closest('.vehicle-error')?.getAttribute('lang') !== lang) continue;
      // The app's own label of a message (hidden, it only names the region) is the app's words.
      if (parent?.closest('[hidden]')) continue;
      // A link inside a message is part of the message's sentence: judge the whole block.
      const block = parent?.closest('p, h1, h2, h3, h4, h5, h6, button, a:not(p a), li') ?? parent;
      const text = block?.textContent?.trim() ?? '';
      if (!text.includes('[') || !text.includes(']')) found.push(text);
    }
    return [...new Set(found)];
  }, pseudoLocale);
}

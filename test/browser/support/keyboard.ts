import type { Page } from 'playwright-core';

/**
 * Presses Tab until the focused element matches, as a keyboard user would; throws after `limit`
 * presses. `matches` runs in the page, so it may only use its argument.
 *
 * @example
 * await tabTo(page, (element) => element.textContent === 'Try again');
 * await page.keyboard.press('Enter');
 */
export async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 15): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached the element after ${limit} presses`);
}

/** The trimmed text of the focused element ('' for none). */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

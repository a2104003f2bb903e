import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { axeViolations, formatViolations, STORY_TAGS } from './support/axe.js';
import { ensureChromium, launchChromium } from './support/chromium.js';
import { createPagePool } from './support/page-pool.js';
import type { PagePool } from './support/page-pool.js';
import { serveStatic } from './support/static-server.js';
import type { StaticServer } from './support/static-server.js';
import { buildStorybook, readStories, showDocs, showStory, switchLocale } from './support/storybook-site.js';
import { forcedColorProblems, glyphProblems } from './support/glyphs.js';
import { focusedText, tabTo } from './support/keyboard.js';
import { modalBlankSpace, overflowProblems, smallTargets } from './support/layout.js';
import { hardCodedText, leakedText, untranslatedMessages } from './support/visible-text.js';
import { vehicleErrorLocales, PSEUDO_LOCALE } from '../../src/i18n/locale-loaders.js';

/**
 * Every story is an accessibility test: a fresh static Storybook, opened in Debian's Chromium,
 * each story in English, in Arabic (right-to-left), in the dark theme (then in forced colours) and
 * in the pseudo-locale on a 320 px phone, checked with axe (WCAG 2.2 AA and best practices, colour
 * contrast on), for leaked placeholders, text that did not come from the locale, overflowing text,
 * small targets, a glyph per tone and a modal without blank space. Then the docs pages, the
 * modal in every locale and on a scrolling page, motion, and the keyboard flows.
 */

ensureChromium(); // fail fast, in one line, before spending time on the build
const outputDir = await mkdtemp(join(tmpdir(), 'storybook-test-'));
await buildStorybook(outputDir);
const stories = await readStories(outputDir);
const docsPages = await readStories(outputDir, 'docs');

let server: StaticServer;
let browser: Browser;
let pool: PagePool;

beforeAll(async () => {
  // Classic scrollbars, as on Windows and Linux desktops: they take room, so a layout shift shows.
  [server, browser] = await Promise.all([serveStatic(outputDir), launchChromium({ scrollbars: true })]);
  pool = await createPagePool(browser, 3);
});

afterAll(async () => {
  await pool?.close();
  await browser?.close();
  await server?.close();
  await rm(outputDir, { recursive: true, force: true });
});

interface Pass {
  name: string;
  globals: Record<string, string>;
  document: { lang: string; dir: string; theme: string };
  /** The page's width: desktop, or the narrowest phone. */
  width: number;
  /** Checks the story again in Chromium's forced-colours emulation, after axe. */
  forcedColors?: boolean;
}

// Four passes, each story loaded once per pass: 320 px rides with the longest words (pseudo), and
// forced colours with the dark theme (a re-style of the same page, no second load).
const passes: Pass[] = [
  { name: 'default locale, light', globals: {}, document: { lang: 'en', dir: 'ltr', theme: 'light' }, width: 1024 },
  { name: 'Arabic, right-to-left', globals: { locale: 'ar' }, document: { lang: 'ar', dir: 'rtl', theme: 'light' }, width: 1024 },
  { name: 'dark theme, then forced colours', globals: { theme: 'dark' }, document: { lang: 'en', dir: 'ltr', theme: 'dark' }, width: 1024, forcedColors: true },
  { name: 'pseudo-locale at 320 px', globals: { locale: 'en-XA' }, document: { lang: 'en-XA', dir: 'ltr', theme: 'light' }, width: 320 },
];

/** Pages are shared between tests: each starts from the same size and media. */
async function preparePage(page: Page, width = 1024): Promise<void> {
  await page.setViewportSize({ width, height: 768 });
  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
}

test('the built Storybook has stories and docs pages', ({ expect }) => {
  expect(stories.length).toBeGreaterThan(0);
  expect(docsPages.map((docs) => docs.title)).toEqual(expect.arrayContaining(['Docs/Getting started', 'Docs/Translators']));
});

test('the Storybook UI opens a story in Arabic from its URL and reaches no outside host', async ({ expect }) => {
  await pool.use(async ({ page, errors, outsideRequests }) => {
    await page.goto(`${server.origin}/?path=/story/components-vehicleerrorbanner--default&globals=locale:ar`);
    const preview = page.frameLocator('#storybook-preview-iframe');
    await expect.poll(() => preview.locator('html').getAttribute('dir'), { timeout: 20_000 }).toBe('rtl');
    await expect.poll(() => preview.locator('.vehicle-error').getAttribute('lang'), { timeout: 20_000 }).toBe('ar');
    await page.waitForLoadState('networkidle');
    expect(outsideRequests, 'requests to outside hosts').toEqual([]);
    expect(errors.join('\n'), 'errors in the page').toBe('');
  });
});

describe.each(passes)('every story, $name', ({ globals, document: expectedDocument, width, forcedColors }) => {
  test.concurrent.for(stories.map((story) => story.id))('%s', async (id, { expect }) => {
    await pool.use(async ({ page, errors, outsideRequests }) => {
      await preparePage(page, width);
      await showStory(page, server.origin, id, globals);

      const applied = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.dir,
        theme: document.documentElement.dataset.theme,
      }));
      expect(applied, 'toolbar globals applied to the document').toEqual(expectedDocument);
      if (expectedDocument.lang === 'ar') {
        expect(await untranslatedMessages(page, 'ar'), 'messages marked lang=ar but not in Arabic').toEqual([]);
      }
      if (expectedDocument.lang === 'en-XA') {
        expect(await hardCodedText(page, 'en-XA'), 'library text that bypasses the locale file').toEqual([]);
      }

      const violations = await axeViolations(page, [], STORY_TAGS);
      expect(formatViolations(violations), `axe violations in ${id}`).toBe('');
      expect(await leakedText(page), 'text the owner must never see').toEqual([]);
      expect(await overflowProblems(page), `text or controls that do not fit ${width} px`).toEqual([]);
      expect(await smallTargets(page), 'targets under 24 by 24 px').toEqual([]);
      expect(await glyphProblems(page), 'a glyph per tone, at the start of the title').toEqual([]);
      expect(await modalBlankSpace(page), 'blank space in the modal').toEqual([]);
      if (forcedColors) {
        await page.emulateMedia({ forcedColors: 'active' });
        expect(await forcedColorProblems(page), 'what forced colours hide').toEqual([]);
        await page.emulateMedia({ forcedColors: 'none' });
      }
      expect(errors.join('\n'), 'errors in the page').toBe('');
      expect(outsideRequests, 'requests to outside hosts').toEqual([]);
    });
  });
});

describe('every docs page', () => {
  test.concurrent.for(docsPages.map((docs) => docs.id))('%s', async (id, { expect }) => {
    await pool.use(async ({ page, errors, outsideRequests }) => {
      await preparePage(page);
      await showDocs(page, server.origin, id);
      // Storybook's own props table (its toggles' colours) is Storybook's UI, not this library's.
      const violations = await axeViolations(page, ['.docblock-argstable']);
      expect(formatViolations(violations), `axe violations in ${id}`).toBe('');
      // Docs prose may show `{{placeholders}}` on purpose; the stories rendered in it may not.
      expect(await leakedText(page, '.docs-story'), 'text the owner must never see').toEqual([]);
      expect(errors.join('\n'), 'errors in the page').toBe('');
      expect(outsideRequests, 'requests to outside hosts').toEqual([]);
    });
  });
});

/** How long a UI reaction may take on a busy 2-core machine. */
const SETTLE = { timeout: 5_000 };

describe('keyboard flows', () => {
  test.for([{ locale: 'en' }, { locale: 'ar' }])('Tab to the banner\'s Try again, Enter retries ($locale)', async (globals, { expect }) => {
    await pool.use(async ({ page, errors }) => {
      await preparePage(page);
      const id = 'components-vehicleerrorbanner-examples--lock-with-door-open';
      await showStory(page, server.origin, id, globals);
      await tabTo(page, (element) => element.matches('.vehicle-error button[data-variant="primary"]'));
      expect(await page.locator('.vehicle-error').getAttribute('data-state')).toBe('idle');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.vehicle-error').getAttribute('data-state'), SETTLE).toBe('succeeded');
      await expect.poll(() => page.getByRole('status').first().innerText(), SETTLE).toBe('Locked. Your car is secure.');
      expect(errors.join('\n')).toBe('');
    });
  });

  test.for([{ locale: 'en' }, { locale: 'ar' }])('the modal: Enter opens it, Escape closes it, focus returns ($locale)', async (globals, { expect }) => {
    await pool.use(async ({ page, errors }) => {
      await preparePage(page);
      const id = 'components-vehicleerrormodal--opened-from-a-button';
      await showStory(page, server.origin, id, globals);
      await tabTo(page, (element) => element.textContent === 'Unlock car');
      await page.keyboard.press('Enter');

      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.count(), SETTLE).toBe(1);
      // Focus moved into the dialog, onto its next step (Reconnect), and the open dialog passes axe.
      await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]'))), SETTLE).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-variant'))).toBe('primary');
      const violations = await axeViolations(page);
      expect(formatViolations(violations), 'axe violations with the dialog open').toBe('');

      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count(), SETTLE).toBe(0);
      // Radix hands focus back one task after the dialog unmounts.
      await expect.poll(() => focusedText(page), SETTLE).toBe('Unlock car');
      expect(errors.join('\n')).toBe('');
    });
  });

  test('the fleet page: Dismiss one car\'s message, focus moves on to the next car\'s Reconnect', async ({ expect }) => {
    await pool.use(async ({ page, errors }) => {
      await preparePage(page);
      await showStory(page, server.origin, 'components-vehicleerrorbanner-examples--several-cars');
      await tabTo(page, (element) => element.textContent === 'Dismiss');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.vehicle-error').count(), SETTLE).toBe(2);
      // The label names each region; the focused link sits in the next car's.
      const focused = () => page.evaluate(() => [document.activeElement?.textContent, document.activeElement?.closest('section')?.querySelector('[hidden]')?.textContent]);
      await expect.poll(focused, SETTLE).toEqual(['Reconnect', 'Model Y']);
      expect(errors.join('\n')).toBe('');
    });
  });

  test('the modal: a click beside it closes it, focus returns', async ({ expect }) => {
    await pool.use(async ({ page, errors }) => {
      await preparePage(page);
      await showStory(page, server.origin, 'components-vehicleerrormodal--opened-from-a-button');
      await page.getByRole('button', { name: 'Unlock car' }).click();
      // Open once focus is inside: Radix listens for clicks outside from the next task on.
      await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]'))), SETTLE).toBe(true);
      await page.mouse.click(8, 760);
      await expect.poll(() => page.getByRole('dialog').count(), SETTLE).toBe(0);
      await expect.poll(() => focusedText(page), SETTLE).toBe('Unlock car');
      expect(errors.join('\n')).toBe('');
    });
  });
});

describe('the modal fits what it says', () => {
  // One page load per story; the locales switch through Storybook's channel, as the toolbar does.
  const modalStories = ['components-vehicleerrormodal--default', 'components-vehicleerrormodal--contact-support'];
  test.concurrent.for(modalStories)('%s, in every locale, from 320 px to desktop', async (id, { expect }) => {
    await pool.use(async ({ page, errors }) => {
      await preparePage(page);
      await showStory(page, server.origin, id);
      const dialog = page.locator('.vehicle-error[data-part="modal"]');
      const english = await dialog.locator('.vehicle-error__title').innerText();
      for (const locale of [...vehicleErrorLocales, PSEUDO_LOCALE]) {
        await switchLocale(page, id, locale);
        await expect.poll(() => dialog.getAttribute('lang'), SETTLE).toBe(locale);
        // Measured in the locale's own words, not English shown while they load.
        if (locale !== 'en') await expect.poll(() => dialog.locator('.vehicle-error__title').innerText(), SETTLE).not.toBe(english);
        for (const width of [320, 1440]) {
          await page.setViewportSize({ width, height: 768 });
          expect(await modalBlankSpace(page), `${locale} at ${width} px`).toEqual([]);
          expect(await overflowProblems(page), `${locale} at ${width} px`).toEqual([]);
        }
      }
      expect(errors.join('\n')).toBe('');
    });
  });

  // Apps that reserve the scrollbar's gutter, or always show the scrollbar, are where a scroll
  // lock that pads the body for the scrollbar moves the page; right to left, the gutter's side too.
  // One page load: each case adds its page style, opens and closes the dialog, and takes it away.
  const pageStyles = ['', 'html { scrollbar-gutter: stable; }', 'html { overflow-y: scroll; }'];
  const cases = [...pageStyles.map((css) => ({ locale: 'en', css })), { locale: 'ar', css: pageStyles[1] ?? '' }];
  test('opening it on a long page moves nothing and scrolls nothing', async ({ expect }) => {
    await pool.use(async ({ page, errors }) => {
      const id = 'components-vehicleerrormodal--on-a-long-page';
      await preparePage(page);
      await showStory(page, server.origin, id);
      const positions = () =>
        page.evaluate(() =>
          ['h2', 'button', 'li'].map((selector) => {
            const rect = document.querySelector(`#storybook-root ${selector}`)?.getBoundingClientRect();
            return rect && { x: rect.x, y: rect.y, width: rect.width };
          }),
        );
      for (const { locale, css } of cases) {
        const where = `${locale}, "${css}"`;
        if (locale !== 'en') await switchLocale(page, id, locale);
        const style = css ? await page.addStyleTag({ content: css }) : undefined;
        expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth), `${where}: a scrollbar that takes room`).toBeGreaterThan(0);
        const before = await positions();
        const ownStyle = await page.evaluate(() => document.documentElement.style.cssText);
        await page.getByRole('button', { name: 'Unlock car' }).click();
        await expect.poll(() => page.getByRole('dialog').count(), SETTLE).toBe(1);
        expect(await positions(), `${where}: page elements after opening`).toEqual(before);
        await page.mouse.move(8, 400);
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(100);
        expect(await page.evaluate(() => window.scrollY), `${where}: the page behind the open dialog`).toBe(0);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count(), SETTLE).toBe(0);
        expect(await positions(), `${where}: page elements after closing`).toEqual(before);
        expect(await page.evaluate(() => document.documentElement.style.cssText), `${where}: the page's own inline style, restored`).toBe(ownStyle);
        await style?.evaluate((element) => element.parentNode?.removeChild(element));
      }
      expect(errors.join('\n')).toBe('');
    });
  });
});

describe("Storybook's own views", () => {
  test('the Colours toolbar previews forced colours with the stylesheet\'s own rules', async ({ expect }) => {
    await pool.use(async ({ page, errors }) => {
      await preparePage(page);
      await showStory(page, server.origin, 'components-vehicleerrorbanner-features--with-dismiss', { colors: 'forced' });
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-forced-colors'))).toBe(true);
      expect(await forcedColorProblems(page)).toEqual([]);
      expect(errors.join('\n')).toBe('');
    });
  });
});

describe('motion', () => {
  test('the spinner and the fade run only for owners who have not asked for less motion', async ({ expect }) => {
    await pool.use(async ({ page }) => {
      const animations = () =>
        page.evaluate(() => [
          getComputedStyle(document.querySelector('.vehicle-error__retry-status') ?? document.body, '::before').animationName,
          getComputedStyle(document.querySelector('.vehicle-error[data-part="modal"]') ?? document.body).animationName,
        ]);
      for (const [reducedMotion, expected] of [
        ['no-preference', ['vehicle-error-spin', 'vehicle-error-fade']],
        ['reduce', ['none', 'none']],
      ] as const) {
        await preparePage(page);
        await page.emulateMedia({ reducedMotion });
        await showStory(page, server.origin, 'components-vehicleerrorbanner-features--retrying');
        const [spinner] = await animations();
        await showStory(page, server.origin, 'components-vehicleerrormodal--default');
        const [, fade] = await animations();
        expect([spinner, fade], reducedMotion).toEqual(expected);
      }
    });
  });
});

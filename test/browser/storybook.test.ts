import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { axeViolations, formatViolations } from './support/axe.js';
import { ensureChromium, launchChromium } from './support/chromium.js';
import { createPagePool } from './support/page-pool.js';
import type { PagePool } from './support/page-pool.js';
import { serveStatic } from './support/static-server.js';
import type { StaticServer } from './support/static-server.js';
import { buildStorybook, readStories, showDocs, showStory } from './support/storybook-site.js';
import { focusedText, tabTo } from './support/keyboard.js';
import { hardCodedText, leakedText, untranslatedMessages } from './support/visible-text.js';

/**
 * Every story is an accessibility test: a fresh static Storybook, opened in Debian's Chromium,
 * each story in English, in Arabic (right-to-left), in the dark theme and in the pseudo-locale,
 * checked with axe (WCAG 2.2 AA, colour contrast on), for leaked placeholders, and for text that
 * did not come from the locale. Then the docs pages and the keyboard flows.
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
  [server, browser] = await Promise.all([serveStatic(outputDir), launchChromium()]);
  pool = await createPagePool(browser, 3);
});

afterAll(async () => {
  await pool?.close();
  await browser?.close();
  await server?.close();
  await rm(outputDir, { recursive: true, force: true });
});

const passes: { name: string; globals: Record<string, string>; document: { lang: string; dir: string; theme: string } }[] = [
  { name: 'default locale, light', globals: {}, document: { lang: 'en', dir: 'ltr', theme: 'light' } },
  { name: 'Arabic, right-to-left', globals: { locale: 'ar' }, document: { lang: 'ar', dir: 'rtl', theme: 'light' } },
  { name: 'dark theme', globals: { theme: 'dark' }, document: { lang: 'en', dir: 'ltr', theme: 'dark' } },
  { name: 'pseudo-locale', globals: { locale: 'en-XA' }, document: { lang: 'en-XA', dir: 'ltr', theme: 'light' } },
];

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

describe.each(passes)('every story, $name', ({ globals, document: expectedDocument }) => {
  test.concurrent.for(stories.map((story) => story.id))('%s', async (id, { expect }) => {
    await pool.use(async ({ page, errors, outsideRequests }) => {
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

      const violations = await axeViolations(page);
      expect(formatViolations(violations), `axe violations in ${id}`).toBe('');
      expect(await leakedText(page), 'text the owner must never see').toEqual([]);
      expect(errors.join('\n'), 'errors in the page').toBe('');
      expect(outsideRequests, 'requests to outside hosts').toEqual([]);
    });
  });
});

describe('every docs page', () => {
  test.concurrent.for(docsPages.map((docs) => docs.id))('%s', async (id, { expect }) => {
    await pool.use(async ({ page, errors, outsideRequests }) => {
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
});

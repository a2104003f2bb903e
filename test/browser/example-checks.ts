import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What an app team checks after installing the packed library into the example app
 * (`examples/vite-react`, built by `scripts/pack-example.ts`): shared by the React 19 test and the
 * React 18 / lowest-peers test so both versions are held to the same promises.
 */

interface Text {
  title: string;
  message: string;
  message_withAction?: string;
}
/** The slice of the shipped English file these checks read. */
export interface ShippedEnglish {
  error: { VEHICLE_STATE: { ASLEEP: Text }; SERVER: { INTERNAL: Text }; PERMISSION: { default: Text } };
  ui: { tryAgain: string; reconnect: string; close: string };
}

/** The English strings as the tarball ships them (the checks never hard-code the copy). */
export function shippedLocale(exampleDir: string, lng: string): ShippedEnglish {
  const file = join(exampleDir, 'node_modules/vehicle-error-ui/locales', lng, 'vehicle-errors.json');
  return JSON.parse(readFileSync(file, 'utf8')) as ShippedEnglish;
}

const VISIBLE = { state: 'visible', timeout: 10_000 } as const;

/** A page that records every console error or warning and uncaught exception it sees. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return { page, problems };
}

/** The asleep car's message shows, and Try again runs the app's own lock call (its result shows). */
export async function checkTryAgainReachesApp(page: Page, en: ShippedEnglish): Promise<void> {
  await page.getByRole('heading', { name: en.error.VEHICLE_STATE.ASLEEP.title }).waitFor(VISIBLE);
  await page.getByRole('button', { name: en.ui.tryAgain }).first().click();
  await page.getByRole('status').filter({ hasText: 'Your car is locked.' }).waitFor(VISIBLE);
  await page.getByRole('heading', { name: en.error.VEHICLE_STATE.ASLEEP.title }).waitFor({ state: 'detached', timeout: 10_000 });
}

/** A missing permission offers one way to re-connect: the prompt's own words, linked to the app's connect URL. */
export async function checkReconnectPrompt(page: Page, en: ShippedEnglish): Promise<void> {
  await page.getByRole('button', { name: 'Read odometer' }).click();
  const prompt = page.getByRole('region', { name: en.error.PERMISSION.default.title });
  await prompt.waitFor(VISIBLE);
  const words = /<reconnectLink>(.+?)<\/reconnectLink>/.exec(en.error.PERMISSION.default.message_withAction ?? '')?.[1];
  const links = prompt.getByRole('link');
  expect(await links.count(), 'one control per action').toBe(1);
  expect(await links.first().textContent()).toBe(words);
  expect(await links.first().getAttribute('href')).toBe('/connect');
  expect(await prompt.getByRole('button').count(), 'no second control to the same place').toBe(0);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusIsInDialog = (page: Page) => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null);

/** The server error opens the modal (named by its title, focus inside); Escape or Close hands focus back. */
export async function checkModalFocus(page: Page, en: ShippedEnglish): Promise<void> {
  const opener = page.getByRole('button', { name: 'Refresh status' });
  const dialog = page.getByRole('dialog', { name: en.error.SERVER.INTERNAL.title });
  for (const close of ['Escape', 'Close button'] as const) {
    await opener.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor(VISIBLE);
    expect(await focusIsInDialog(page), 'focus moves into the open modal').toBe(true);
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await dialog.getByRole('button', { name: en.ui.close }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await focusedText(page), `focus returns to the opener after ${close}`).toBe('Refresh status');
  }
}

/** The banner looks different with the app's stylesheets on and off: styles.css reached the page. */
export async function checkStylesApplied(page: Page, en: ShippedEnglish): Promise<void> {
  const title = page.getByRole('heading', { name: en.error.VEHICLE_STATE.ASLEEP.title });
  await title.waitFor(VISIBLE);
  const signature = () =>
    title.evaluate((element) => {
      const section = element.closest('section') ?? document.body;
      const properties = ['padding-inline-start', 'border-inline-start-width', 'background-color', 'border-radius', 'font-weight', 'gap'];
      return [...section.querySelectorAll('*')].map((node) => {
        const style = getComputedStyle(node);
        return properties.map((property) => style.getPropertyValue(property)).join(' ');
      });
    });
  const styled = await signature();
  await page.evaluate(() => [...document.styleSheets].forEach((sheet) => (sheet.disabled = true)));
  const unstyled = await signature();
  await page.evaluate(() => [...document.styleSheets].forEach((sheet) => (sheet.disabled = false)));
  expect(styled, 'computed styles of the banner with and without styles.css').not.toEqual(unstyled);
}

/**
 * The prerendered page carries the server's HTML and hydrates without a mismatch or warning; the
 * hydrated banner then works (Try again reaches the app).
 */
export async function checkServerRenderHydrates(browser: Browser, origin: string, en: ShippedEnglish): Promise<void> {
  const html = await (await fetch(`${origin}/prerendered.html`)).text();
  expect(html, 'the server rendered the message').toContain(en.error.VEHICLE_STATE.ASLEEP.title);
  const { page, problems } = await openPage(browser, `${origin}/prerendered.html`);
  await checkTryAgainReachesApp(page, en);
  expect(problems, 'console errors or warnings while hydrating').toEqual([]);
  await page.close();
}

/** Built chunks holding `text`, by file name: a locale that exists only in a lazily loaded chunk. */
export function chunksContaining(exampleDir: string, text: string): string[] {
  const assets = join(exampleDir, 'dist/assets');
  return readdirSync(assets).filter((file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes(text));
}

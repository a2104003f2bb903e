import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installExample } from '../../scripts/pack-example.js';
import type { InstalledExample } from '../../scripts/pack-example.js';
import {
  checkModalFocus,
  checkReconnectPrompt,
  checkServerRenderHydrates,
  checkStylesApplied,
  checkTryAgainReachesApp,
  openPage,
  shippedLocale,
} from '../browser/example-checks.js';
import type { ShippedEnglish } from '../browser/example-checks.js';
import { launchChromium } from '../browser/support/chromium.js';
import { serveStatic } from '../browser/support/static-server.js';
import type { StaticServer } from '../browser/support/static-server.js';
import { lowestPeerVersions } from './lowest-peers.js';

/**
 * The oldest versions our peer ranges accept (React 18.0.0 and its react-dom, the first i18next 27
 * and react-i18next 18): the example app installs exactly those with the packed tarball, type-checks
 * with React 18's types, builds, server-renders, hydrates, and works in Chromium.
 */

const lowest = lowestPeerVersions();
let example: InstalledExample;
let en: ShippedEnglish;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  example = installExample({
    name: 'lowest-peers',
    versions: { ...lowest, '@types/react': '^18', '@types/react-dom': '^18' },
    typecheck: true,
  });
  en = shippedLocale(example.dir, 'en');
  server = await serveStatic(`${example.dir}/dist`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the example app on React 18 with the lowest peer versions we claim', () => {
  it('installs exactly the lowest versions of every peer', () => {
    for (const [name, version] of Object.entries(lowest)) expect(example.versions[name], name).toBe(version);
    expect(example.versions.react).toMatch(/^18\./);
  });

  it('shows the styled message, and Try again reaches the app', async () => {
    const { page, problems } = await openPage(browser, `${server.origin}/`);
    await checkStylesApplied(page, en);
    await checkTryAgainReachesApp(page, en);
    await checkReconnectPrompt(page, en);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens the modal and returns focus when it closes', async () => {
    const { page, problems } = await openPage(browser, `${server.origin}/`);
    await checkModalFocus(page, en);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hydrates the server-rendered page without warnings', async () => {
    await checkServerRenderHydrates(browser, server.origin, en);
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installExample } from '../../scripts/pack-example.js';
import type { InstalledExample } from '../../scripts/pack-example.js';
import {
  checkModalFocus,
  checkReconnectPrompt,
  checkServerRenderHydrates,
  checkStylesApplied,
  checkTryAgainReachesApp,
  chunksContaining,
  openPage,
  shippedLocale,
} from './example-checks.js';
import type { ShippedEnglish } from './example-checks.js';
import { launchChromium } from './support/chromium.js';
import { serveStatic } from './support/static-server.js';
import type { StaticServer } from './support/static-server.js';

/**
 * The example app (examples/vite-react, React 19 and the newest peers) installs the packed tarball
 * outside this repository, type-checks against the shipped declarations, builds with Vite, and is
 * used in Chromium the way an owner would use it.
 */

let example: InstalledExample;
let en: ShippedEnglish;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  example = installExample({ name: 'react19', typecheck: true });
  en = shippedLocale(example.dir, 'en');
  server = await serveStatic(`${example.dir}/dist`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the example app on React 19', () => {
  it('installs React 19 next to the packed library', () => {
    expect(example.versions.react).toMatch(/^19\./);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(example.versions['vehicle-error-ui']).toBe(version);
  });

  it('ships "use client" atop the React entry and a ./core that imports no React', () => {
    const dist = join(example.dir, 'node_modules/vehicle-error-ui/dist');
    expect(readFileSync(join(dist, 'index.js'), 'utf8')).toMatch(/^"use client";\n/);
    const packages = new Set<string>();
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
        if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
        else packages.add(specifier);
      }
    };
    visit(join(dist, 'core.js'));
    expect(seen.size, 'modules reached from ./core').toBeGreaterThan(5);
    expect([...packages].sort()).toEqual(['i18next']);
  });

  it('shows the asleep car, and Try again reaches the app', async () => {
    const { page, problems } = await openPage(browser, `${server.origin}/`);
    await checkTryAgainReachesApp(page, en);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers to reconnect the car when a permission is missing', async () => {
    const { page, problems } = await openPage(browser, `${server.origin}/`);
    await checkReconnectPrompt(page, en);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens the modal for a server error and returns focus when it closes', async () => {
    const { page, problems } = await openPage(browser, `${server.origin}/`);
    await checkModalFocus(page, en);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('applies vehicle-error-ui/styles.css', async () => {
    const { page } = await openPage(browser, `${server.origin}/`);
    await checkStylesApplied(page, en);
    await page.close();
  });

  it('hydrates the server-rendered page without warnings', async () => {
    await checkServerRenderHydrates(browser, server.origin, en);
  });

  it('keeps other languages in lazy chunks that an English page never downloads', async () => {
    const spanish = shippedLocale(example.dir, 'es').error.VEHICLE_STATE.ASLEEP.title;
    const lazyChunks = chunksContaining(example.dir, spanish);
    expect(lazyChunks, 'a built chunk with the Spanish messages').toHaveLength(1);
    expect(chunksContaining(example.dir, en.error.VEHICLE_STATE.ASLEEP.title)).not.toEqual(lazyChunks);

    const { page } = await openPage(browser, 'about:blank');
    const requested: string[] = [];
    page.on('request', (request: Request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}/`);
    await checkTryAgainReachesApp(page, en);
    await checkModalFocus(page, en);
    expect(requested.some((path) => path.endsWith('.js')), 'the page loaded its scripts').toBe(true);
    expect(requested.filter((path) => lazyChunks.some((chunk) => path.endsWith(chunk)))).toEqual([]);
    await page.close();
  });
});

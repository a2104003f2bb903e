import { readFileSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, shippedLocale } from '../browser/example-checks.js';
import type { ShippedEnglish } from '../browser/example-checks.js';
import { launchChromium } from '../browser/support/chromium.js';
import { serveStatic } from '../browser/support/static-server.js';
import { packOnce } from './consumer-shell.js';
import { setUpPlainApp, startDevServer } from './plain-app.js';
import type { PackageManager, PlainApp, Step } from './plain-app.js';

/**
 * The install the README and the contract promise: `npm install vehicle-error-ui react react-dom`
 * (or `pnpm add` the same) with each tool's defaults, into a fresh app outside this repository,
 * from the packed tarball. The app then builds with Vite, runs in Vite's dev server, and renders
 * on the server; in Chromium the banner shows, styled by `vehicle-error-ui/styles.css`, with no
 * console error. Both apps are set up at once (installs wait on the network, not the CPU).
 */

const managers: PackageManager[] = ['npm', 'pnpm'];
const apps = new Map<PackageManager, PlainApp>();
let tarballDir = '';
let browser: Browser;

beforeAll(async () => {
  const tarball = await packOnce();
  tarballDir = dirname(tarball);
  const [set] = await Promise.all([Promise.all(managers.map((manager) => setUpPlainApp(manager, tarball))), launchChromium().then((launched) => (browser = launched))]);
  for (const app of set) apps.set(app.manager, app);
});

afterAll(async () => {
  await browser?.close();
  for (const app of apps.values()) rmSync(app.dir, { recursive: true, force: true });
  if (tarballDir) rmSync(tarballDir, { recursive: true, force: true });
});

function appFor(manager: PackageManager): PlainApp {
  const app = apps.get(manager);
  if (!app) throw new Error(`the ${manager} app was not set up`);
  return app;
}

function expectSucceeded(step: Step, what: string): string {
  expect(step.ok, `${what}:\n${step.output}`).toBe(true);
  return step.output;
}

/** The value styles.css gives the banner's radius, read from the tarball the app installed. */
function shippedRadius(dir: string): string {
  const css = readFileSync(join(dir, 'node_modules/vehicle-error-ui/dist/styles.css'), 'utf8');
  const radius = /--vehicle-error-radius:\s*([^;}]+)/.exec(css)?.[1]?.trim();
  if (!radius) throw new Error('the shipped styles.css sets no --vehicle-error-radius');
  return radius;
}

/** The banner shows its title and the way to reconnect, styled by styles.css, and nothing was logged. */
async function expectStyledBanner(page: Page, problems: string[], en: ShippedEnglish, radius: string): Promise<void> {
  const banner = page.getByRole('region', { name: en.error.PERMISSION.default.title });
  const title = banner.getByRole('heading', { name: en.error.PERMISSION.default.title });
  await title.waitFor({ state: 'visible', timeout: 15_000 });
  expect(await banner.getByRole('link').first().getAttribute('href')).toBe('/connect');
  const styles = await title.evaluate((heading) => {
    const banner = heading.closest('section');
    const style = banner ? getComputedStyle(banner) : undefined;
    return { radius: style?.getPropertyValue('--vehicle-error-radius').trim(), corner: style?.borderTopLeftRadius };
  });
  expect(styles.radius, 'the banner carries the custom properties of styles.css').toBe(radius);
  expect(styles.corner, 'and is drawn with them').not.toBe('0px');
  expect(problems, 'console errors, warnings or uncaught exceptions').toEqual([]);
}

describe.each(managers)('a plain `%s` install of the library with react and react-dom', (manager) => {
  it('brings the peers the library imports, without being asked', () => {
    const app = appFor(manager);
    expectSucceeded(app.install, `${manager} install`);
    // Resolved from where the library's files really are (pnpm links them in from its store),
    // the way Node and Vite resolve its imports.
    const fromLibrary = createRequire(realpathSync(join(app.dir, 'node_modules/vehicle-error-ui/dist/index.js')));
    for (const peer of ['react', 'react-dom', 'i18next', 'react-i18next']) {
      expect(() => fromLibrary.resolve(`${peer}/package.json`), `${peer} from vehicle-error-ui`).not.toThrow();
    }
  });

  it('builds with Vite, and the built page shows the styled banner', async () => {
    const app = appFor(manager);
    expectSucceeded(app.build, `vite build (${manager} app)`);
    const server = await serveStatic(join(app.dir, 'dist'));
    try {
      const { page, problems } = await openPage(browser, `${server.origin}/`);
      await expectStyledBanner(page, problems, shippedLocale(app.dir, 'en'), shippedRadius(app.dir));
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('runs in the Vite dev server, and the page shows the styled banner', async () => {
    const app = appFor(manager);
    expectSucceeded(app.install, `${manager} install`);
    const dev = await startDevServer(app.dir);
    try {
      const { page, problems } = await openPage(browser, `${dev.origin}/`);
      await expectStyledBanner(page, problems, shippedLocale(app.dir, 'en'), shippedRadius(app.dir)).catch((error: unknown) => {
        throw new Error(`${String(error)}\nVite said:\n${dev.log()}`);
      });
      await page.close();
    } finally {
      await dev.close();
    }
  });

  it('renders on the server under Node ESM (renderToString of the provider and banner)', () => {
    const app = appFor(manager);
    const html = expectSucceeded(app.serverRender, `node server.js (${manager} app)`);
    const en = shippedLocale(app.dir, 'en');
    expect(html).toContain(en.error.PERMISSION.default.title);
    expect(html).toMatch(/<a [^>]*href="\/connect"/);
  });
});

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../test/browser/support/chromium.js';
import { serveStatic } from '../test/browser/support/static-server.js';
import type { StaticServer } from '../test/browser/support/static-server.js';
import type { MountTiming } from './render-page.js';

/**
 * Render benchmark (`npm run bench:render`): in Chromium, with React's production build, mount a
 * thousand `<VehicleErrorBanner>`s and a thousand bare `<div role="status"><p>…</p><button>`s,
 * alternately, and compare the medians. Target: the banner costs at most twice the bare markup.
 */

const WARM_UP = 3;
const ROUNDS = 15;
const TARGET_RATIO = 2;

let directory: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'vehicle-error-ui-bench-'));
  await build({
    entryPoints: ['bench/render-page.tsx'],
    outfile: join(directory, 'page.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  cpSync('src/react/styles.css', join(directory, 'styles.css'));
  writeFileSync(
    join(directory, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Render benchmark</title>' +
      '<link rel="stylesheet" href="styles.css"><script type="module" src="page.js"></script></head><body></body></html>',
  );
  server = await serveStatic(directory);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

it(`mounts 1,000 banners within ${TARGET_RATIO}× the cost of 1,000 bare status messages`, async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => 'mountOnce' in window);
  const mount = (kind: 'banner' | 'bare') =>
    page.evaluate((which) => (window as unknown as { mountOnce(kind: string): MountTiming }).mountOnce(which), kind);

  const timings = { banner: [] as MountTiming[], bare: [] as MountTiming[] };
  for (let round = 0; round < WARM_UP + ROUNDS; round += 1) {
    const banner = await mount('banner');
    const bare = await mount('bare');
    if (round >= WARM_UP) {
      timings.banner.push(banner);
      timings.bare.push(bare);
    }
  }

  const rows = (['commit', 'layout'] as const).map((phase) => {
    const banner = median(timings.banner.map((timing) => timing[phase]));
    const bare = median(timings.bare.map((timing) => timing[phase]));
    return { phase, banner, bare, ratio: banner / bare };
  });
  console.log(
    [
      `Render benchmark: 1,000 mounts, median of ${ROUNDS} rounds, Chromium, React production build`,
      '| measured until            | banners  | bare     | ratio |',
      '| ------------------------- | -------- | -------- | ----- |',
      ...rows.map(
        ({ phase, banner, bare, ratio }) =>
          `| ${(phase === 'commit' ? 'render + commit' : 'render + commit + layout').padEnd(25)} | ${banner.toFixed(1).padStart(5)} ms | ${bare.toFixed(1).padStart(5)} ms | ${ratio.toFixed(2)}× |`,
      ),
    ].join('\n'),
  );
  for (const row of rows) expect(row.ratio, `${row.phase} ratio`).toBeLessThanOrEqual(TARGET_RATIO);
});

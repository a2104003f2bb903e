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
 * alternately, and compare the medians. Target (issue 6): mounting, i.e. until the page is laid
 * out and the owner could see it, costs at most twice the bare markup. Render + commit alone is
 * reported too, but not held to the target: a styled, named region with its own heading and
 * status line does more JavaScript work than three unstyled elements.
 */

const WARM_UP = 3;
const ROUNDS = 21;
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

it(`mounts (until laid out) 1,000 banners within ${TARGET_RATIO}× the cost of 1,000 bare status messages`, async () => {
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
    // The median of each round's own ratio: both mounts of a round share the machine's load then.
    const ratio = median(timings.banner.map((timing, round) => timing[phase] / (timings.bare[round]?.[phase] ?? Number.NaN)));
    return { phase, banner, bare, ratio };
  });
  console.log(
    [
      `Render benchmark: 1,000 mounts, medians of ${ROUNDS} rounds (ratio: median of each round's), Chromium, React production build`,
      '| measured until            | banners  | bare     | ratio |',
      '| ------------------------- | -------- | -------- | ----- |',
      ...rows.map(
        ({ phase, banner, bare, ratio }) =>
          `| ${(phase === 'commit' ? 'render + commit' : 'render + commit + layout').padEnd(25)} | ${banner.toFixed(1).padStart(5)} ms | ${bare.toFixed(1).padStart(5)} ms | ${ratio.toFixed(2)}× |`,
      ),
    ].join('\n'),
  );
  const mounting = rows.find((row) => row.phase === 'layout');
  expect(mounting?.ratio, 'render + commit + layout ratio').toBeLessThanOrEqual(TARGET_RATIO);
});

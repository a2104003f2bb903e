import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Builds the static Storybook and opens its stories one at a time, the way a designer's browser
 * would load `iframe.html?id=…`.
 */

/** One story of the built index (`index.json`). */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  tags: string[];
}

/**
 * Runs `storybook build` into `outputDir` (always a fresh build: a stale one would test old code).
 *
 * @example
 * await buildStorybook('/tmp/storybook-test');
 */
export async function buildStorybook(outputDir: string): Promise<void> {
  const cli = join(process.cwd(), 'node_modules', '.bin', 'storybook');
  const child = spawn(process.execPath, [cli, 'build', '--output-dir', outputDir, '--quiet', '--disable-telemetry'], {
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`storybook build failed (exit ${code}):\n${output.slice(-4000)}`);
}

/** Every story, or every docs page, of a built Storybook, in index order. */
export async function readStories(outputDir: string, type: 'story' | 'docs' = 'story'): Promise<StoryEntry[]> {
  const index = JSON.parse(await readFile(join(outputDir, 'index.json'), 'utf8')) as {
    entries: Record<string, StoryEntry & { type: string }>;
  };
  return Object.values(index.entries)
    .filter((entry) => entry.type === type)
    .map(({ id, title, name, tags }) => ({ id, title, name, tags }));
}

/** `iframe.html` for one story with toolbar globals, e.g. `{ locale: 'ar', theme: 'dark' }`. */
export function storyUrl(origin: string, id: string, globals: Record<string, string> = {}, viewMode = 'story'): string {
  const pairs = Object.entries(globals).map(([key, value]) => `${key}:${value}`);
  const query = new URLSearchParams({ id, viewMode });
  const globalsParam = pairs.length > 0 ? `&globals=${pairs.join(';')}` : '';
  return `${origin}/iframe.html?${query.toString()}${globalsParam}`;
}

/** The globals and story each page shows; stories with the same globals switch without a reload. */
const loadedGlobals = new WeakMap<Page, { globals: string; id: string }>();

/**
 * Shows a story and waits until Storybook has finished with it (rendered and played). The first
 * story a page shows with these globals loads `iframe.html?id=…&globals=…`; later ones switch
 * through Storybook's own channel, which is the same render without re-booting the page.
 * Throws with Storybook's error text when the story failed to render.
 *
 * @example
 * await showStory(page, server.origin, 'components-vehiclerrorbanner--default', { locale: 'ar' });
 */
export async function showStory(page: Page, origin: string, id: string, globals: Record<string, string> = {}): Promise<void> {
  // Our own axe run replaces the a11y addon's, which would otherwise run on every render too.
  const withGlobals = { ...globals, 'a11y.manual': '!true' };
  const key = JSON.stringify(withGlobals);
  const loaded = loadedGlobals.get(page);
  // Re-selecting the story a page already shows would not render it afresh: reload instead.
  if (loaded?.globals === key && loaded.id !== id) {
    await page.evaluate((storyId) => {
      const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, payload: unknown): void } })
        .__STORYBOOK_ADDONS_CHANNEL__;
      channel?.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, id);
  } else {
    loadedGlobals.delete(page);
    await page.goto(storyUrl(origin, id, withGlobals));
  }
  try {
    await waitUntilFinished(page, id);
    loadedGlobals.set(page, { globals: key, id });
  } catch (error) {
    loadedGlobals.delete(page); // reload next time rather than trust a broken page
    throw error;
  }
}

/**
 * Changes the toolbar's locale for the story a page shows, through Storybook's channel (as the
 * toolbar does), without reloading: many locales cost one page load. Resolves once the story has
 * rendered again in that locale (the document's `lang` is set as each render begins).
 *
 * @example
 * await showStory(page, origin, 'components-vehicleerrormodal--default');
 * await switchLocale(page, 'components-vehicleerrormodal--default', 'de');
 */
export async function switchLocale(page: Page, id: string, locale: string): Promise<void> {
  await page.evaluate((value) => {
    const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, payload: unknown): void } }).__STORYBOOK_ADDONS_CHANNEL__;
    channel?.emit('updateGlobals', { globals: { locale: value } });
  }, locale);
  await page.waitForFunction((value) => document.documentElement.lang === value, locale, { timeout: 20_000 });
  await waitUntilFinished(page, id);
  loadedGlobals.delete(page); // its URL no longer says which globals it shows
}

async function waitUntilFinished(page: Page, id: string): Promise<void> {
  const phase = await page.waitForFunction(
    (storyId) => {
      const preview = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } } })
        .__STORYBOOK_PREVIEW__;
      const render = preview?.currentRender;
      if (document.body.classList.contains('sb-show-errordisplay')) return 'errored';
      if (render?.id !== storyId) return false;
      return ['finished', 'errored', 'aborted'].includes(render.phase ?? '') ? render.phase : false;
    },
    id,
    { timeout: 20_000 },
  );
  const finalPhase = await phase.jsonValue();
  if (finalPhase !== 'finished') {
    const shown = await page.locator('#error-message, #error-stack').allInnerTexts();
    throw new Error(`Story ${id} ${String(finalPhase)}: ${shown.join('\n').trim() || '(no message)'}`);
  }
}

/**
 * Opens a docs page (MDX or autodocs) and waits until it and every inline story in it have
 * rendered (docs pages have no render phase to wait for). Stories with `docs.story.inline: false`
 * (the modal's) load lazily in iframes of their own; they are tested as stories.
 */
export async function showDocs(page: Page, origin: string, id: string): Promise<void> {
  loadedGlobals.delete(page);
  await page.goto(storyUrl(origin, id, {}, 'docs'));
  await page.waitForFunction(
    (docsId) => {
      const preview = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string } } }).__STORYBOOK_PREVIEW__;
      if (preview?.currentRender?.id !== docsId || !document.querySelector('.sbdocs-content h1')) return false;
      // Inline stories render into their "-inner" element; others into an iframe of their own.
      return Array.from(document.querySelectorAll('[data-story-block]')).every(
        (block) => block.querySelector('iframe') !== null || (block.querySelector('[id$="-inner"]')?.childElementCount ?? 0) > 0,
      );
    },
    id,
    { timeout: 20_000 },
  );
}

import type { Browser, Page } from 'playwright-core';

/** A page lent out by the pool, with what went wrong in it while it was lent. */
export interface PooledPage {
  page: Page;
  /** Uncaught exceptions and `console.error` messages in the page. */
  errors: string[];
  /** Requests to anything but this machine (there must be none). */
  outsideRequests: string[];
}

/** A few pages reused across tests; `use` waits for a free one. */
export interface PagePool {
  use<T>(work: (pooled: PooledPage) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:)/;

/**
 * Opens `size` pages in one browser context so tests can run a few stories in parallel without
 * paying for a new page (and a cold cache) each time.
 *
 * @example
 * const pool = await createPagePool(browser, 3);
 * await pool.use(async ({ page }) => page.goto(url));
 */
export async function createPagePool(browser: Browser, size: number): Promise<PagePool> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
  const free: PooledPage[] = [];
  const waiting: ((pooled: PooledPage) => void)[] = [];
  for (let index = 0; index < size; index += 1) {
    const pooled: PooledPage = { page: await context.newPage(), errors: [], outsideRequests: [] };
    pooled.page.on('pageerror', (error) => pooled.errors.push(`uncaught: ${error.message}`));
    pooled.page.on('console', (message) => {
      const { url } = message.location();
      // Chromium asks every site for /favicon.ico by itself; Storybook ships an SVG icon instead.
      if (message.type() === 'error' && !url.endsWith('/favicon.ico')) {
        pooled.errors.push(`console.error: ${message.text()} (${url})`);
      }
    });
    pooled.page.on('request', (request) => {
      if (!LOCAL.test(request.url())) pooled.outsideRequests.push(request.url());
    });
    free.push(pooled);
  }

  function release(pooled: PooledPage): void {
    pooled.errors.length = 0;
    pooled.outsideRequests.length = 0;
    const next = waiting.shift();
    if (next) next(pooled);
    else free.push(pooled);
  }

  return {
    async use(work) {
      const pooled = free.pop() ?? (await new Promise<PooledPage>((resolve) => waiting.push(resolve)));
      try {
        return await work(pooled);
      } finally {
        release(pooled);
      }
    },
    close: () => context.close(),
  };
}

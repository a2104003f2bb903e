import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { defaultRetryStore } from '../src/core/retry-store.js';

/**
 * Any console.error or console.warn a test did not ask for fails that test: React's act() and key
 * warnings, our own development warnings and i18next's complaints are all bugs until a test
 * expects them with `expectConsole('warn')`.
 */
const unexpected: string[] = [];

beforeEach(() => {
  unexpected.length = 0;
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      unexpected.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  cleanup();
  // Retry state belongs to the problem and outlives components: each test starts with none.
  defaultRetryStore().clear();
  vi.restoreAllMocks();
  if (unexpected.length > 0) {
    const found = unexpected.splice(0).join('\n');
    throw new Error(`Unexpected console output:\n${found}`);
  }
});

/** Lets one test expect console output of a level; returns the captured calls. */
export function expectConsole(level: 'error' | 'warn'): { messages: () => string[] } {
  const spy = vi.spyOn(console, level).mockImplementation(() => undefined);
  return { messages: () => spy.mock.calls.map((args) => args.map(String).join(' ')) };
}

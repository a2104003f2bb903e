import { describe, expect, it } from 'vitest';
import { retryPolicyFor } from '../src/core/retry-policy.js';
import { expectConsole } from './setup.js';
import { defaultOutage, patternNames, simulatePattern } from '../scripts/outage-simulation.js';

/**
 * CI's guard on `npm run simulate:outage`: the library's real retry store and helpers, on a
 * virtual clock, for 2,500 clients (the command runs 10,000; fewer keep CI quick, and the seeded
 * draws make every run the same) through a 60-second outage, in every app pattern.
 */
const options = { ...defaultOutage, clients: 2_500 };
const { maxAttempts } = retryPolicyFor({ type: 'SERVER', code: 'INTERNAL' });
const ownRetryOn = patternNames.filter((name) => name.startsWith('New user'));

describe('10,000 clients in an outage, at CI scale', () => {
  it.each(patternNames.filter((name) => !ownRetryOn.includes(name)))('%s: peak within 2x steady, attempts bounded, drained', async (name) => {
    const figures = await simulatePattern(name, options);
    expect(figures.peak).toBeLessThanOrEqual(2);
    expect(figures.overMaxAttempts).toBe(0);
    expect(figures.mostAttempts).toBeLessThanOrEqual(maxAttempts);
    expect(figures.drainMs).toBeLessThan(options.afterMs);
  }, 120_000);

  it.each(ownRetryOn)("%s: our engine steps aside after one attempt (the peak is the data layer's)", async (name) => {
    const warn = expectConsole('warn');
    const figures = await simulatePattern(name, options);
    expect(warn.messages()).toEqual([expect.stringContaining('two retry engines')]);
    expect(figures.overMaxAttempts).toBe(0);
    expect(figures.mostAttempts).toBeLessThanOrEqual(1);
    expect(figures.drainMs).toBeLessThan(options.afterMs);
  }, 120_000);
});

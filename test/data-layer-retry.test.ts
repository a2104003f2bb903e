import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectConsole } from './setup.js';
import { createVehicleErrorRetryStore, retryPolicyFor, vehicleErrorQueryRetry, vehicleErrorSwrRetry } from '../src/core.js';

const sdkError = (fields: object) => Object.assign(new Error('failed'), fields);
const serverError = () => sdkError({ type: 'SERVER', code: 'INTERNAL', statusCode: 500, resolution: { type: 'RETRY_LATER' } });

/** One failure as TanStack Query's retryer sees it: the delay first, then whether to retry. */
function fail(options: ReturnType<typeof vehicleErrorQueryRetry>, error: unknown, failureCount = 0) {
  const delay = options.retryDelay(failureCount, error);
  return { retry: options.retry(failureCount, error), delay };
}

describe('the data-layer helpers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("plug the catalog's back-off into TanStack Query, bounded per problem across fetches", () => {
    const store = createVehicleErrorRetryStore();
    const query = vehicleErrorQueryRetry({ store });
    const { baseDelayMs, maxAttempts } = retryPolicyFor({ type: 'SERVER', code: 'INTERNAL' });
    const decisions = [0, 1, 2, 3].map((failureCount) => fail(query, serverError(), failureCount));
    expect(decisions.map(({ retry }) => retry)).toEqual([true, true, true, false]);
    expect(decisions[0]?.delay).toBe(baseDelayMs / 2);
    expect(decisions.filter(({ retry }) => retry)).toHaveLength(maxAttempts);
    // The next fetch (a refetch, a poll) starts its failure count at 0: the problem's count goes on.
    expect(fail(query, serverError(), 0).retry).toBe(false);
  });

  it('honour Retry-After, capped by the policy', () => {
    const query = vehicleErrorQueryRetry({ store: createVehicleErrorRetryStore() });
    const { maxRetryAfterMs } = retryPolicyFor({ type: 'RATE_LIMIT', code: 'SMARTCAR_API' });
    expect(fail(query, sdkError({ type: 'RATE_LIMIT', code: 'SMARTCAR_API', statusCode: 429, retryAfter: 90 })).delay).toBe(90_000);
    expect(fail(query, sdkError({ type: 'RATE_LIMIT', code: 'VEHICLE', statusCode: 429, retryAfter: 86_400 })).delay).toBe(
      retryPolicyFor({ type: 'RATE_LIMIT', code: 'VEHICLE' }).maxRetryAfterMs,
    );
    expect(maxRetryAfterMs).toBeLessThan(86_400_000);
  });

  it('never retry what needs the owner: reconnect, contact support, a door to close, garbage', () => {
    const warn = expectConsole('warn');
    const query = vehicleErrorQueryRetry({ store: createVehicleErrorRetryStore() });
    const needsOwner = [
      sdkError({ type: 'AUTHENTICATION', code: null, statusCode: 401 }),
      sdkError({ type: 'BILLING', code: 'VEHICLE_LIMIT', statusCode: 430 }),
      sdkError({ type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409 }),
      sdkError({ type: 'COMPATIBILITY', code: 'VEHICLE_NOT_CAPABLE', statusCode: 501 }),
      'not an error at all',
    ];
    for (const error of needsOwner) expect(fail(query, error)).toEqual({ retry: false, delay: 0 });
    expect(warn.messages()).toEqual([expect.stringContaining('neither JSON nor a Connect redirect')]);
  });

  it('keep problems apart by the app key', () => {
    const store = createVehicleErrorRetryStore();
    const first = vehicleErrorQueryRetry({ store, retryKey: 'car-1' });
    const second = vehicleErrorQueryRetry({ store, retryKey: 'car-2' });
    for (let failure = 0; failure < 3; failure += 1) fail(first, serverError(), failure);
    expect(fail(first, serverError()).retry).toBe(false);
    expect(fail(second, serverError()).retry).toBe(true);
  });

  it('give SWR an onErrorRetry that revalidates after the wait, and stops at maxAttempts', async () => {
    const store = createVehicleErrorRetryStore();
    const onErrorRetry = vehicleErrorSwrRetry({ store });
    const revalidate = vi.fn();
    const { baseDelayMs } = retryPolicyFor({ type: 'SERVER', code: 'INTERNAL' });
    onErrorRetry(serverError(), '/battery', {}, revalidate, { retryCount: 1 });
    await vi.advanceTimersByTimeAsync(baseDelayMs / 2 - 1);
    expect(revalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(revalidate).toHaveBeenCalledWith({ retryCount: 1 });
    // Each revalidation fails again: SWR asks again each time.
    for (const retryCount of [2, 3, 4]) {
      onErrorRetry(serverError(), '/battery', {}, revalidate, { retryCount });
      await vi.runAllTimersAsync();
    }
    expect(revalidate).toHaveBeenCalledTimes(3);
  });

  it('retry nothing on a server, where no store is given: state there would be shared between requests', () => {
    vi.stubGlobal('window', undefined);
    try {
      expect(fail(vehicleErrorQueryRetry(), serverError()).retry).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { resetWarnings } from '../src/core/dev-warning.js';
import { normalizeVehicleError } from '../src/core/normalize/index.js';
import { createVehicleErrorRetryStore, problemKey, type RetryObserver, type RetrySnapshot } from '../src/core/retry-store.js';
import type { RetryPolicy, VehicleError } from '../src/core/types.js';
import { expectConsole } from './setup.js';

const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000, maxRetryAfterMs: 30_000 };

let requests = 0;
/** A new error object for the same problem, as a data layer hands over after each failure. */
function asleep(extra: object = {}): VehicleError {
  requests += 1;
  return normalizeVehicleError({ type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409, requestId: `req-${requests}`, resolution: { type: 'RETRY_LATER' }, ...extra });
}
const key = problemKey(asleep());

/** A store, one observer showing `error`, and what it reports; `random` pins the jitter draw. */
function setUp({
  onRetry = vi.fn<() => unknown>(() => Promise.reject(new Error('still asleep'))),
  random = 1,
  manual = false,
  online = true,
  error = asleep(),
}: { onRetry?: Mock<() => unknown>; random?: number; manual?: boolean; online?: boolean; error?: VehicleError } = {}) {
  vi.spyOn(Math, 'random').mockReturnValue(random);
  const store = createVehicleErrorRetryStore();
  store.setOnline(online);
  const retryPolicy = manual ? undefined : policy;
  const seen: RetrySnapshot[] = [];
  store.subscribe(key, () => seen.push(store.snapshot(key)));
  const observer: RetryObserver = { driver: () => ({ onRetry, policy: retryPolicy }) };
  const unobserve = store.observe(key, observer);
  store.report(key, observer, error);
  const last = () => store.snapshot(key);
  const delay = () => (last().nextRetryAt ?? 0) - Date.now();
  /** The app renders again: a new error object for the same problem, or none. */
  const show = (next: VehicleError | undefined) => store.report(key, observer, next);
  return { store, observer, unobserve, onRetry, seen, last, delay, show };
}

describe('the retry store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-01T12:00:00Z'));
    resetWarnings();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keys a problem by type, code and status (and the app key), never by request id', () => {
    expect(problemKey(asleep())).toBe(problemKey(asleep()));
    expect(problemKey(asleep(), 'car-1')).not.toBe(problemKey(asleep(), 'car-2'));
    expect(problemKey(asleep({ code: 'UNREACHABLE' }))).not.toBe(key);
  });

  it('waits longer after each failure and stops at maxAttempts, though every failure brings a new error object', async () => {
    const { onRetry, last, delay, show } = setUp({ onRetry: vi.fn(() => Promise.resolve().then(() => show(asleep()))) });
    const waits: number[] = [];
    while (last().phase === 'scheduled') {
      waits.push(delay());
      await vi.advanceTimersByTimeAsync(delay());
    }
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(last()).toMatchObject({ phase: 'exhausted', attempt: 3 });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('draws every wait between 0 and the window (full jitter)', () => {
    for (const draw of [0, 0.25, 0.999]) {
      const { store, delay } = setUp({ random: draw });
      expect(delay()).toBe(Math.floor(draw * 1_000));
      store.clear();
    }
  });

  it("honours the server's Retry-After as a floor, capped; a newer error's or a failure's Retry-After replaces it", async () => {
    expect(setUp({ random: 0, error: asleep({ retryAfter: 7 }) }).delay()).toBe(7_000);
    const capped = setUp({ random: 0, error: asleep({ retryAfter: 3_600 }) });
    expect(capped.delay()).toBe(policy.maxRetryAfterMs);
    const { delay, show } = setUp({ random: 0, onRetry: vi.fn(() => Promise.reject(Object.assign(new Error('busy'), { retryAfter: '12' }))) });
    await vi.advanceTimersByTimeAsync(0);
    expect(delay()).toBe(12_000);
    // The app's own request got a longer wait: the next attempt moves out to honour it.
    show(asleep({ retryAfter: 20 }));
    expect(delay()).toBe(20_000);
  });

  describe("an attempt's outcome is what the app shows after it", () => {
    it('settled and the error cleared: succeeded, and no more attempts', async () => {
      const { onRetry, last, show } = setUp({ onRetry: vi.fn(() => Promise.resolve().then(() => setTimeout(() => show(undefined), 5))) });
      await vi.advanceTimersByTimeAsync(1_005);
      expect(last()).toMatchObject({ phase: 'succeeded', attempt: 1 });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(onRetry).toHaveBeenCalledTimes(1);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('settled, then every observer of one render clears the error in turn (a modal and its content): succeeded', async () => {
      const error = asleep();
      const { store, observer, last, show } = setUp({ error, onRetry: vi.fn(() => Promise.resolve().then(() => setTimeout(clearAll, 5))) });
      const other: RetryObserver = { driver: () => ({}) };
      store.observe(key, other);
      store.report(key, other, error);
      // React runs one commit's effects one after another: the first to report sees the other still showing it.
      function clearAll() {
        show(undefined);
        store.report(key, other, undefined);
      }
      await vi.advanceTimersByTimeAsync(1_005);
      expect(last()).toMatchObject({ phase: 'succeeded', attempt: 1 });
      expect(observer.error).toBeUndefined();
    });

    it('resolved, then the same problem back a moment later (a new object): failed', async () => {
      const { last, show } = setUp({ onRetry: vi.fn(() => Promise.resolve({ data: undefined })) });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(last().phase).toBe('retrying');
      show(asleep());
      expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
    });

    it('resolved while the error was cleared for the request, then the error back: failed, not a success', async () => {
      const { last, show, seen } = setUp({
        onRetry: vi.fn(() => {
          show(undefined);
          return Promise.resolve();
        }),
      });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(last().phase).toBe('retrying');
      await vi.advanceTimersByTimeAsync(20);
      show(asleep());
      expect(last().phase).toBe('scheduled');
      expect(seen.map((snapshot) => snapshot.phase)).not.toContain('succeeded');
    });

    it('resolved and the same error object still shown after the wait for a render: failed', async () => {
      const { last } = setUp({ onRetry: vi.fn(() => Promise.resolve()) });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(last().phase).toBe('retrying');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
    });

    it("TanStack's refetch result with status 'error' is a failure at once while the error is shown", async () => {
      const { last } = setUp({ onRetry: vi.fn(() => Promise.resolve({ status: 'error', isError: true, error: new Error('x'), failureCount: 1 })) });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
    });

    it('rejected and the error cleared: lets go without claiming success, and keeps the count', async () => {
      const { last, show, seen } = setUp({
        onRetry: vi.fn(() => {
          show(undefined);
          return Promise.reject(new Error('down'));
        }),
      });
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(last()).toMatchObject({ phase: 'idle', attempt: 1 });
      expect(seen.map((snapshot) => snapshot.phase)).not.toContain('succeeded');
      show(asleep());
      expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
    });

    it('a throwing onRetry is a failed attempt', async () => {
      const { last } = setUp({
        onRetry: vi.fn(() => {
          throw new Error('sync');
        }),
      });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
    });

    it('onRetry without a promise: a development warning, and no success claimed', async () => {
      const warn = expectConsole('warn');
      const { last, show, seen } = setUp({ onRetry: vi.fn(() => show(undefined)) });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(warn.messages()).toEqual([expect.stringContaining('onRetry returned no promise')]);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(last()).toMatchObject({ phase: 'idle', attempt: 1 });
      show(asleep());
      expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
      expect(seen.map((snapshot) => snapshot.phase)).not.toContain('succeeded');
    });
  });

  it('runs one attempt at a time: retryNow while one is in flight is ignored', async () => {
    let finish: () => void = () => undefined;
    const { store, onRetry, last } = setUp({ onRetry: vi.fn(() => new Promise<void>((resolve) => (finish = resolve))) });
    store.retryNow(key);
    store.retryNow(key);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(last().phase).toBe('retrying');
    finish();
  });

  it('a success starts the count over when the problem comes back later; a failure rendered late does not', async () => {
    const { store, last, show } = setUp({ onRetry: vi.fn(() => Promise.resolve().then(() => setTimeout(() => show(undefined), 5))) });
    await vi.advanceTimersByTimeAsync(1_005);
    expect(last()).toMatchObject({ phase: 'succeeded', attempt: 1 });
    show(asleep());
    expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
    store.retryNow(key);
    await vi.advanceTimersByTimeAsync(5);
    expect(last()).toMatchObject({ phase: 'succeeded', attempt: 2 });
    await vi.advanceTimersByTimeAsync(5_000);
    show(asleep());
    expect(last()).toMatchObject({ phase: 'scheduled', attempt: 0 });
  });

  it('forgets a problem nobody has shown for forgetMs', async () => {
    const { store, last, show } = setUp();
    for (let step = 0; step < 3; step += 1) await vi.advanceTimersByTimeAsync(10_000);
    expect(last()).toMatchObject({ phase: 'exhausted', attempt: 3 });
    show(undefined);
    await vi.advanceTimersByTimeAsync(299_000);
    show(asleep());
    expect(last().phase).toBe('exhausted');
    show(undefined);
    await vi.advanceTimersByTimeAsync(300_000);
    show(asleep());
    expect(last()).toMatchObject({ phase: 'scheduled', attempt: 0 });
    store.clear();
  });

  it('pauses while offline and resumes with the time that was left; starts paused when offline', async () => {
    const { store, onRetry, last, delay } = setUp();
    await vi.advanceTimersByTimeAsync(400);
    store.setOnline(false);
    expect(last().phase).toBe('paused');
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onRetry).not.toHaveBeenCalled();
    store.setOnline(true);
    expect(delay()).toBe(600);
    store.clear();
    expect(setUp({ online: false }).last().phase).toBe('paused');
  });

  it('is manual without a policy: no timer until retryNow, then failed', async () => {
    const { store, onRetry, seen, last } = setUp({ manual: true });
    expect(seen).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    store.retryNow(key);
    await vi.advanceTimersByTimeAsync(0);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(last().phase).toBe('failed');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancel stops automatic attempts but leaves a manual one', async () => {
    const { store, onRetry, last } = setUp();
    store.cancel(key);
    expect(last().phase).toBe('idle');
    expect(vi.getTimerCount()).toBe(0);
    store.retryNow(key);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(last().phase).toBe('exhausted');
  });

  it('shares one schedule and one attempt in flight between observers of one problem; the latest to show it drives', async () => {
    const { store, onRetry, last } = setUp();
    const modalRetry = vi.fn(() => Promise.reject(new Error('still asleep')));
    const modal: RetryObserver = { driver: () => ({ onRetry: modalRetry, policy }) };
    store.observe(key, modal);
    store.report(key, modal, asleep());
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(modalRetry).toHaveBeenCalledTimes(1);
    expect(onRetry).not.toHaveBeenCalled();
    expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
  });

  it('clears its timer when the last observer leaves; one that comes back (a remount) keeps the wait', async () => {
    const { store, observer, unobserve, onRetry, delay } = setUp();
    await vi.advanceTimersByTimeAsync(300);
    unobserve();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    store.observe(key, observer);
    expect(delay()).toBe(600);
    await vi.advanceTimersByTimeAsync(600);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('clear() drops every timer and ignores an attempt that settles afterwards', async () => {
    let fail: (reason: unknown) => void = () => undefined;
    const { store, seen } = setUp({ onRetry: vi.fn(() => new Promise((_resolve, reject) => (fail = reject))) });
    store.retryNow(key);
    store.clear();
    const count = seen.length;
    fail(new Error('late'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(seen.length).toBe(count);
    expect(vi.getTimerCount()).toBe(0);
  });

  describe('when the data layer retries', () => {
    it('counts its attempts per problem across fetches, shows its waits, and stops at maxAttempts', async () => {
      const store = createVehicleErrorRetryStore();
      vi.spyOn(Math, 'random').mockReturnValue(0.5);
      const waits = [0, 1, 2, 3].map(() => store.dataLayerFailed(key, asleep(), policy));
      expect(waits).toEqual([500, 1_000, 2_000, undefined]);
      expect(store.snapshot(key)).toMatchObject({ phase: 'exhausted', attempt: 3 });
      expect(store.dataLayerFailed(key, asleep(), policy)).toBeUndefined();
    });

    it('says when its attempt starts, and that it worked when the error is gone', async () => {
      const { store, observer, last, show, onRetry } = setUp();
      store.dataLayerFailed(key, asleep(), policy);
      expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(last().phase).toBe('retrying');
      // The component's own engine stands aside: no attempt of its own on top.
      expect(onRetry).not.toHaveBeenCalled();
      show(undefined);
      expect(last().phase).toBe('succeeded');
      expect(observer.error).toBeUndefined();
    });

    it("sees the data layer's own retry inside onRetry, warns, and stops its automatic attempts", async () => {
      const warn = expectConsole('warn');
      const { last } = setUp({ onRetry: vi.fn(() => Promise.resolve({ status: 'error', isError: true, failureCount: 4 })) });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(warn.messages()).toEqual([expect.stringContaining('two retry engines')]);
      expect(last()).toMatchObject({ phase: 'exhausted', attempt: 1 });
    });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRetrySchedule, type RetrySnapshot } from '../../src/core/retry-schedule.js';
import type { RetryPolicy } from '../../src/core/types.js';

const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000, maxRetryAfterMs: 30_000 };

/** Starts a schedule; `random` pins the jitter draw (Math.random), 1 by default. */
function start({ random = 1, ...options }: Partial<Parameters<typeof createRetrySchedule>[0]> & { random?: number } = {}) {
  vi.spyOn(Math, 'random').mockReturnValue(random);
  const seen: RetrySnapshot[] = [];
  const attempt = vi.fn(options.attempt ?? (() => Promise.reject(new Error('still failing'))));
  const schedule = createRetrySchedule({
    policy,
    onChange: (snapshot) => seen.push(snapshot),
    ...options,
    attempt,
  });
  const last = () => seen[seen.length - 1];
  const delay = () => (last()?.nextRetryAt ?? 0) - Date.now();
  return { schedule, attempt, seen, last, delay };
}

describe('the retry schedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits longer after each failure (exponential, capped) and gives up after maxAttempts', async () => {
    const { schedule, attempt, last, delay } = start();
    const waits: number[] = [];
    for (let index = 0; index < policy.maxAttempts; index += 1) {
      expect(last()?.phase).toBe('scheduled');
      waits.push(delay());
      await vi.advanceTimersByTimeAsync(delay());
    }
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(last()).toMatchObject({ phase: 'exhausted', attempt: 3 });
    expect(vi.getTimerCount()).toBe(0);
    schedule.dispose();
  });

  it('draws every wait between 0 and the window (full jitter)', () => {
    for (const draw of [0, 0.25, 0.999]) {
      const { schedule, delay } = start({ random: draw });
      expect(delay()).toBe(Math.floor(draw * 1_000));
      schedule.dispose();
    }
  });

  it("honours the server's Retry-After as a floor, capped by maxRetryAfterMs", () => {
    const floor = start({ random: 0, retryAfterMs: 7_000 });
    expect(floor.delay()).toBe(7_000);
    floor.schedule.dispose();
    const capped = start({ random: 0, retryAfterMs: 3_600_000 });
    expect(capped.delay()).toBe(policy.maxRetryAfterMs);
    capped.schedule.dispose();
  });

  it('takes a new Retry-After from a failed attempt: retryAfterMs, or an SDK error\'s retryAfter', async () => {
    for (const [wait, delayMs] of [[{ retryAfterMs: 9_000 }, 9_000], [{ retryAfter: '12' }, 12_000], [{ retryAfterMs: -1 }, 0]] as const) {
      const { schedule, delay } = start({ random: 0, attempt: () => Promise.reject(Object.assign(new Error('busy'), wait)) });
      await vi.advanceTimersByTimeAsync(0);
      expect(delay()).toBe(delayMs);
      schedule.dispose();
    }
  });

  it('stops for good when an attempt succeeds', async () => {
    const { schedule, last, attempt } = start({ attempt: () => Promise.resolve('ok') });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(last()?.phase).toBe('succeeded');
    expect(vi.getTimerCount()).toBe(0);
    schedule.dispose();
  });

  it('runs one attempt at a time: retryNow while one is in flight is ignored', async () => {
    let finish: (value?: unknown) => void = () => undefined;
    const { schedule, last, attempt } = start({ attempt: () => new Promise((resolve) => (finish = resolve)) });
    schedule.retryNow();
    schedule.retryNow();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(last()?.phase).toBe('retrying');
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(last()?.phase).toBe('succeeded');
    schedule.dispose();
  });

  it('pauses while offline and resumes with the time that was left', async () => {
    const { schedule, attempt, last, delay } = start({ random: 1 });
    await vi.advanceTimersByTimeAsync(400);
    schedule.setOnline(false);
    expect(last()?.phase).toBe('paused');
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempt).not.toHaveBeenCalled();
    schedule.setOnline(true);
    expect(last()?.phase).toBe('scheduled');
    expect(delay()).toBe(600);
    await vi.advanceTimersByTimeAsync(600);
    expect(attempt).toHaveBeenCalledTimes(1);
    schedule.dispose();
  });

  it('starts paused when created offline', async () => {
    const { schedule, attempt, last } = start({ online: false });
    expect(last()?.phase).toBe('paused');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempt).not.toHaveBeenCalled();
    schedule.dispose();
  });

  it('is manual only without a policy: nothing reported and no timer until retryNow, then failed', async () => {
    const { schedule, attempt, seen, last } = start({ policy: undefined });
    expect(seen).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    schedule.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(last()?.phase).toBe('failed');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancel stops automatic attempts but leaves a manual one', async () => {
    const { schedule, attempt, last } = start();
    schedule.cancel();
    expect(last()?.phase).toBe('idle');
    expect(vi.getTimerCount()).toBe(0);
    schedule.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats a throwing attempt as a failure', async () => {
    const { schedule, last } = start({
      attempt: () => {
        throw new Error('sync');
      },
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(last()).toMatchObject({ phase: 'scheduled', attempt: 1 });
    schedule.dispose();
  });

  it('clears its timer on dispose and ignores an attempt that settles afterwards', async () => {
    let fail: (reason: unknown) => void = () => undefined;
    const { schedule, seen } = start({ attempt: () => new Promise((_resolve, reject) => (fail = reject)) });
    schedule.retryNow();
    schedule.dispose();
    const count = seen.length;
    fail(new Error('late'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(seen.length).toBe(count);
    expect(vi.getTimerCount()).toBe(0);
  });
});

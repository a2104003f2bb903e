import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';

/**
 * For every test of the calling suite: fake timers from a fixed date, every jitter draw at the top
 * of its window (waits are then the window's length), and development warnings that may repeat.
 */
export function withFakeClock() {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-01T12:00:00Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0.9999);
    resetWarnings();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** A quick back-off, so tests walk through every attempt in seconds of fake time. */
export const quickPolicy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000, maxRetryAfterMs: 30_000 };

/**
 * A vehicle API that fails `failures` times (each with a new error object and request id, as a
 * real API does), then answers; each request takes `latencyMs`. Counts the requests it got.
 */
export function vehicleApi({ failures = Infinity, latencyMs = 200, error = {} as object } = {}) {
  let calls = 0;
  const api = {
    get calls() {
      return calls;
    },
    /** When each request was sent (fake epoch ms). */
    sentAt: [] as number[],
    request(): Promise<{ charge: number }> {
      calls += 1;
      api.sentAt.push(Date.now());
      const failed = calls <= failures;
      const body = { type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409, requestId: `req-${calls}`, resolution: { type: 'RETRY_LATER' }, ...error };
      return new Promise((resolve, reject) =>
        setTimeout(() => (failed ? reject(Object.assign(new Error('Vehicle asleep'), body)) : resolve({ charge: 80 })), latencyMs),
      );
    },
  };
  return api;
}

/**
 * Moves fake time on in small steps, each in its own `act`, so React renders an app's state change
 * within 50 ms as a browser would (one `act` over the whole span would hold every render to its end).
 */
export async function advance(ms: number) {
  let left = ms;
  do {
    const step = Math.min(50, left);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(step);
    });
    left -= step;
  } while (left > 0);
}

/** user-event under fake timers: its final zero-delay wait needs the clock moved. */
export async function click(element: HTMLElement) {
  const clicking = userEvent.setup({ delay: null, advanceTimers: (ms) => vi.advanceTimersByTime(ms) }).click(element);
  await vi.advanceTimersByTimeAsync(0);
  await clicking;
}

/** The retry status line (the last polite status on the page). */
export const retryStatus = () => screen.getAllByRole('status').at(-1)?.textContent;

/** Runs timer by timer (React rendering after each) until nothing is scheduled any more. */
export async function settle() {
  for (let step = 0; step < 5_000 && vi.getTimerCount() > 0; step += 1) {
    await act(async () => {
      await vi.advanceTimersToNextTimerAsync();
    });
  }
}

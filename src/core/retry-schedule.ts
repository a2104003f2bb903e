import { retryDelayMs } from './retry-policy.js';
import type { RetryPolicy } from './types.js';

/**
 * Where a retry stands: `idle` (nothing scheduled; a manual retry is possible), `scheduled` (an
 * automatic attempt waits for its timer), `retrying` (an attempt is in flight), `paused` (offline;
 * the wait resumes when back online), `exhausted` (automatic attempts used up), `failed` (a manual
 * attempt failed), `succeeded`.
 */
export type RetryPhase = 'idle' | 'scheduled' | 'retrying' | 'paused' | 'exhausted' | 'failed' | 'succeeded';

/** What a UI needs to show about a retry. */
export interface RetrySnapshot {
  phase: RetryPhase;
  /** Attempts made so far, automatic and manual. */
  attempt: number;
  /** Automatic attempts allowed (0 when the error is not retried automatically). */
  maxAttempts: number;
  /** Epoch milliseconds of the next automatic attempt, while one is scheduled. */
  nextRetryAt?: number;
}

export interface RetryScheduleOptions {
  policy: RetryPolicy;
  /** Whether attempts run on their own; otherwise only `retryNow` starts one. */
  automatic: boolean;
  /** The server's requested wait before the first attempt. */
  retryAfterMs?: number;
  /** One attempt: resolving means the error is gone, rejecting (or throwing) means it is not. */
  attempt: () => unknown;
  /** The server's requested wait taken from a failed attempt's reason, when it carries one. */
  retryAfterOf?: (reason: unknown) => number | undefined;
  /** Called after every change of the snapshot. */
  onChange: (snapshot: RetrySnapshot) => void;
  online?: boolean;
  random?: () => number;
  now?: () => number;
}

/** A running retry schedule; framework-free so React stays a thin binding. */
export interface RetrySchedule {
  snapshot(): RetrySnapshot;
  /** Runs an attempt now, unless one is already in flight. */
  retryNow(): void;
  /** Stops automatic attempts; a manual `retryNow` stays possible. */
  cancel(): void;
  /** Offline pauses the wait; online resumes it with the time that was left. */
  setOnline(online: boolean): void;
  /** Clears the timer and ignores any attempt still in flight. */
  dispose(): void;
}

/**
 * Drives automatic retries of one error: full-jitter back-off from `policy`, the server's
 * `Retry-After` as a floor (capped by the policy), one attempt in flight at a time.
 *
 * @example
 * const schedule = createRetrySchedule({ policy, automatic: true, attempt: refetch, onChange: render });
 * schedule.setOnline(false); // waits without counting down until online again
 */
export function createRetrySchedule(options: RetryScheduleOptions): RetrySchedule {
  const { policy, attempt, onChange, random, now = Date.now } = options;
  const maxAttempts = options.automatic ? Math.max(0, Math.floor(policy.maxAttempts)) : 0;
  let state: RetrySnapshot = { phase: 'idle', attempt: 0, maxAttempts };
  let online = options.online ?? true;
  let auto = maxAttempts > 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pausedDelayMs: number | undefined;
  let disposed = false;

  const set = (phase: RetryPhase, changes: { attempt?: number; nextRetryAt?: number } = {}) => {
    state = { phase, attempt: changes.attempt ?? state.attempt, maxAttempts };
    if (changes.nextRetryAt !== undefined) state.nextRetryAt = changes.nextRetryAt;
    if (!disposed) onChange(state);
  };
  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const wait = (delayMs: number) => {
    clearTimer();
    if (!online) {
      pausedDelayMs = delayMs;
      set('paused');
      return;
    }
    pausedDelayMs = undefined;
    timer = setTimeout(run, delayMs);
    set('scheduled', { nextRetryAt: now() + delayMs });
  };
  const afterFailure = (reason: unknown) => {
    if (auto && state.attempt < maxAttempts) {
      const retryAfterMs = options.retryAfterOf?.(reason);
      wait(retryDelayMs(state.attempt, policy, { retryAfterMs, random }));
    } else {
      set(maxAttempts > 0 ? 'exhausted' : 'failed');
      auto = false;
    }
  };
  function run(): void {
    if (disposed || state.phase === 'retrying') return;
    clearTimer();
    set('retrying', { attempt: state.attempt + 1 });
    let pending: Promise<unknown>;
    try {
      pending = Promise.resolve(attempt());
    } catch (reason) {
      pending = Promise.reject(reason);
    }
    pending.then(
      () => {
        if (disposed) return;
        auto = false;
        set('succeeded');
      },
      (reason: unknown) => {
        if (!disposed) afterFailure(reason);
      },
    );
  }

  if (auto) wait(retryDelayMs(0, policy, { retryAfterMs: options.retryAfterMs, random }));
  else onChange(state);

  return {
    snapshot: () => state,
    retryNow: run,
    cancel() {
      if (disposed) return;
      auto = false;
      clearTimer();
      pausedDelayMs = undefined;
      if (state.phase === 'scheduled' || state.phase === 'paused') set('idle');
    },
    setOnline(next) {
      if (disposed || next === online) return;
      online = next;
      if (!online && state.phase === 'scheduled') {
        clearTimer();
        pausedDelayMs = Math.max(0, (state.nextRetryAt ?? now()) - now());
        set('paused');
      } else if (online && state.phase === 'paused') {
        wait(pausedDelayMs ?? 0);
      }
    },
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}

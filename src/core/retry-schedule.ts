import { parseRetryAfter, retryDelayMs } from './retry-policy.js';
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
  /** Epoch milliseconds of the next automatic attempt, while one is scheduled. */
  nextRetryAt?: number;
}

/** Nothing has happened yet: the state of every schedule before it first reports. */
export const idleRetry: RetrySnapshot = { phase: 'idle', attempt: 0 };

export interface RetryScheduleOptions {
  /** The back-off of automatic attempts; without it, only `retryNow` starts one. */
  policy?: RetryPolicy;
  /** The server's requested wait before the first attempt. */
  retryAfterMs?: number;
  /**
   * One attempt: resolving means the error is gone, rejecting (or throwing) means it is not. A
   * reason carrying `retryAfterMs` or an SDK error's `retryAfter` sets the next wait's floor.
   */
  attempt: () => unknown;
  /** Called after every change of the snapshot (not for the initial `idleRetry`). */
  onChange: (snapshot: RetrySnapshot) => void;
  online?: boolean;
}

/** A running retry schedule; framework-free so React stays a thin binding. */
export interface RetrySchedule {
  /** Runs an attempt now, unless one is already in flight. */
  retryNow(): void;
  /** Stops automatic attempts; a manual `retryNow` stays possible. */
  cancel(): void;
  /** Offline pauses the wait; online resumes it with the time that was left. */
  setOnline(online: boolean): void;
  /** Clears the timer and ignores any attempt still in flight. */
  dispose(): void;
}

/** A failed attempt may carry a new server wait: `retryAfterMs`, or an SDK error's `retryAfter`. */
function retryAfterOf(reason: unknown): number | undefined {
  if (typeof reason !== 'object' || reason === null) return undefined;
  const { retryAfterMs, retryAfter } = reason as { retryAfterMs?: unknown; retryAfter?: unknown };
  return typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? retryAfterMs : parseRetryAfter(retryAfter);
}

/**
 * Drives retries of one error: automatic ones (given a `policy`) with full-jitter back-off, the
 * server's `Retry-After` as a floor (capped by the policy); one attempt in flight at a time.
 *
 * @example
 * const schedule = createRetrySchedule({ policy, attempt: refetch, onChange: render });
 * schedule.setOnline(false); // waits without counting down until online again
 */
export function createRetrySchedule({ policy, retryAfterMs, attempt, onChange, online = true }: RetryScheduleOptions): RetrySchedule {
  const maxAttempts = policy ? Math.max(0, Math.floor(policy.maxAttempts)) : 0;
  let state = idleRetry;
  let auto = maxAttempts > 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The wait still due when the schedule was paused (only read while `paused`).
  let pausedDelayMs = 0;
  let disposed = false;

  // Every change goes through here: a timer only ever runs in `scheduled` (given `delayMs`).
  const set = (phase: RetryPhase, attempts = state.attempt, delayMs?: number) => {
    clearTimeout(timer);
    if (disposed) return;
    state = { phase, attempt: attempts };
    if (delayMs !== undefined) {
      state.nextRetryAt = Date.now() + delayMs;
      timer = setTimeout(run, delayMs);
    }
    onChange(state);
  };
  const wait = (delayMs: number) => {
    pausedDelayMs = delayMs;
    if (online) set('scheduled', state.attempt, delayMs);
    else set('paused');
  };
  const backOff = (serverWaitMs: number | undefined) => policy && wait(retryDelayMs(state.attempt, policy, { retryAfterMs: serverWaitMs }));
  function run(): void {
    if (disposed || state.phase === 'retrying') return;
    set('retrying', state.attempt + 1);
    // A throwing `attempt` rejects the promise: both count as a failed attempt.
    new Promise((resolve) => resolve(attempt())).then(
      () => {
        auto = false;
        set('succeeded');
      },
      (reason: unknown) => {
        if (auto && state.attempt < maxAttempts) return backOff(retryAfterOf(reason));
        auto = false;
        set(maxAttempts > 0 ? 'exhausted' : 'failed');
      },
    );
  }

  if (auto) backOff(retryAfterMs);

  return {
    retryNow: run,
    cancel() {
      auto = false;
      if (state.phase === 'scheduled' || state.phase === 'paused') set('idle');
    },
    setOnline(next) {
      if (next === online) return;
      online = next;
      if (!online && state.phase === 'scheduled') {
        pausedDelayMs = Math.max(0, (state.nextRetryAt ?? 0) - Date.now());
        set('paused');
      } else if (online && state.phase === 'paused') {
        wait(pausedDelayMs);
      }
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}

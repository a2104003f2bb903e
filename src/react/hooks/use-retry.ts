import { useEffect, useRef, useState } from 'react';
import { parseRetryAfter, retryPolicyFor } from '../../core/retry-policy.js';
import { createRetrySchedule, type RetrySchedule, type RetrySnapshot } from '../../core/retry-schedule.js';
import type { Resolution, RetryPolicy, VehicleError } from '../../core/types.js';

/** Runs an attempt now, or stops automatic ones: the same two functions for a component's life. */
interface RetryControls {
  retryNow: () => void;
  cancel: () => void;
}

// The latest `onRetry` (a timer may fire renders later), the running schedule if any, and how to
// start one for the current error (only while mounted).
interface Held {
  onRetry?: () => unknown;
  schedule?: RetrySchedule;
  start?: () => RetrySchedule;
}

// Only read in effects and event handlers, where `navigator` exists; unknown counts as online.
const isOnline = () => navigator.onLine !== false;

/** A failed attempt may carry a new server wait: `retryAfterMs`, or an SDK error's `retryAfter`. */
function retryAfterOf(reason: unknown): number | undefined {
  if (typeof reason !== 'object' || reason === null) return undefined;
  const { retryAfterMs, retryAfter } = reason as { retryAfterMs?: unknown; retryAfter?: unknown };
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) return retryAfterMs;
  return parseRetryAfter(retryAfter);
}

/**
 * The React binding of `createRetrySchedule`, one schedule per error, disposed on unmount, with
 * the catalog's back-off and the app's `override`. `onRetry` undefined turns retrying off.
 * Automatic schedules start after mount (timers, online listeners); a manual one only when the
 * owner first asks, so a banner that is merely shown costs no timer, listener or extra render.
 * Returns the snapshot (idle until a schedule reports) and controls that never change.
 */
export function useRetry(
  error: VehicleError,
  resolution: Resolution,
  onRetry: (() => unknown) | undefined,
  override: Partial<RetryPolicy> | undefined,
): [RetrySnapshot, RetryControls] {
  // What tells one error from another: a new key starts a fresh schedule.
  const key = [error.type, error.code, error.statusCode, error.requestId, error.eventId, error.retryAfterMs].join('|');
  const base = retryPolicyFor(error);
  const { maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs } = override ? mergePolicy(base, override) : base;
  const { automatic, retryAfterMs } = resolution;
  const enabled = onRetry !== undefined;
  const auto = automatic && enabled;
  const box = useRef<Held>({});
  // One pair per component: a manual schedule starts on the owner's first request; an automatic one is already running.
  const [controls] = useState(
    (): RetryControls => ({
      retryNow: () => (box.current.schedule ?? box.current.start?.())?.retryNow(),
      cancel: () => box.current.schedule?.cancel(),
    }),
  );
  const [current, setCurrent] = useState<{ key: string; snapshot: RetrySnapshot } | undefined>(undefined);

  useEffect(() => {
    box.current.onRetry = onRetry;
  }, [onRetry]);

  useEffect(() => {
    const held = box.current;
    // Created in the effect, not during render: StrictMode's second mount gets a fresh schedule.
    const start = () =>
      (held.schedule = createRetrySchedule({
        policy: { maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs },
        automatic: auto,
        retryAfterMs,
        online: isOnline(),
        attempt: () => held.onRetry?.(),
        retryAfterOf,
        onChange: (snapshot) => setCurrent({ key, snapshot }),
      }));
    const running = auto && start();
    held.start = enabled && !auto ? start : undefined;
    const onOnlineChange = () => running && running.setOnline(isOnline());
    const listen = (method: 'addEventListener' | 'removeEventListener') => {
      if (running) for (const type of ['online', 'offline']) window[method](type, onOnlineChange);
    };
    listen('addEventListener');
    return () => {
      listen('removeEventListener');
      held.schedule?.dispose();
      held.schedule = held.start = undefined;
      // The next error (or policy) starts from idle, not from this schedule's last state.
      setCurrent(undefined);
    };
  }, [key, auto, enabled, retryAfterMs, maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs]);

  const snapshot = current?.key === key ? current.snapshot : { phase: 'idle' as const, attempt: 0, maxAttempts: auto ? maxAttempts : 0 };
  return [snapshot, controls];
}

/** The catalog's policy with the app's overrides; nonsense values (negative, NaN) are ignored. */
function mergePolicy(base: RetryPolicy, override: Partial<RetryPolicy>): RetryPolicy {
  const merged = { ...base };
  for (const key of Object.keys(base) as Array<keyof RetryPolicy>) {
    const value = override[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) merged[key] = value;
  }
  merged.maxAttempts = Math.floor(merged.maxAttempts);
  return merged;
}

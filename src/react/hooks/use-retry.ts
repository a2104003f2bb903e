import { useEffect, useRef, useState, type RefObject } from 'react';
import { retryPolicyFor } from '../../core/retry-policy.js';
import { createRetrySchedule, idleRetry, type RetrySchedule, type RetrySnapshot } from '../../core/retry-schedule.js';
import type { RetryPolicy, VehicleError } from '../../core/types.js';

/** The latest `onRetry` (a timer may fire renders later) and the running schedule, if any. */
export interface RetryBox {
  onRetry?: () => unknown;
  schedule?: RetrySchedule;
}

// Only read in effects and event handlers, where `navigator` exists; unknown counts as online.
const isOnline = () => navigator.onLine !== false;

/** The catalog's back-off for the error with the app's overrides; nonsense values (negative, NaN) are ignored. */
export function retryPolicyOf(error: VehicleError, override: Partial<RetryPolicy> | undefined): RetryPolicy {
  const merged = { ...retryPolicyFor(error) };
  for (const key of Object.keys(merged) as Array<keyof RetryPolicy>) {
    const value = override?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) merged[key] = value;
  }
  return merged;
}

/**
 * The React binding of `createRetrySchedule`: one schedule per error, policy and setting, made
 * after mount (timers, online listeners) and disposed on unmount; `onRetry` undefined turns
 * retrying off. A manual schedule reports nothing until the owner asks, so a banner that is merely
 * shown costs no timer, listener or extra render. Returns the snapshot (`idleRetry` until the
 * schedule reports) and the box holding the schedule, for event handlers to call.
 */
export function useRetry(
  error: VehicleError,
  automatic: boolean,
  onRetry: (() => unknown) | undefined,
  override: Partial<RetryPolicy> | undefined,
): [RetrySnapshot, RefObject<RetryBox>] {
  const enabled = onRetry !== undefined;
  const policy = automatic && enabled ? retryPolicyOf(error, override) : undefined;
  // Everything the schedule is made from: a new key starts a fresh one.
  const key = JSON.stringify([error.type, error.code, error.statusCode, error.requestId, error.eventId, error.retryAfterMs, enabled, policy]);
  const box = useRef<RetryBox>({});
  const [current, setCurrent] = useState<[string, RetrySnapshot]>();

  useEffect(() => {
    box.current.onRetry = onRetry;
  }, [onRetry]);

  useEffect(() => {
    if (!enabled) return undefined;
    const held = box.current;
    // Created in the effect, not during render: StrictMode's second mount gets a fresh schedule.
    const schedule = (held.schedule = createRetrySchedule({
      policy,
      retryAfterMs: error.retryAfterMs,
      online: isOnline(),
      attempt: () => held.onRetry?.(),
      onChange: (snapshot) => setCurrent([key, snapshot]),
    }));
    const onOnlineChange = () => schedule.setOnline(isOnline());
    const types = policy ? ['online', 'offline'] : [];
    for (const type of types) window.addEventListener(type, onOnlineChange);
    return () => {
      for (const type of types) window.removeEventListener(type, onOnlineChange);
      schedule.dispose();
      // The next error (or policy) starts from idle, not from this schedule's last state.
      setCurrent(undefined);
    };
    // `key` stands for everything the schedule is made from (the error's identity, switches, policy).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return [current?.[0] === key ? current[1] : idleRetry, box];
}

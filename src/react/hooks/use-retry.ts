import { useEffect, useMemo, useRef, useState } from 'react';
import { parseRetryAfter } from '../../core/retry-policy.js';
import { createRetrySchedule, type RetrySchedule, type RetrySnapshot } from '../../core/retry-schedule.js';
import type { RetryPolicy } from '../../core/types.js';

interface UseRetryOptions {
  /** Changes when the error changes; a new key starts a fresh schedule. */
  key: string;
  policy: RetryPolicy;
  automatic: boolean;
  retryAfterMs: number | undefined;
  /** `undefined` turns retrying off (nothing to call). */
  onRetry: (() => unknown) | undefined;
}

interface RetryState extends RetrySnapshot {
  retryNow: () => void;
  cancel: () => void;
}

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

// One pair of window listeners for the page, shared by the schedules that wait (automatic ones).
const onlineListeners = new Set<() => void>();
const notifyOnline = () => onlineListeners.forEach((listener) => listener());

function subscribeOnline(listener: () => void): () => void {
  if (onlineListeners.size === 0) {
    window.addEventListener('online', notifyOnline);
    window.addEventListener('offline', notifyOnline);
  }
  onlineListeners.add(listener);
  return () => {
    onlineListeners.delete(listener);
    if (onlineListeners.size > 0) return;
    window.removeEventListener('online', notifyOnline);
    window.removeEventListener('offline', notifyOnline);
  };
}

/** A failed attempt may carry a new server wait: `retryAfterMs`, or an SDK error's `retryAfter`. */
function retryAfterOf(reason: unknown): number | undefined {
  if (typeof reason !== 'object' || reason === null) return undefined;
  const { retryAfterMs, retryAfter } = reason as { retryAfterMs?: unknown; retryAfter?: unknown };
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) return retryAfterMs;
  return parseRetryAfter(retryAfter);
}

/**
 * The React binding of `createRetrySchedule`, one schedule per error key, disposed on unmount.
 * Automatic schedules start after mount (timers, online listener); a manual one only when the
 * owner first asks, so a banner that is merely shown costs no timer, listener or extra render.
 */
export function useRetry({ key, policy, automatic, retryAfterMs, onRetry }: UseRetryOptions): RetryState {
  const { maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs } = policy;
  const enabled = onRetry !== undefined;
  const auto = automatic && enabled;
  // The latest `onRetry` (a timer may fire renders later), the running schedule if any, and how
  // to start one for the current error.
  const box = useRef<{ onRetry?: () => unknown; schedule?: RetrySchedule; start?: () => RetrySchedule }>({});
  const [current, setCurrent] = useState<{ key: string; snapshot: RetrySnapshot } | undefined>(undefined);

  useEffect(() => {
    box.current.onRetry = onRetry;
  }, [onRetry]);

  useEffect(() => {
    const held = box.current;
    // Created in the effect, not during render: StrictMode's second mount gets a fresh schedule.
    const running = auto ? start() : undefined;
    held.schedule = running;
    held.start = enabled ? start : undefined;
    const stopListening = running && subscribeOnline(() => running.setOnline(isOnline()));
    return () => {
      stopListening?.();
      held.schedule?.dispose();
      held.schedule = held.start = undefined;
      // The next error (or policy) starts from idle, not from this schedule's last state.
      setCurrent(undefined);
    };
    function start(): RetrySchedule {
      return createRetrySchedule({
        policy: { maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs },
        automatic: auto,
        retryAfterMs,
        online: isOnline(),
        attempt: () => held.onRetry?.(),
        retryAfterOf,
        onChange: (snapshot) => setCurrent({ key, snapshot }),
      });
    }
  }, [key, auto, enabled, retryAfterMs, maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs]);

  const snapshot = current?.key === key ? current.snapshot : undefined;
  return useMemo(() => {
    const held = box.current;
    return {
      ...(snapshot ?? { phase: 'idle', attempt: 0, maxAttempts: auto ? maxAttempts : 0 }),
      // A manual schedule starts on the owner's first request; an automatic one is already running.
      retryNow: () => {
        if (enabled && !auto) held.schedule ??= held.start?.();
        held.schedule?.retryNow();
      },
      cancel: () => held.schedule?.cancel(),
    };
  }, [snapshot, auto, enabled, maxAttempts]);
}

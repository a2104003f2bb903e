import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseRetryAfter } from '../../core/retry-policy.js';
import { createRetrySchedule, type RetrySchedule, type RetrySnapshot } from '../../core/retry-schedule.js';
import type { RetryPolicy } from '../../core/types.js';
import { isOnline, useOnline } from './use-online.js';

interface UseRetryOptions {
  /** Changes when the error changes; a new key starts a fresh schedule. */
  key: string;
  policy: RetryPolicy;
  automatic: boolean;
  retryAfterMs: number | undefined;
  /** `undefined` turns retrying off (nothing to call). */
  onRetry: (() => unknown) | undefined;
  /** Told about every attempt, for analytics. */
  onAttempt?: () => void;
}

interface RetryState extends RetrySnapshot {
  retryNow: () => void;
  cancel: () => void;
}

/** The React binding of `createRetrySchedule`: one schedule per error key, disposed on unmount. */
export function useRetry(options: UseRetryOptions): RetryState {
  const { key, policy, automatic, retryAfterMs, onRetry, onAttempt } = options;
  const { maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs } = policy;
  const enabled = onRetry !== undefined;
  const latest = useRef({ onRetry, onAttempt });
  useEffect(() => {
    latest.current = { onRetry, onAttempt };
  });
  const scheduleRef = useRef<RetrySchedule | undefined>(undefined);
  const [snapshot, setSnapshot] = useState<RetrySnapshot>({
    phase: 'idle',
    attempt: 0,
    maxAttempts: automatic && enabled ? maxAttempts : 0,
  });

  useEffect(() => {
    if (!enabled) return undefined;
    // Created in the effect, not during render: StrictMode's second mount gets a fresh schedule.
    const schedule = createRetrySchedule({
      policy: { maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs },
      automatic,
      retryAfterMs,
      online: isOnline(),
      attempt: () => {
        latest.current.onAttempt?.();
        return latest.current.onRetry?.();
      },
      retryAfterOf,
      onChange: setSnapshot,
    });
    scheduleRef.current = schedule;
    return () => {
      schedule.dispose();
      if (scheduleRef.current === schedule) scheduleRef.current = undefined;
    };
  }, [key, enabled, automatic, retryAfterMs, maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs]);

  const online = useOnline();
  useEffect(() => {
    scheduleRef.current?.setOnline(online);
  }, [online]);

  const retryNow = useCallback(() => scheduleRef.current?.retryNow(), []);
  const cancel = useCallback(() => scheduleRef.current?.cancel(), []);
  return useMemo(() => ({ ...snapshot, retryNow, cancel }), [snapshot, retryNow, cancel]);
}

/** A failed attempt may carry a new server wait: `retryAfterMs`, or an SDK error's `retryAfter`. */
function retryAfterOf(reason: unknown): number | undefined {
  if (typeof reason !== 'object' || reason === null) return undefined;
  const { retryAfterMs, retryAfter } = reason as { retryAfterMs?: unknown; retryAfter?: unknown };
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) return retryAfterMs;
  return parseRetryAfter(retryAfter);
}

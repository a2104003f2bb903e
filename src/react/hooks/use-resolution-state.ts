import { useMemo } from 'react';
import { reportEvent, type VehicleErrorConfig } from '../config/context.js';
import { actionTarget, warnUnavailable } from './action-targets.js';
import { normalizedError, resolutionOf } from './error-cache.js';
import type { NextStep, VehicleErrorResolutionOptions } from './resolution-types.js';
import { useRetry } from './use-retry.js';

/**
 * The next step without the per-second countdown, so components that show the countdown in a
 * leaf do not re-render their title, message and buttons every second. Takes the config the
 * caller already read, so a banner reads the context once.
 */
export function useResolutionState(
  config: VehicleErrorConfig,
  error: unknown,
  { onRetry, retryPolicy }: VehicleErrorResolutionOptions,
  /** False where the error is only context (a resolved notice): no retries, no warnings. */
  active = true,
): NextStep {
  const normalized = normalizedError(error);
  const resolution = resolutionOf(normalized);
  const { kind } = resolution;
  const [retry, retries] = useRetry(normalized, resolution.automatic, kind === 'retry' && active ? onRetry : undefined, retryPolicy);
  const canRetry = onRetry !== undefined;

  const step = useMemo((): NextStep => {
    const base = { kind, error: normalized, resolution, retry, retries };
    if (kind === 'retry') {
      const act = () => {
        if (retry.phase === 'retrying') return;
        reportEvent(config, normalized, kind, kind);
        retries.current.schedule?.retryNow();
      };
      return canRetry ? { ...base, act } : base;
    }
    return kind === 'none' ? base : { ...base, ...actionTarget(config, normalized, kind) };
  }, [normalized, resolution, kind, retry, retries, canRetry, config]);

  // In render, not an effect: no banner pays for a check that only ever speaks in development.
  if (process.env.NODE_ENV !== 'production' && active && !step.act) warnUnavailable(kind);
  return step;
}

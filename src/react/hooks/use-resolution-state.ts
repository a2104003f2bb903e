import { useMemo } from 'react';
import { reportEvent, useVehicleErrorConfig } from '../config/context.js';
import { reauthenticateTarget, supportTarget, warnUnavailable } from './action-targets.js';
import { normalizedError, resolutionOf } from './error-cache.js';
import type { VehicleErrorResolutionOptions, VehicleErrorResolutionState } from './resolution-types.js';
import { useRetry } from './use-retry.js';

/**
 * The resolution state without the per-second countdown, so components that show the countdown
 * in a leaf do not re-render their title, message and buttons every second.
 */
export function useResolutionState(
  error: unknown,
  options: VehicleErrorResolutionOptions = {},
  /** False where the error is only context (a resolved notice): no retries, no warnings. */
  active = true,
): VehicleErrorResolutionState {
  const { onRetry, retryPolicy } = options;
  const config = useVehicleErrorConfig();
  const normalized = normalizedError(error);
  const resolution = resolutionOf(normalized);
  const { kind } = resolution;
  const retry = useRetry(normalized, resolution, kind === 'retry' && active ? onRetry : undefined, retryPolicy);

  const state = useMemo((): VehicleErrorResolutionState => {
    const base = { error: normalized, resolution };
    if (kind === 'retry') {
      const { phase } = retry;
      return {
        ...base,
        ...retry,
        kind,
        available: onRetry !== undefined,
        automatic: retry.maxAttempts > 0,
        retryNow: () => {
          if (phase === 'retrying') return;
          reportEvent(config, normalized, kind, kind);
          retry.retryNow();
        },
        inFlight: phase === 'retrying',
        exhausted: phase === 'exhausted',
        paused: phase === 'paused',
        succeeded: phase === 'succeeded',
      };
    }
    if (kind === 'none') return { ...base, kind, available: false };
    const { href, handler } = kind === 'reauthenticate' ? reauthenticateTarget(config, normalized, resolution) : supportTarget(config, normalized);
    const act = () => {
      reportEvent(config, normalized, kind, kind);
      handler?.();
    };
    const target = { ...base, available: href !== undefined || handler !== undefined, ...(href ? { href } : {}) };
    if (kind === 'reauthenticate') return { ...target, kind, reauthenticate: act };
    const { requestId } = normalized;
    return { ...target, kind, ...(requestId ? { requestId } : {}), contactSupport: act };
  }, [normalized, resolution, kind, retry, onRetry, config]);

  // In render, not an effect: no banner pays for a check that only ever speaks in development.
  if (process.env.NODE_ENV !== 'production' && active && !state.available && kind !== 'none') warnUnavailable(kind, onRetry !== undefined);
  return state;
}

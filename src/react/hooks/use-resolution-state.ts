import { useMemo } from 'react';
import { reportEvent, type VehicleErrorConfig } from '../config/context.js';
import { reauthenticateTarget, supportTarget, warnUnavailable } from './action-targets.js';
import { normalizedError, resolutionOf } from './error-cache.js';
import type { VehicleErrorResolutionOptions, VehicleErrorResolutionState } from './resolution-types.js';
import { useRetry } from './use-retry.js';

/**
 * The resolution state without the per-second countdown, so components that show the countdown
 * in a leaf do not re-render their title, message and buttons every second. Takes the config the
 * caller already read, so a banner reads the context once.
 */
export function useResolutionState(
  config: VehicleErrorConfig,
  error: unknown,
  { onRetry, retryPolicy }: VehicleErrorResolutionOptions,
  /** False where the error is only context (a resolved notice): no retries, no warnings. */
  active = true,
): VehicleErrorResolutionState {
  const normalized = normalizedError(error);
  const resolution = resolutionOf(normalized);
  const { kind } = resolution;
  const [{ phase, attempt, maxAttempts, nextRetryAt }, controls] = useRetry(normalized, resolution, kind === 'retry' && active ? onRetry : undefined, retryPolicy);

  const state = useMemo((): VehicleErrorResolutionState => {
    if (kind === 'retry') {
      // Spelled out rather than spread: one object per change, built by a page of banners at once.
      return {
        kind,
        error: normalized,
        resolution,
        available: onRetry !== undefined,
        automatic: maxAttempts > 0,
        phase,
        attempt,
        maxAttempts,
        ...(nextRetryAt === undefined ? {} : { nextRetryAt }),
        retryNow: () => {
          if (phase === 'retrying') return;
          reportEvent(config, normalized, kind, kind);
          controls.retryNow();
        },
        cancel: controls.cancel,
        inFlight: phase === 'retrying',
        exhausted: phase === 'exhausted',
        paused: phase === 'paused',
        succeeded: phase === 'succeeded',
      };
    }
    const base = { error: normalized, resolution };
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
  }, [normalized, resolution, kind, phase, attempt, maxAttempts, nextRetryAt, controls, onRetry, config]);

  // In render, not an effect: no banner pays for a check that only ever speaks in development.
  if (process.env.NODE_ENV !== 'production' && active && !state.available && kind !== 'none') warnUnavailable(kind, onRetry !== undefined);
  return state;
}

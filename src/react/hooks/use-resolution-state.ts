import { useMemo } from 'react';
import { retryPolicyWith } from '../../core/retry-policy.js';
import { reportEvent, type VehicleErrorConfig } from '../config/context.js';
import { actionTarget, warnUnavailable } from './action-targets.js';
import { noError, normalizedError, resolutionOf } from './error-cache.js';
import type { NextStep, VehicleErrorResolutionOptions } from './resolution-types.js';
import { useRetry } from './use-retry.js';

/**
 * The next step without the per-second countdown, so components that show the countdown in a
 * leaf do not re-render their title, message and buttons every second. Takes the config the
 * caller already read, so a banner reads the context once. `error` null or undefined: the app
 * shows nothing, and the step is the held one while an attempt runs (`held`), else a generic one.
 */
export function useResolutionState(
  config: VehicleErrorConfig,
  error: unknown,
  { onRetry, retryPolicy, retryKey }: VehicleErrorResolutionOptions,
  /** False where the error is only context (a resolved notice): no retries, no warnings. */
  active = true,
): NextStep {
  const shown = error !== null && error !== undefined;
  const own = shown ? normalizedError(error) : noError;
  const ownResolution = resolutionOf(own);
  const retried = shown && active && ownResolution.kind === 'retry';
  const policy = retried && onRetry && ownResolution.automatic ? retryPolicyWith(own, retryPolicy) : undefined;
  const { retry, held, retryNow, cancel, release } = useRetry(config.retryStore, shown, retried ? own : undefined, { onRetry, policy, retryKey });
  const normalized = held ?? own;
  const resolution = resolutionOf(normalized);
  const { kind } = resolution;
  const canRetry = onRetry !== undefined;

  const step = useMemo((): NextStep => {
    const base = { kind, error: normalized, resolution, retry, cancel, release, held: held !== undefined };
    if (kind === 'retry') {
      const act = () => {
        if (retry.phase === 'retrying') return;
        reportEvent(config, normalized, kind, kind);
        retryNow();
      };
      return canRetry ? { ...base, act } : base;
    }
    return kind === 'none' ? base : { ...base, ...actionTarget(config, normalized, kind) };
  }, [normalized, resolution, kind, retry, cancel, release, held, retryNow, canRetry, config]);

  // In render, not an effect: no banner pays for a check that only ever speaks in development.
  if (process.env.NODE_ENV !== 'production' && active && (shown || held) && !step.act) warnUnavailable(kind);
  return step;
}

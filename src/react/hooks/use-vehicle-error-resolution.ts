import { useMemo } from 'react';
import { retryPolicyWith } from '../../core/retry-policy.js';
import { useVehicleErrorConfig } from '../config/context.js';
import type { VehicleErrorResolutionOptions, VehicleErrorResolutionState } from './resolution-types.js';
import { useResolutionState } from './use-resolution-state.js';
import { useResponseError } from './use-response-error.js';
import { useSecondsLeft } from './use-seconds-left.js';

const nothingToDo = () => undefined;

/**
 * What the owner can do about an error, ready for a custom UI: the kind, whether the app
 * configured it, and its controls (retry state and actions, a safe reconnect or support link).
 * Automatic retries run while the component using it is mounted; `secondsLeft` ticks every
 * second while one is scheduled. Retry state belongs to the problem: a banner, a modal and this
 * hook showing the same problem share one schedule; while an attempt runs and the app passes
 * `null`, the state stays the problem's (`inFlight`).
 *
 * @example
 * const next = useVehicleErrorResolution(error, { onRetry: refetch });
 * if (next.kind === 'retry' && next.available) return <button onClick={next.retryNow}>Try again</button>;
 */
export function useVehicleErrorResolution(
  error: unknown,
  options: VehicleErrorResolutionOptions = {},
): VehicleErrorResolutionState {
  const step = useResolutionState(useVehicleErrorConfig(), useResponseError(error), options);
  const { kind, error: normalized, resolution, act, href, retry, cancel } = step;
  const { phase, nextRetryAt } = retry;
  const secondsLeft = useSecondsLeft(kind === 'retry' && phase === 'scheduled' ? nextRetryAt : undefined);
  // Automatic attempts allowed: the policy's, when the schedule runs on its own.
  const automatic = kind === 'retry' && resolution.automatic && act !== undefined;
  const maxAttempts = automatic ? Math.max(0, Math.floor(retryPolicyWith(normalized, options.retryPolicy).maxAttempts)) : 0;

  return useMemo((): VehicleErrorResolutionState => {
    const base = { error: normalized, resolution, available: act !== undefined };
    const link = href === undefined ? {} : { href };
    if (kind === 'none') return { ...base, kind, available: false };
    if (kind === 'reauthenticate') return { ...base, ...link, kind, reauthenticate: act ?? nothingToDo };
    if (kind === 'contactSupport') {
      const { requestId } = normalized;
      return { ...base, ...link, kind, ...(requestId ? { requestId } : {}), contactSupport: act ?? nothingToDo };
    }
    return {
      ...base,
      kind,
      automatic: maxAttempts > 0,
      phase,
      attempt: retry.attempt,
      maxAttempts,
      ...(nextRetryAt === undefined ? {} : { nextRetryAt }),
      ...(secondsLeft === undefined ? {} : { secondsLeft }),
      retryNow: act ?? nothingToDo,
      byDataLayer: retry.byDataLayer === true,
      cancel,
      inFlight: phase === 'retrying',
      exhausted: phase === 'exhausted',
      paused: phase === 'paused',
      succeeded: phase === 'succeeded',
    };
  }, [kind, normalized, resolution, act, href, retry, phase, nextRetryAt, cancel, maxAttempts, secondsLeft]);
}

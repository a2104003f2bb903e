import { useMemo } from 'react';
import { useVehicleErrorConfig } from '../config/context.js';
import type { VehicleErrorResolutionOptions, VehicleErrorResolutionState } from './resolution-types.js';
import { useResolutionState } from './use-resolution-state.js';
import { useSecondsLeft } from './use-seconds-left.js';

/**
 * What the owner can do about an error, ready for a custom UI: the kind, whether the app
 * configured it, and its controls (retry state and actions, a safe reconnect or support link).
 * Automatic retries run while the component using it is mounted; `secondsLeft` ticks every
 * second while one is scheduled.
 *
 * @example
 * const next = useVehicleErrorResolution(error, { onRetry: refetch });
 * if (next.kind === 'retry' && next.available) return <button onClick={next.retryNow}>Try again</button>;
 */
export function useVehicleErrorResolution(
  error: unknown,
  options: VehicleErrorResolutionOptions = {},
): VehicleErrorResolutionState {
  const state = useResolutionState(useVehicleErrorConfig(), error, options);
  const deadline = state.kind === 'retry' && state.phase === 'scheduled' ? state.nextRetryAt : undefined;
  const secondsLeft = useSecondsLeft(deadline);
  return useMemo(() => (state.kind === 'retry' && secondsLeft !== undefined ? { ...state, secondsLeft } : state), [state, secondsLeft]);
}

import { useCallback, useMemo, useReducer } from 'react';
import type { VehicleError } from '../../core/types.js';
import { emptyWebhookState, activeErrors, webhookReducer } from './webhook-state.js';
import { normalizeVehicleErrors } from '../../core/normalize/index.js';

/** What {@link useVehicleErrorState} returns. */
export interface VehicleErrorState {
  /** Errors still active, most urgent first. Hand them to the banner: `error={errors}`. */
  errors: readonly VehicleError[];
  /**
   * Set when a RESOLVED event cleared the last active error, until `acknowledgeResolved()` or a
   * new error: show "connected again" once with `<VehicleErrorBanner error={resolved} />`.
   */
  resolved: VehicleError | undefined;
  /**
   * Applies a webhook event (or anything normalizable): ERROR adds, RESOLVED removes, matched by
   * vehicle, type and code. An event id seen before is ignored.
   */
  apply: (event: unknown) => void;
  /** The "connected again" notice was shown or dismissed. */
  acknowledgeResolved: () => void;
  /** Forgets every active error (event ids stay remembered). */
  clear: () => void;
}

/**
 * Live vehicle error state from `VEHICLE_ERROR` webhook events (pushed to the browser by the
 * app's server, e.g. over a WebSocket). Idempotent by `eventId`.
 *
 * @example
 * const { errors, resolved, apply, acknowledgeResolved } = useVehicleErrorState();
 * useEffect(() => socket.on('vehicle-error', apply), [apply]);
 * return errors.length > 0
 *   ? <VehicleErrorBanner error={errors} />
 *   : <VehicleErrorBanner error={resolved} onDismiss={acknowledgeResolved} />;
 */
export function useVehicleErrorState(): VehicleErrorState {
  const [state, dispatch] = useReducer(webhookReducer, emptyWebhookState);
  const apply = useCallback((event: unknown) => {
    const errors = normalizeVehicleErrors(event);
    dispatch({ type: 'apply', eventId: eventIdOf(event, errors), errors });
  }, []);
  const acknowledgeResolved = useCallback(() => dispatch({ type: 'acknowledge' }), []);
  const clear = useCallback(() => dispatch({ type: 'clear' }), []);
  const errors = useMemo(() => activeErrors(state), [state]);
  return { errors, resolved: state.resolved, apply, acknowledgeResolved, clear };
}

function eventIdOf(event: unknown, errors: readonly VehicleError[]): string | undefined {
  const fromErrors = errors.find((error) => error.eventId !== undefined)?.eventId;
  if (fromErrors !== undefined) return fromErrors;
  const raw = typeof event === 'object' && event !== null ? (event as { eventId?: unknown }).eventId : undefined;
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
}

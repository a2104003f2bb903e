import { entryForError } from './catalog.js';
import { resolveVehicleError } from './resolve.js';
import type { VehicleError } from './types.js';

/**
 * How urgent an error is for the owner; lower is more urgent. Active errors come before resolved
 * ones; then what the owner must do first (reconnect, then act and retry by hand, then contact
 * support, then wait for an automatic retry, then nothing, or an error nobody can place); then
 * errors we know before unknown.
 */
function urgency(error: VehicleError): number {
  const resolution = resolveVehicleError(error);
  const step =
    resolution.kind === 'reauthenticate' ? 0
    : resolution.kind === 'retry' && !resolution.automatic ? (entryForError(error) ? 1 : 4)
    : resolution.kind === 'contactSupport' ? 2
    : resolution.kind === 'retry' ? 3
    : 4;
  return (error.state === 'RESOLVED' ? 10 : 0) + step * 2 + (error.known ? 0 : 1);
}

/**
 * The error to show first among several (a webhook event, a batch body); ties keep input order.
 *
 * @example
 * mostRelevantVehicleError(normalizeVehicleErrors(webhookEvent)); // the ERROR that needs a reconnect
 */
export function mostRelevantVehicleError<T extends VehicleError>(errors: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestUrgency = Infinity;
  for (const error of errors) {
    const value = urgency(error);
    if (value < bestUrgency) {
      best = error;
      bestUrgency = value;
    }
  }
  return best;
}

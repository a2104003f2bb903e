import type { VehicleError } from '../types.js';
import { genericVehicleError } from './build.js';
import type { ReadContext } from './context.js';
import { readResponseFacts, withResponseFacts } from './headers.js';
import { field, hasField, isFields } from './read.js';

/**
 * Errors wrapped by an HTTP client or another error: `error.response.data` (axios and friends,
 * with the response's status and headers) and `error.cause`.
 */
export function readWrapped(value: object, context: ReadContext): VehicleError[] {
  const response = field(value, 'response');
  if (isFields(response) && hasField(response, 'data')) {
    const facts = readResponseFacts(response);
    const found = context.read(field(response, 'data'));
    const errors = found.length > 0 ? found : facts.statusCode === undefined ? [] : [genericVehicleError()];
    return errors.map((error) => withResponseFacts(error, facts));
  }
  const cause = field(value, 'cause');
  return cause === undefined || cause === null ? [] : context.read(cause);
}

import type { VehicleError, VehicleErrorSource } from '../types.js';
import { buildVehicleError } from './build.js';
import type { ReadContext } from './context.js';
import { readErrorFields } from './fields.js';
import { hasField } from './read.js';

/**
 * One flat error object (v2 body, v3 item, SDK error): an error when it names a valid type; an
 * `UNKNOWN` error keeping its status and text when it only looks like an error; else nothing.
 */
export function readFlatError(value: unknown, source: VehicleErrorSource, context: ReadContext): VehicleError | undefined {
  const parts = readErrorFields(value);
  if (parts.type !== undefined) return buildVehicleError(parts, source);
  if (hasField(value, 'type')) context.problem('an error `type` is not an identifier (letters, digits, `_`); it was ignored.');
  if (parts.statusCode === undefined && parts.description === undefined && parts.requestId === undefined) return undefined;
  context.problem('an error has no recognisable `type`; showing a generic message.');
  return buildVehicleError(parts, source);
}

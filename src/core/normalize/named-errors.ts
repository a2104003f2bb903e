import type { VehicleError } from '../types.js';
import { buildVehicleError } from './build.js';
import { readConnectError } from './connect.js';
import type { ReadContext } from './context.js';
import { readErrorFields } from './fields.js';
import { typeOfLegacyName } from './legacy-types.js';
import { limits } from './limits.js';
import { field } from './read.js';
import { text } from './values.js';

/** The Connect JS SDK's error classes, by `name`, and the redirect code each stands for. */
const connectErrorNames = new Map([
  ['AccessDenied', 'access_denied'],
  ['InvalidSubscription', 'invalid_subscription'],
  ['VehicleIncompatible', 'vehicle_incompatible'],
]);

// For every other Connect code the JS SDK throws a plain Error with the code in its message.
const UNEXPECTED_CONNECT = /^Unexpected error: ([a-z][a-z0-9_]{0,63}) - ?(.*)$/s;

/**
 * Errors that say what they are only by `name` or `message`, with no `type`: the Connect JS SDK's
 * `AccessDenied`, `InvalidSubscription`, `VehicleIncompatible` (with `vehicleInfo`) and
 * `Error('Unexpected error: <code> - <description>')`, and the first Node SDK's errors named
 * after v1 errors (`vehicle_state_error` with `code` and `statusCode`). `undefined` for others.
 */
export function readNamedError(value: object, context: ReadContext): VehicleError[] | undefined {
  const name = text(field(value, 'name'), limits.short) ?? '';
  const message = field(value, 'message');
  const connectCode = connectErrorNames.get(name);
  if (connectCode !== undefined) {
    const params: Record<string, unknown> = { error: connectCode, error_description: message, vehicleInfo: field(value, 'vehicleInfo') };
    return readConnectError((key) => (Object.hasOwn(params, key) ? params[key] : undefined), context);
  }
  const unexpected = typeof message === 'string' ? UNEXPECTED_CONNECT.exec(message) : null;
  if (unexpected) {
    const [, code, description] = unexpected;
    return readConnectError((key) => (key === 'error' ? code : key === 'error_description' ? description : undefined), context);
  }
  // Exact names only: a `name` is often a class name, not an error the API sent.
  const type = typeOfLegacyName(name, false);
  return type === undefined ? undefined : [buildVehicleError({ ...readErrorFields(value), type }, 'sdk')];
}

import type { VehicleError } from '../types.js';
import { buildVehicleError } from './build.js';
import { readErrorFields } from './fields.js';
import { field, hasField } from './read.js';
import { identifier } from './values.js';

/** The API type each v1 `error` string stands for; a Map so `__proto__` is just a key. */
const v1Types = new Map([
  ['authentication_error', 'AUTHENTICATION'],
  ['gateway_timeout_error', 'UPSTREAM'],
  ['monthly_limit_exceeded', 'BILLING'],
  ['permission_error', 'PERMISSION'],
  ['rate_limiting_error', 'RATE_LIMIT'],
  ['resource_not_found_error', 'RESOURCE_NOT_FOUND'],
  ['server_error', 'SERVER'],
  ['smartcar_not_capable_error', 'COMPATIBILITY'],
  ['validation_error', 'VALIDATION'],
  ['vehicle_not_capable_error', 'COMPATIBILITY'],
  ['vehicle_state_error', 'VEHICLE_STATE'],
]);

/**
 * v1 bodies say `{ error, message, code }`. Connect redirects also have `error` (even
 * `server_error`) but never `message` or `code`, which is how the two are told apart.
 */
export function isV1Body(value: object): boolean {
  return hasField(value, 'message') || hasField(value, 'code');
}

/** A v1 body: its `error` string mapped to the API type, its raw code (`VS_000`) kept. */
export function readV1Body(value: object): VehicleError {
  const name = identifier(field(value, 'error'))?.toLowerCase();
  const type = name === undefined ? undefined : (v1Types.get(name) ?? name.replace(/_error$/, '').toUpperCase());
  return buildVehicleError({ ...readErrorFields(value), type }, 'v1');
}

import type { VehicleError } from '../types.js';
import { buildVehicleError } from './build.js';
import { readErrorFields } from './fields.js';
import { typeOfLegacyName } from './legacy-types.js';
import { field } from './read.js';
import { identifier } from './values.js';

/**
 * v1 bodies say `{ error, message, code }`. Connect redirects also have `error` (even
 * `server_error`) but never a `message` or `code` string: the Connect JS SDK's message object
 * carries `code: null` (no authorization code) next to its `error`.
 */
export function isV1Body(value: object): boolean {
  return typeof field(value, 'message') === 'string' || typeof field(value, 'code') === 'string';
}

/** A v1 body: its `error` string mapped to the API type, its raw code (`VS_000`) kept. */
export function readV1Body(value: object): VehicleError {
  const name = identifier(field(value, 'error'))?.toLowerCase();
  const type = name === undefined ? undefined : (typeOfLegacyName(name) ?? name.toUpperCase());
  return buildVehicleError({ ...readErrorFields(value), type }, 'v1');
}

import type { VehicleError } from '../types.js';
import { buildVehicleError } from './build.js';
import type { ReadContext } from './context.js';
import { httpStatus, text } from './values.js';
import { readVehicle, readVehicleFacts } from './webhook-fields.js';

const CONNECT_CODE = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * A Connect redirect error from its parameters (query string, `URLSearchParams`, plain object):
 * `error` becomes the lower-case code of type `CONNECT`; `make`, `model`, `year`, `vin` (or the
 * mobile and JS SDKs' `vehicleInfo` object) the vehicle facts; `error_description` (the JS SDK's
 * message says `errorDescription`, else `error_message`) the description.
 */
export function readConnectError(get: (name: string) => unknown, context: ReadContext): VehicleError[] {
  const raw = get('error');
  const code = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!CONNECT_CODE.test(code)) {
    context.problem('a Connect redirect `error` is not a lower-case code; it was ignored.');
    return [];
  }
  const error = buildVehicleError(
    {
      type: 'CONNECT',
      code,
      statusCode: httpStatus(get('status_code')),
      description: text(get('error_description')) ?? text(get('errorDescription')) ?? text(get('error_message')),
      vehicle: readVehicleFacts(get) ?? readVehicle(get('vehicleInfo')),
    },
    'connect',
  );
  return [error];
}

/** Connect parameters from `URLSearchParams`; no `error` parameter means it is no Connect error. */
export function readConnectParams(params: URLSearchParams, context: ReadContext): VehicleError[] {
  if (!params.has('error')) {
    context.problem('a URL or query string has no `error` parameter, so it is not a Connect error.');
    return [];
  }
  return readConnectError((name) => params.get(name) ?? undefined, context);
}

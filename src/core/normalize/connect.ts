import type { VehicleError } from '../types.js';
import { buildVehicleError } from './build.js';
import { legacyType, readErrorFields, readVehicle } from './fields.js';
import { field, first, httpStatus, identifier, shortText, text } from './read.js';
import { note } from './session.js';

/**
 * A Connect redirect error from its parameters: `error` becomes the lower-case code of type
 * `CONNECT`; `make`, `model`, `year`, `vin` (or the mobile and JS SDKs' `vehicleInfo` object) the
 * vehicle facts; `error_description` (the JS SDK's message says `errorDescription`, else
 * `error_message`) the description.
 */
export function readConnectError(value: unknown): VehicleError[] {
  const raw = field(value, 'error');
  const code = identifier(typeof raw === 'string' ? raw.toLowerCase() : undefined);
  if (!code) {
    note('connectCode');
    return [];
  }
  const error = buildVehicleError(
    {
      type: 'CONNECT',
      code,
      statusCode: httpStatus(field(value, 'status_code')),
      description: first(value, 'error_description errorDescription error_message', text),
      vehicle: readVehicle(value) ?? readVehicle(field(value, 'vehicleInfo')),
    },
    'connect',
  );
  return [error];
}

/** Connect parameters from `URLSearchParams`; no `error` parameter means it is no Connect error. */
export function readConnectParams(params: URLSearchParams): VehicleError[] {
  // As an object, the first of repeated names winning (like `get`); `__proto__` is just a key.
  if (params.has('error')) return readConnectError(Object.fromEntries([...params].reverse()));
  note('noErrorParam');
  return [];
}

/**
 * The Connect parameters of a URL, absolute or relative (a path or a bare `?query`): its query,
 * else its fragment (some OAuth flows use it).
 */
export function readUrl(url: URL | string): VehicleError[] {
  try {
    const { searchParams, hash } = new URL(url, 'http://localhost');
    return readConnectParams(searchParams.has('error') ? searchParams : new URLSearchParams(hash.slice(1)));
  } catch {
    note('badUrl');
    return [];
  }
}

/** A string that is not JSON can only be a Connect redirect: a URL, a path, or a query string with or without `?`. */
export function readRedirect(value: string): VehicleError[] {
  if (value.length <= 16_384) {
    if (/^([a-z][a-z0-9+.-]*:|[/.?#])/i.test(value)) return readUrl(value);
    if (/^[^\s=&]+=/.test(value)) return readConnectParams(new URLSearchParams(value));
  }
  note('notConnect');
  return [];
}

/**
 * Errors that say what they are only by `name` or `message`, with no `type`: the Connect JS SDK's
 * `AccessDenied`, `InvalidSubscription`, `VehicleIncompatible` (with `vehicleInfo`) and
 * `Error('Unexpected error: <code> - <description>')`, and the first Node SDK's errors named
 * after v1 errors (`vehicle_state_error` with `code` and `statusCode`). `undefined` for others.
 */
export function readNamedError(value: object): VehicleError[] | undefined {
  const name = shortText(field(value, 'name')) ?? '';
  const message = field(value, 'message');
  if (/^(AccessDenied|InvalidSubscription|VehicleIncompatible)$/.test(name)) {
    // The class name is the redirect code in PascalCase.
    const error = name.replace(/\B[A-Z]/g, '_$&').toLowerCase();
    return readConnectError({ error, error_description: message, vehicleInfo: field(value, 'vehicleInfo') });
  }
  // For every other Connect code the JS SDK throws a plain Error with the code in its message.
  const unexpected = typeof message === 'string' ? /^Unexpected error: ([a-z][a-z0-9_]{0,63}) - ?(.*)$/s.exec(message) : null;
  if (unexpected) return readConnectError({ error: unexpected[1], error_description: unexpected[2] });
  // Exact names only: a `name` is often a class name, not an error the API sent.
  const type = legacyType(name, true);
  return type === undefined ? undefined : [buildVehicleError({ ...readErrorFields(value), type }, 'sdk')];
}

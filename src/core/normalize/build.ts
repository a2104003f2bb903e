import { findCatalogEntry } from '../catalog.js';
import { parseRetryAfter } from '../retry-policy.js';
import type { VehicleError, VehicleErrorSource } from '../types.js';
import { field, first, httpStatus, shortText } from './read.js';

/** Everything a reader found; missing parts get their defaults in `buildVehicleError`. */
export type ErrorParts = Partial<Omit<VehicleError, 'source' | 'known'>>;

/** What a response says outside its body. */
export type ResponseFacts = Pick<ErrorParts, 'statusCode' | 'requestId' | 'retryAfterMs'>;

/**
 * A VehicleError with no `undefined`-valued keys, so normalizing twice gives an equal object. An
 * error without a type is the generic `UNKNOWN` one, whatever shape it came from.
 */
export function buildVehicleError(parts: ErrorParts, source: VehicleErrorSource): VehicleError {
  // Own properties only: a polluted Object.prototype must not give `{}` a type.
  const own = <K extends keyof ErrorParts>(key: K): ErrorParts[K] => (Object.hasOwn(parts, key) ? parts[key] : undefined);
  const type = own('type') ?? 'UNKNOWN';
  const unknown = type === 'UNKNOWN';
  const code = unknown ? null : (own('code') ?? null);
  const error: VehicleError = {
    type,
    code,
    resolution: own('resolution') ?? { type: null },
    source: unknown ? 'unknown' : source,
    // Every type has a type-level row, so a row for the code implies the type is known too.
    known: findCatalogEntry(type, code) !== undefined,
  };
  for (const [key, value] of Object.entries(parts)) {
    if (value !== undefined && !(key in error)) Object.assign(error, { [key]: value });
  }
  return error;
}

/** The error for input we could not read: no type, no code, nothing to resolve. */
export const genericVehicleError = (): VehicleError => buildVehicleError({}, 'unknown');

/** The error with the response's facts filling what its body left out (the body wins). */
export const withResponseFacts = (error: VehicleError, facts: ResponseFacts, source = error.source): VehicleError =>
  buildVehicleError({ ...facts, ...error }, source);

/** One header from a `Headers` object or a plain object (any key case); never throws. */
function header(headers: unknown, name: string): unknown {
  try {
    const get = field(headers, 'get');
    if (typeof get === 'function') return Reflect.apply(get, headers, [name]) ?? undefined;
    const key = Object.keys(headers as object).slice(0, 100).find((candidate) => candidate.toLowerCase() === name);
    return key && field(headers, key);
  } catch {
    return undefined;
  }
}

/** `Retry-After` and the request id from response headers. */
export const readHeaderFacts = (headers: unknown): ResponseFacts => ({
  retryAfterMs: parseRetryAfter(header(headers, 'retry-after')),
  requestId: first(headers, 'sc-request-id x-request-id request-id', shortText, header),
});

/** Status and header facts of a fetch `Response` (or anything with `status` or got's `statusCode`, and `headers`). */
export const readResponseFacts = (response: unknown): ResponseFacts => ({
  statusCode: first(response, 'status statusCode', httpStatus),
  ...readHeaderFacts(field(response, 'headers')),
});

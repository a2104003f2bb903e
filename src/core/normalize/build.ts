import { findCatalogEntry, isKnownType } from '../catalog.js';
import type { VehicleError, VehicleErrorSource } from '../types.js';

/** Everything a reader found; missing parts get their defaults in `buildVehicleError`. */
export type ErrorParts = Partial<Omit<VehicleError, 'source' | 'known'>>;

/** Whether the catalog documents this type, and this code when there is one. */
function isKnown(type: string, code: string | null): boolean {
  return isKnownType(type) && (code === null || findCatalogEntry(type, code) !== undefined);
}

/**
 * A VehicleError with no `undefined`-valued keys, so normalizing twice gives an equal object. An
 * error without a type is the generic `UNKNOWN` one, whatever shape it came from.
 */
export function buildVehicleError(parts: ErrorParts, source: VehicleErrorSource): VehicleError {
  // Own properties only: a polluted Object.prototype must not give `{}` a type.
  const own = <K extends keyof ErrorParts>(key: K): ErrorParts[K] => (Object.hasOwn(parts, key) ? parts[key] : undefined);
  const type = own('type') ?? 'UNKNOWN';
  const code = type === 'UNKNOWN' ? null : (own('code') ?? null);
  const error: VehicleError = {
    type,
    code,
    resolution: own('resolution') ?? { type: null },
    source: type === 'UNKNOWN' ? 'unknown' : source,
    known: isKnown(type, code),
  };
  for (const [key, value] of Object.entries(parts)) {
    if (value !== undefined && !(key in error)) Object.assign(error, { [key]: value });
  }
  return error;
}

/**
 * The error for input we could not read: no type, no code, nothing to resolve.
 *
 * @example genericVehicleError(502); // { type: 'UNKNOWN', code: null, statusCode: 502, … }
 */
export function genericVehicleError(statusCode?: number): VehicleError {
  return buildVehicleError(statusCode === undefined ? {} : { statusCode }, 'unknown');
}

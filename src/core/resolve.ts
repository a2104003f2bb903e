import { catalogEntryFor } from './catalog.js';
import { safeUrl } from './safe-url.js';
import type { Resolution, ResolutionKind, VehicleError } from './types.js';

const documentedKinds = new Map<string | null, ResolutionKind>([
  ['RETRY_LATER', 'retry'],
  ['REAUTHENTICATE', 'reauthenticate'],
  ['CONTACT_SUPPORT', 'contactSupport'],
]);

/** Statuses whose meaning alone says waiting may help. */
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

function kindFromStatus(status: number | undefined = 0): ResolutionKind | undefined {
  if (status === 401 || status === 403) return 'reauthenticate';
  if (status === 409 || TRANSIENT_STATUSES.has(status) || (status >= 500 && status !== 501 && status < 600)) return 'retry';
  return status >= 400 && status < 500 ? 'contactSupport' : undefined;
}

/**
 * What the owner can do about an error. The payload's documented `resolution.type` wins; any
 * other value (or `null`) falls back to the catalog's default for the type and code, then to the
 * HTTP status, then to `none`.
 *
 * @example
 * resolveVehicleError(normalizeVehicleError(body));
 * // { kind: 'retry', automatic: true, retryAfterMs: 30000 }
 */
export function resolveVehicleError(error: VehicleError): Resolution {
  try {
    return resolve(error);
  } catch {
    // JavaScript callers may hand us a raw payload or a hostile object: offer nothing, never crash.
    return { kind: 'none', automatic: false };
  }
}

function resolve(error: VehicleError): Resolution {
  const declared = error.resolution.type;
  const entry = catalogEntryFor(error.type, error.code);
  const explicit = documentedKinds.get(declared);
  const kind = explicit ?? entry?.resolution ?? kindFromStatus(error.statusCode) ?? 'none';

  const resolution: Resolution = {
    kind,
    automatic:
      kind === 'retry' &&
      (declared === 'RETRY_LATER' ||
        (entry ? entry.transient : error.statusCode !== undefined && TRANSIENT_STATUSES.has(error.statusCode))),
  };
  if (kind === 'retry' && error.retryAfterMs !== undefined) resolution.retryAfterMs = error.retryAfterMs;
  const url = kind === 'reauthenticate' ? safeUrl(error.resolution.url) : undefined;
  if (url) resolution.url = url;
  return resolution;
}

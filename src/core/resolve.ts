import { entryForError } from './catalog.js';
import { safeUrl } from './safe-url.js';
import type { Resolution, ResolutionKind, VehicleError } from './types.js';

const documentedKinds = new Map<string | null, ResolutionKind>([
  ['RETRY_LATER', 'retry'],
  ['REAUTHENTICATE', 'reauthenticate'],
  ['CONTACT_SUPPORT', 'contactSupport'],
]);

/**
 * What the owner can do about an error. The payload's documented `resolution.type` wins; any
 * other value (or `null`) falls back to the catalog's default for the type and code, then to the
 * type the HTTP status stands for, then to a manual retry: an error nobody can place gets the
 * generic message, which asks the owner to try again. A webhook error whose condition has ended
 * (`state: 'RESOLVED'`) needs nothing. `url` is kept only when the payload declared
 * `REAUTHENTICATE` and the URL is safe: another step's page is not a place to reconnect.
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
  // The condition ended: there is nothing to retry or reconnect.
  if (error.state === 'RESOLVED') return { kind: 'none', automatic: false };
  const declared = error.resolution.type;
  const entry = entryForError(error);
  const kind = documentedKinds.get(declared) ?? entry?.resolution ?? 'retry';

  const resolution: Resolution = { kind, automatic: kind === 'retry' && (declared === 'RETRY_LATER' || entry?.transient === true) };
  if (kind === 'retry' && error.retryAfterMs !== undefined) resolution.retryAfterMs = error.retryAfterMs;
  const url = declared === 'REAUTHENTICATE' ? safeUrl(error.resolution.url) : undefined;
  if (url) resolution.url = url;
  return resolution;
}

import { mostRelevantVehicleError } from '../relevance.js';
import type { VehicleError } from '../types.js';
import { genericVehicleError, readResponseFacts, withResponseFacts } from './build.js';
import { read } from './dispatch.js';
import { field, MAX_ERRORS } from './read.js';
import { note, session } from './session.js';

/** Every error of one input, at most `MAX_ERRORS`. */
function readAll(input: unknown): VehicleError[] {
  const errors = read(input);
  if (errors.length <= MAX_ERRORS) return errors;
  note('manyErrors');
  return errors.slice(0, MAX_ERRORS);
}

/**
 * Every error in the input, in input order: API bodies (v1, v2, v3 `errors[]`, batch), SDK error
 * objects, HTTP client errors (axios, ky, got: their response's body and status, else a network
 * failure), `fetch` failures in every engine's wording (`NETWORK` with `UNREACHABLE`, `TIMEOUT`,
 * `OFFLINE` while the browser is offline, or `ABORTED` for a request the app cancelled itself,
 * with a development warning), Connect redirects (URL, query string, `URLSearchParams`, object),
 * `VEHICLE_ERROR` webhook events, JSON strings of those, and already-normalized errors. A fetch
 * `Response` gives its status and headers (`normalizeVehicleErrorResponse` reads its body). Never
 * throws and never returns an empty list: input it cannot read gives one generic `UNKNOWN` error
 * and a development warning.
 *
 * @example
 * normalizeVehicleErrors(webhookEvent).filter((error) => error.state === 'ERROR');
 */
export function normalizeVehicleErrors(input: unknown): VehicleError[] {
  return session(() => {
    const errors = readAll(input);
    if (errors.length > 0) return errors;
    note('notUnderstood');
    return [genericVehicleError()];
  });
}

/**
 * The most relevant error in the input (see `normalizeVehicleErrors` for the shapes it reads):
 * an active error before a resolved one, the one the owner must act on first. Never throws.
 *
 * @example
 * const error = normalizeVehicleError(await response.json());
 * resolveVehicleError(error).kind; // 'retry'
 */
export function normalizeVehicleError(input: unknown): VehicleError {
  return mostRelevantVehicleError(normalizeVehicleErrors(input)) ?? genericVehicleError();
}

/**
 * The most relevant error of a failed fetch `Response`: its body (JSON, or text holding JSON) read
 * like `normalizeVehicleError` does, then `Retry-After` (seconds or an HTTP date) and the request
 * id header (`sc-request-id`, `x-request-id`, `request-id`) where the body has none. A body that
 * is empty or not JSON still gives an error with the response's status. Never rejects.
 *
 * @example
 * const response = await fetch(url);
 * if (!response.ok) setError(await normalizeVehicleErrorResponse(response));
 */
export async function normalizeVehicleErrorResponse(response: Response): Promise<VehicleError> {
  try {
    const facts = readResponseFacts(response);
    const readText = field(response, 'text');
    let body: unknown;
    try {
      body = typeof readText === 'function' ? await Reflect.apply(readText, response, []) : undefined;
    } catch {
      // Already read, or the network failed: the status and headers still say something.
    }
    const json = typeof body === 'string' ? body.slice(0, 100_000).trim() : '';
    return session(() => {
      // Proxies and gateways answer with HTML or plain text; the status alone still says enough.
      const errors = /^[{[]/.test(json) ? readAll(json) : [];
      if (errors.length === 0 && !((facts.statusCode ?? 0) >= 400)) note('okResponse');
      return withResponseFacts(mostRelevantVehicleError(errors) ?? genericVehicleError(), facts);
    });
  } catch {
    return genericVehicleError();
  }
}

import { mostRelevantVehicleError } from '../relevance.js';
import type { VehicleError } from '../types.js';
import { genericVehicleError } from './build.js';
import { ReadContext } from './context.js';
import { readValue } from './dispatch.js';
import { readResponseFacts, withResponseFacts } from './headers.js';
import { limits } from './limits.js';
import { readAll } from './normalize.js';
import { field } from './read.js';

/** The body as text, or `undefined` when it cannot be read (already used, network error). */
async function readBodyText(response: Response): Promise<string | undefined> {
  try {
    const read = field(response, 'text');
    if (typeof read !== 'function') return undefined;
    const body: unknown = await Reflect.apply(read, response, []);
    return typeof body === 'string' ? body.slice(0, limits.json) : undefined;
  } catch {
    return undefined;
  }
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
    const context = new ReadContext(readValue);
    const facts = readResponseFacts(response);
    const body = (await readBodyText(response))?.trim() ?? '';
    // Proxies and gateways answer with HTML or plain text; the status alone still says enough.
    const errors = body.startsWith('{') || body.startsWith('[') ? readAll(body, context) : [];
    if (errors.length === 0 && !(facts.statusCode !== undefined && facts.statusCode >= 400)) {
      context.problem('received a Response that is not an error (no status of 400 or more, no error body).');
    }
    context.flush();
    return withResponseFacts(mostRelevantVehicleError(errors) ?? genericVehicleError(), facts);
  } catch {
    return genericVehicleError();
  }
}

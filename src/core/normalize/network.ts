import type { VehicleError } from '../types.js';
import { buildVehicleError } from './build.js';
import { field, identifier, isObject, text } from './read.js';
import { note } from './session.js';

/**
 * The app's own request that got no answer: what each browser's `fetch`, Node's `fetch` (and the
 * vendor's Node SDK on it), axios, ky and got throw when the connection fails, times out or is
 * cancelled, told by their names and codes. Most certain last: a timeout or cancellation deep in
 * `cause` outweighs the generic "fetch failed" around it.
 */
const CODES = ['UNREACHABLE', 'TIMEOUT', 'ABORTED'] as const;
const NAMES_AND_CODES = [
  // ky's NetworkError, axios's ERR_NETWORK ("Network Error"), socket and DNS errors, undici's UND_ERR_*.
  /^(NetworkError|ERR_NETWORK|E(CONN(REFUSED|RESET)|NOTFOUND|AI_AGAIN|(HOST|NET)UNREACH|NETDOWN|PIPE)|UND_ERR_)/,
  // AbortSignal.timeout(), ky's and got's TimeoutError, axios's ECONNABORTED or ETIMEDOUT, UND_ERR_*_TIMEOUT.
  /^TimeoutError$|TIMED?OUT$|^ECONNABORTED$/,
  // AbortController.abort(), axios's CanceledError (ERR_CANCELED), got's AbortError (ERR_ABORTED).
  /^(AbortError|CanceledError)$|_(CANCELED|ABORTED)$/,
];
// The TypeError each engine's fetch rejects with: Chrome (with the host since 2025, not for a lazy
// module), Firefox, Safari (new and old), Node (and a body cut short), React Native, Bun, Deno, Workers.
const FAILED_FETCH =
  /^(Failed to fetch(?! dynamically)|NetworkError when|Load failed|The (Internet|network) connection|fetch failed|terminated$|Network request failed|network error$|A network error occurred|error sending request|Network connection lost)/;

/** The index in `CODES` of what one error says, or -1. */
function rank(item: unknown): number {
  const name = identifier(field(item, 'name'));
  const message = text(field(item, 'message')) ?? '';
  let found = name === 'TypeError' && FAILED_FETCH.test(message) ? 0 : -1;
  for (const word of [name, identifier(field(item, 'code'))]) {
    NAMES_AND_CODES.forEach((pattern, index) => {
      if (word && pattern.test(word)) found = Math.max(found, index);
    });
  }
  // The vendor's Node SDK turns its own AbortSignal.timeout() into SmartcarError(408, 'Request timed out').
  return message === 'Request timed out' ? Math.max(found, 1) : found;
}

/**
 * A `NETWORK` error for an HTTP client's or `fetch`'s failure without a response, looking through
 * up to three `cause`s (Node's fetch keeps the socket error there, ky wraps fetch's error);
 * `OFFLINE` whenever the browser is offline. `undefined` when the value is no such failure.
 */
export function readNetworkError(value: object): VehicleError[] | undefined {
  let found = -1;
  for (let item: unknown = value, depth = 0; depth < 4 && isObject(item); item = field(item, 'cause'), depth += 1) {
    found = Math.max(found, rank(item));
  }
  const code = CODES[found];
  if (code === undefined) return undefined;
  if (code === 'ABORTED') note('aborted');
  // The browser's word for it; unknown (a server, Node) counts as online.
  const offline = code !== 'ABORTED' && globalThis.navigator?.onLine === false;
  const error = { type: 'NETWORK', code: offline ? 'OFFLINE' : code, description: text(field(value, 'message')) };
  return [buildVehicleError(error, 'network')];
}

/** True for a request the app cancelled itself: not an error to show. */
export const isCancelledRequest = (error: VehicleError): boolean => error.type === 'NETWORK' && error.code === 'ABORTED';

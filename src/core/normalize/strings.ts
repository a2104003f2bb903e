import type { VehicleError } from '../types.js';
import { readConnectParams } from './connect.js';
import type { ReadContext } from './context.js';
import { limits } from './limits.js';

/**
 * A string is either JSON of another shape (a body the app did not parse) or a Connect redirect:
 * an absolute or relative URL, or a query string with or without `?`.
 */
export function readString(value: string, context: ReadContext): VehicleError[] {
  const trimmed = value.length > limits.json ? '' : value.trim();
  if (trimmed.length === 0) {
    context.problem(value.length > 0 ? 'received a string too long to be an error payload.' : 'received an empty string.');
    return [];
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJson(trimmed, context);
  const params = queryParams(trimmed);
  if (params) return readConnectParams(params, context);
  context.problem('received a string that is neither JSON nor a Connect redirect URL or query string.');
  return [];
}

function readJson(json: string, context: ReadContext): VehicleError[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    context.problem('received a string that looks like JSON but does not parse.');
    return [];
  }
  return context.read(parsed);
}

/** The parameters of a redirect URL or query string, looking in the fragment too (some OAuth flows use it). */
function queryParams(value: string): URLSearchParams | undefined {
  if (value.length > limits.query) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    try {
      return paramsOfUrl(new URL(value));
    } catch {
      return undefined;
    }
  }
  if (/^[/.]/.test(value)) {
    const query = /[?#](.*)$/s.exec(value);
    return new URLSearchParams(query ? query[1]?.replace('#', '&') : '');
  }
  if (/^[?#]/.test(value)) return new URLSearchParams(value.slice(1));
  return /^[^\s=&]+=/.test(value) ? new URLSearchParams(value) : undefined;
}

/** Connect parameters from a `URL` object (its query, else its fragment). */
export function readUrlObject(url: URL, context: ReadContext): VehicleError[] {
  try {
    return readConnectParams(paramsOfUrl(url), context);
  } catch {
    context.problem('received a URL object that could not be read.');
    return [];
  }
}

function paramsOfUrl(url: URL): URLSearchParams {
  return url.searchParams.has('error') ? url.searchParams : new URLSearchParams(url.hash.slice(1));
}

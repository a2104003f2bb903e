import { parseRetryAfter } from '../retry-policy.js';
import type { VehicleError } from '../types.js';
import { buildVehicleError } from './build.js';
import { limits } from './limits.js';
import { field, firstField, isFields } from './read.js';
import { httpStatus, text } from './values.js';

/** What a response says outside its body. */
export interface ResponseFacts {
  statusCode?: number;
  requestId?: string;
  retryAfterMs?: number;
}

const REQUEST_ID_HEADERS = ['sc-request-id', 'x-request-id', 'request-id'];

/** One header from a `Headers` object or a plain object (any key case); never throws. */
function headerValue(headers: unknown, name: string): unknown {
  if (!isFields(headers)) return undefined;
  try {
    const get = field(headers, 'get');
    if (typeof get === 'function') return Reflect.apply(get, headers, [name]) ?? undefined;
    const key = Object.keys(headers).slice(0, 100).find((candidate) => candidate.toLowerCase() === name);
    return key === undefined ? undefined : field(headers, key);
  } catch {
    return undefined;
  }
}

/** `Retry-After` and the request id from response headers. */
export function readHeaderFacts(headers: unknown): ResponseFacts {
  const facts: ResponseFacts = {};
  const retryAfterMs = parseRetryAfter(headerValue(headers, 'retry-after'));
  if (retryAfterMs !== undefined) facts.retryAfterMs = retryAfterMs;
  for (const name of REQUEST_ID_HEADERS) {
    const requestId = text(headerValue(headers, name), limits.short);
    if (requestId !== undefined) return { ...facts, requestId };
  }
  return facts;
}

/** Status and header facts of a fetch `Response` (or anything with `status` or got's `statusCode`, and `headers`). */
export function readResponseFacts(response: unknown): ResponseFacts {
  const statusCode = firstField(response, ['status', 'statusCode'], httpStatus);
  const facts = readHeaderFacts(field(response, 'headers'));
  return statusCode === undefined ? facts : { statusCode, ...facts };
}

/** The error with the response's facts filling what its body left out (the body wins). */
export function withResponseFacts(error: VehicleError, facts: ResponseFacts, source = error.source): VehicleError {
  return buildVehicleError(
    {
      ...error,
      statusCode: error.statusCode ?? facts.statusCode,
      requestId: error.requestId ?? facts.requestId,
      retryAfterMs: error.retryAfterMs ?? facts.retryAfterMs,
    },
    source,
  );
}

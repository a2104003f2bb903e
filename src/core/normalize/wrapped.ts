import type { VehicleError } from '../types.js';
import { genericVehicleError } from './build.js';
import type { ReadContext } from './context.js';
import { readHeaderFacts, readResponseFacts, withResponseFacts } from './headers.js';
import type { ResponseFacts } from './headers.js';
import { field, firstField, isArray, isFields, tagOf } from './read.js';
import { errorStatus } from './values.js';

/** A body a client already read: parsed JSON (object or array) or its text; never a stream. */
function readBody(value: unknown): unknown {
  if (typeof value === 'string') return value;
  return isFields(value) && (isArray(value) || tagOf(value) === '[object Object]') ? value : undefined;
}

/**
 * Errors wrapped by an HTTP client or another error: `error.response.data` (axios) or
 * `error.response.body` (got), with the response's status and headers (ky's unread fetch
 * `Response` gives its status alone); a `body` beside the
 * status (generated SDKs' `SDKError`, one batch response on its own); and `error.cause`.
 */
export function readWrapped(value: object, context: ReadContext): VehicleError[] {
  const response = field(value, 'response');
  const responseBody = readBody(field(response, 'data')) ?? readBody(field(response, 'body'));
  const responseFacts = readResponseFacts(response);
  if (responseBody !== undefined) return readWithFacts(responseBody, responseFacts, context);
  if (tagOf(response ?? {}) === '[object Response]' && responseFacts.statusCode !== undefined) {
    // ky and friends attach the fetch Response unread; its status still says something.
    context.problem('received an error holding an unread fetch Response; pass it to normalizeVehicleErrorResponse() to read its body.');
    return [withResponseFacts(genericVehicleError(), responseFacts)];
  }
  const body = readBody(field(value, 'body'));
  if (body !== undefined) {
    // A batch response names its HTTP status `code`; API error codes are never numbers.
    const statusCode = firstField(value, ['statusCode', 'status', 'code'], errorStatus);
    const facts = { ...readHeaderFacts(field(value, 'headers')), ...(statusCode === undefined ? {} : { statusCode }) };
    return readWithFacts(body, facts, context);
  }
  const cause = field(value, 'cause');
  return cause === undefined || cause === null ? [] : context.read(cause);
}

function readWithFacts(body: unknown, facts: ResponseFacts, context: ReadContext): VehicleError[] {
  const found = context.read(body);
  const errors = found.length > 0 ? found : facts.statusCode === undefined ? [] : [genericVehicleError()];
  return errors.map((error) => withResponseFacts(error, facts));
}

import type { VehicleError, VehicleErrorSource } from '../types.js';
import { buildVehicleError, genericVehicleError, readHeaderFacts, readResponseFacts, withResponseFacts } from './build.js';
import type { ResponseFacts } from './build.js';
import { readConnectError, readConnectParams, readNamedError, readRedirect, readUrl } from './connect.js';
import { apiType, readErrorFields } from './fields.js';
import { isSdkError, readFlatError, readV3List, readWebhookEvent } from './flat.js';
import { readNetworkError } from './network.js';
import { errorStatus, field, first, httpStatus, isArray, isObject, listItems, noteLongList, tagOf } from './read.js';
import { nested, note } from './session.js';

/** Every error in one value of any supported shape; `[]` (with a noted problem) when there is none. */
export const read = (value: unknown): VehicleError[] => nested(() => readValue(value));

function readValue(value: unknown): VehicleError[] {
  if (typeof value === 'string') return readString(value);
  if (!isObject(value)) {
    note(value === null || value === undefined ? 'nothing' : typeof value);
    return [];
  }
  if (isArray(value)) {
    noteLongList(value, 'manyValues');
    return listItems(value).flatMap(read);
  }
  const tag = tagOf(value);
  if (tag === '[object URL]') return readUrl(value as URL);
  if (tag === '[object URLSearchParams]') return readConnectParams(value as URLSearchParams);
  if (tag === '[object Response]') {
    note('fetchResponse');
    return [buildVehicleError(readResponseFacts(value), 'unknown')];
  }
  return readObject(value, tag);
}

/** JSON of any shape (a body the app did not parse), else a Connect redirect. */
function readString(value: string): VehicleError[] {
  const trimmed = value.length > 100_000 ? '' : value.trim();
  if (!trimmed) {
    note(value ? 'longString' : 'emptyString');
    return [];
  }
  if (!/^[{[]/.test(trimmed)) return readRedirect(trimmed);
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    note('badJson');
    return [];
  }
  return read(parsed);
}

function readObject(value: object, tag: string): VehicleError[] {
  const get = (key: string) => field(value, key);
  const source = get('source');
  if (typeof source === 'string' && /^(v[123]|sdk|batch|connect|webhook|network|unknown)$/.test(source) && typeof get('known') === 'boolean') {
    // Already normalized: cleaned again (it may have been edited since), so normalizing is idempotent.
    return [buildVehicleError(readErrorFields(value), source as VehicleErrorSource)];
  }
  const eventType = get('eventType');
  if (typeof eventType === 'string' && eventType.trim().toUpperCase() !== 'VEHICLE_ERROR') {
    note('otherEvent');
    return [];
  }
  if (typeof eventType === 'string' || isArray(field(get('data'), 'errors'))) return readWebhookEvent(value);
  if (isArray(get('responses'))) return readBatch(value);
  if (isArray(get('errors'))) return readV3List(get('errors'));
  if (get('type') === undefined) {
    // `{ error, message | code }` is v1, `{ error }` a Connect redirect, `{ error: {…} }` a wrapper.
    // Connect redirects never carry a `message` or `code` string (the JS SDK's has `code: null`).
    const error = get('error');
    if (typeof error === 'string') {
      const v1 = typeof get('message') === 'string' || typeof get('code') === 'string';
      return v1 ? [buildVehicleError({ ...readErrorFields(value), type: apiType(error, true) }, 'v1')] : readConnectError(value);
    }
    if (isObject(error)) return read(error);
    const named = readNamedError(value);
    if (named) return named;
    const wrapped = readWrapped(value);
    if (wrapped.length > 0) return wrapped;
  }
  const flat = readFlatError(value, isSdkError(value, tag) ? 'sdk' : 'v2');
  if (!flat) note('noFields');
  return flat ?? [];
}

/**
 * A batch body `{ responses: [{ path, code, body, headers }] }`: the errors of every response whose
 * HTTP `code` is 400 or more. A body's own status wins over the response's.
 */
function readBatch(value: object): VehicleError[] {
  const responses = field(value, 'responses');
  noteLongList(responses, 'manyResponses');
  const errors = listItems(responses).flatMap((item) => {
    const statusCode = first(item, 'code status statusCode', httpStatus);
    if (statusCode === undefined || statusCode < 400) return [];
    const body = field(item, 'body') ?? undefined;
    return readWithFacts(body, { statusCode, ...readHeaderFacts(field(item, 'headers')) }, 'batch');
  });
  if (errors.length === 0) note('noFailedResponse');
  return errors;
}

/** A body a client already read: parsed JSON (object or array) or its text; never a stream. */
const readBody = (value: unknown): unknown =>
  typeof value === 'string' || isArray(value) || (isObject(value) && tagOf(value) === '[object Object]') ? value : undefined;

/**
 * Errors wrapped by an HTTP client or another error: `error.response.data` (axios),
 * `error.response.body` (got) or ky's `error.data` beside its fetch `Response`, with the
 * response's status and headers (an unread `Response` gives its status alone); without a
 * response, a network failure, timeout or cancellation (`readNetworkError`); a `body` beside the
 * status (generated SDKs' `SDKError`, one batch response on its own); and `error.cause`.
 */
function readWrapped(value: object): VehicleError[] {
  const response = field(value, 'response');
  const responseBody = readBody(field(response, 'data')) ?? readBody(field(response, 'body')) ?? (isObject(response) ? readBody(field(value, 'data')) : undefined);
  const facts = readResponseFacts(response);
  if (responseBody !== undefined) return readWithFacts(responseBody, facts);
  if (tagOf(response) === '[object Response]' && facts.statusCode !== undefined) {
    note('unreadResponse');
    return [buildVehicleError(facts, 'unknown')];
  }
  const network = readNetworkError(value);
  if (network) return network;
  const body = readBody(field(value, 'body'));
  // A batch response names its HTTP status `code`; API error codes are never numbers.
  if (body !== undefined) return readWithFacts(body, { ...readHeaderFacts(field(value, 'headers')), statusCode: first(value, 'statusCode status code', errorStatus) });
  const cause = field(value, 'cause');
  return cause === undefined || cause === null ? [] : read(cause);
}

/** The body's errors (or, with an error status, the generic one) with the response's facts added. */
function readWithFacts(body: unknown, facts: ResponseFacts, source?: VehicleErrorSource): VehicleError[] {
  const found = body === undefined ? [] : read(body);
  const errors = found.length > 0 ? found : facts.statusCode === undefined ? [] : [genericVehicleError()];
  return errors.map((error) => withResponseFacts(error, facts, source));
}

import type { VehicleError, VehicleErrorSource } from '../types.js';
import { readBatch } from './batch.js';
import { buildVehicleError, genericVehicleError } from './build.js';
import { readConnectError, readConnectParams } from './connect.js';
import type { ReadContext } from './context.js';
import { readErrorFields } from './fields.js';
import { readFlatError } from './flat.js';
import { readResponseFacts, withResponseFacts } from './headers.js';
import { limits } from './limits.js';
import { readNamedError } from './named-errors.js';
import { arrayItems, field, hasField, isArray, isFields, tagOf } from './read.js';
import { readString, readUrlObject } from './strings.js';
import { isV1Body, readV1Body } from './v1.js';
import { readV3List } from './v3.js';
import { readWebhookEvent, webhookKind } from './webhook.js';
import { readWrapped } from './wrapped.js';

const SOURCES = new Set<string>(['v1', 'v2', 'v3', 'sdk', 'batch', 'connect', 'webhook', 'unknown']);

/** Every error in one value of any supported shape; `[]` (with a noted problem) when there is none. */
export function readValue(value: unknown, context: ReadContext): VehicleError[] {
  if (typeof value === 'string') return readString(value, context);
  if (!isFields(value)) {
    context.problem(value === null || value === undefined ? 'received nothing (null or undefined).' : `received a ${typeof value}, not an error payload.`);
    return [];
  }
  if (isArray(value)) return readArray(value, context);
  const tag = tagOf(value);
  if (tag === '[object URL]') return readUrlObject(value as URL, context);
  if (tag === '[object URLSearchParams]') return readConnectParams(value as URLSearchParams, context);
  if (tag === '[object Response]') {
    context.problem('received a fetch Response; use normalizeVehicleErrorResponse() to read its body.');
    return [withResponseFacts(genericVehicleError(), readResponseFacts(value))];
  }
  return readObject(value, tag, context);
}

function readObject(value: object, tag: string, context: ReadContext): VehicleError[] {
  const source = field(value, 'source');
  if (typeof source === 'string' && SOURCES.has(source) && typeof field(value, 'known') === 'boolean') {
    // Already normalized: cleaned again (it may have been edited since), so normalizing is idempotent.
    return [buildVehicleError(readErrorFields(value), source as VehicleErrorSource)];
  }
  const webhook = webhookKind(value);
  if (webhook === 'vehicleError') return readWebhookEvent(value, context);
  if (webhook === 'other') {
    context.problem('received a webhook event other than VEHICLE_ERROR.');
    return [];
  }
  if (isArray(field(value, 'responses'))) return readBatch(value, context);
  if (isArray(field(value, 'errors'))) return readV3List(value, context);
  if (!hasField(value, 'type')) {
    // `{ error, message | code }` is v1, `{ error }` a Connect redirect, `{ error: {…} }` a wrapper.
    const error = field(value, 'error');
    if (typeof error === 'string') return isV1Body(value) ? [readV1Body(value)] : readConnectError((name) => field(value, name), context);
    if (isFields(error)) return context.read(error);
    const named = readNamedError(value, context);
    if (named) return named;
    const wrapped = readWrapped(value, context);
    if (wrapped.length > 0) return wrapped;
  }
  const flat = readFlatError(value, isSdkError(value, tag) ? 'sdk' : 'v2', context);
  if (flat) return [flat];
  context.problem('received an object with none of the fields of a vehicle error (type, errors, error, responses, eventType).');
  return [];
}

/** SDK errors are `Error`s, or plain copies of one (they say `message` or `retryAfter`, not `description`). */
function isSdkError(value: object, tag: string): boolean {
  let isError = tag === '[object Error]';
  try {
    isError ||= value instanceof Error;
  } catch {
    // A Proxy whose prototype trap throws is no SDK error.
  }
  return isError || hasField(value, 'retryAfter') || hasField(value, 'retry_after') || (hasField(value, 'message') && !hasField(value, 'description'));
}

function readArray(value: readonly unknown[], context: ReadContext): VehicleError[] {
  const { items, truncated } = arrayItems(value, limits.errors);
  if (truncated) context.problem(`received more than ${limits.errors} values; the rest were ignored.`);
  return items.flatMap((item) => context.read(item));
}

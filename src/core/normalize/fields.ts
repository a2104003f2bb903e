import { parseRetryAfter } from '../retry-policy.js';
import { safeUrl } from '../safe-url.js';
import type { VehicleError } from '../types.js';
import type { ErrorParts } from './build.js';
import { limits } from './limits.js';
import { field, firstField, isFields } from './read.js';
import { httpStatus, identifier, milliseconds, ownerText, text } from './values.js';
import { readSignals, readState, readVehicle } from './webhook-fields.js';

/**
 * The fields of one flat error object, whatever its dialect: v2 (`statusCode`, `description`,
 * `docURL`), v3 items (`status`, `detail`/`title`, `links.about`, `meta.requestId`), SDK errors
 * (`message`, `retryAfter`, snake_case from other SDKs) and already-normalized errors.
 */
export function readErrorFields(value: unknown): ErrorParts {
  const links = field(value, 'links');
  const meta = field(value, 'meta');
  return {
    type: identifier(field(value, 'type'))?.toUpperCase(),
    code: identifier(field(value, 'code')) ?? null,
    statusCode: firstField(value, ['statusCode', 'status', 'status_code'], httpStatus),
    resolution: readResolution(field(value, 'resolution')),
    description: firstField(value, ['description', 'detail', 'title', 'message'], (raw) => text(raw)),
    suggestedUserMessage: firstField(value, ['suggestedUserMessage', 'suggested_user_message'], ownerText),
    requestId:
      firstField(value, ['requestId', 'request_id'], (raw) => text(raw, limits.short)) ??
      firstField(meta, ['requestId', 'request_id'], (raw) => text(raw, limits.short)),
    docUrl: firstField(value, ['docURL', 'docUrl', 'doc_url'], safeDocUrl) ?? safeDocUrl(field(links, 'about')),
    retryAfterMs:
      milliseconds(field(value, 'retryAfterMs')) ??
      firstField(value, ['retryAfter', 'retry_after'], (raw) => parseRetryAfter(raw)),
    state: readState(field(value, 'state')),
    signals: readSignals(field(value, 'signals')),
    vehicle: readVehicle(field(value, 'vehicle')),
    eventId: text(field(value, 'eventId'), limits.short),
  };
}

function safeDocUrl(raw: unknown): string | undefined {
  return safeUrl(raw, 'navigation');
}

/** `{ type, url }`, a bare `'RETRY_LATER'`, or missing: always `{ type }` plus a safe `url`. */
function readResolution(value: unknown): VehicleError['resolution'] {
  if (!isFields(value)) return { type: identifier(value)?.toUpperCase() ?? null };
  const url = safeUrl(field(value, 'url'), 'navigation');
  const type = identifier(field(value, 'type'))?.toUpperCase() ?? null;
  return url === undefined ? { type } : { type, url };
}

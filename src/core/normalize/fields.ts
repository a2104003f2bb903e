import { parseRetryAfter } from '../retry-policy.js';
import { safeUrl } from '../safe-url.js';
import type { VehicleError } from '../types.js';
import type { ErrorParts } from './build.js';
import { typeOfLegacyName } from './legacy-types.js';
import { limits } from './limits.js';
import { field, firstField, isFields } from './read.js';
import { errorStatus, identifier, milliseconds, ownerText, text } from './values.js';
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
    type: apiType(field(value, 'type')),
    code: identifier(field(value, 'code')) ?? null,
    statusCode: firstField(value, ['statusCode', 'status', 'status_code'], errorStatus),
    resolution: readResolution(field(value, 'resolution')) ?? readFlatResolution(value),
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

/** An upper-case API type; SDKs put a v1 body's `error` (`vehicle_state_error`) in `type` as it was. */
function apiType(raw: unknown): string | undefined {
  const type = identifier(raw);
  return type === undefined ? undefined : (typeOfLegacyName(type) ?? type.toUpperCase());
}

function safeDocUrl(raw: unknown): string | undefined {
  return safeUrl(raw, 'navigation');
}

/** `{ type, url }` or a bare `'RETRY_LATER'`: `{ type }` plus a safe `url`; `undefined` when absent. */
function readResolution(value: unknown): VehicleError['resolution'] | undefined {
  if (!isFields(value)) {
    const type = identifier(value)?.toUpperCase();
    return type === undefined ? undefined : { type };
  }
  return resolutionOf(field(value, 'type'), field(value, 'url'));
}

/** The Java SDK's error flattens the resolution into `resolutionType` and `resolutionUrl`. */
function readFlatResolution(value: unknown): VehicleError['resolution'] {
  return resolutionOf(
    field(value, 'resolutionType') ?? field(value, 'resolution_type'),
    field(value, 'resolutionUrl') ?? field(value, 'resolution_url'),
  );
}

function resolutionOf(rawType: unknown, rawUrl: unknown): VehicleError['resolution'] {
  const url = safeUrl(rawUrl, 'navigation');
  const type = identifier(rawType)?.toUpperCase() ?? null;
  return url === undefined ? { type } : { type, url };
}

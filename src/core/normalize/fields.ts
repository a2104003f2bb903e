import { parseRetryAfter, validDelayMs } from '../retry-policy.js';
import { safeUrl } from '../safe-url.js';
import type { AffectedSignal, VehicleError, VehicleFacts } from '../types.js';
import type { ErrorParts } from './build.js';
import { errorStatus, field, first, identifier, isArray, isObject, listItems, ownerText, SHORT, shortText, text } from './read.js';

/**
 * Error names older than the v2 `type` field. v1 bodies say them in `error`; every vendor SDK
 * copies that `error` (or an OAuth token error) into its own `type`, and the first Node SDK put
 * them in `name`. Most are `<type>_error`; these are not. A Map, so `__proto__` is just a key.
 */
const RENAMED = new Map(
  Object.entries({
    gateway_timeout_error: 'UPSTREAM',
    smartcar_gateway_timeout_error: 'UPSTREAM',
    monthly_limit_exceeded: 'BILLING',
    rate_limiting_error: 'RATE_LIMIT',
    smartcar_not_capable_error: 'COMPATIBILITY',
    vehicle_not_capable_error: 'COMPATIBILITY',
    // The token endpoint's answer when a refresh token expired or a code was used: only a new
    // consent in Connect helps, like an expired connection.
    invalid_grant: 'AUTHENTICATION',
  }),
);

/**
 * The API type a lower-case legacy error name stands for (`vehicle_state_error` → `VEHICLE_STATE`);
 * any other `<type>_error` is taken as that type, unless `exact` (then only the documented names).
 */
export function legacyType(name: string, exact?: boolean): string | undefined {
  if (name !== name.toLowerCase()) return undefined;
  const regular = exact ? /^(authentication|permission|resource_not_found|server|validation|vehicle_state)_error$/ : /^[a-z][a-z0-9_]*_error$/;
  return RENAMED.get(name) ?? (regular.test(name) ? name.slice(0, -6).toUpperCase() : undefined);
}

/** An upper-case API type; SDKs put a v1 body's `error` (`vehicle_state_error`) in `type` as it was. */
export function apiType(raw: unknown, lowerCase?: boolean): string | undefined {
  const found = identifier(raw);
  const name = lowerCase ? found?.toLowerCase() : found;
  return name && (legacyType(name) ?? name.toUpperCase());
}

/**
 * The fields of one flat error object, whatever its dialect: v2 (`statusCode`, `description`,
 * `docURL`), v3 items (`status`, `detail`/`title`, `links.about`, `meta.requestId`), SDK errors
 * (`message`, `retryAfter`, snake_case from other SDKs, the Java SDK's flat `resolutionType`),
 * webhook errors (`state`, `signals`) and already-normalized errors.
 */
export function readErrorFields(value: unknown): ErrorParts {
  const get = (key: string) => field(value, key);
  return {
    type: apiType(get('type')),
    code: identifier(get('code')) ?? null,
    statusCode: first(value, 'statusCode status status_code', errorStatus),
    resolution:
      readResolution(get('resolution')) ??
      resolutionOf(get('resolutionType') ?? get('resolution_type'), get('resolutionUrl') ?? get('resolution_url')),
    description: first(value, 'description detail title message', text),
    suggestedUserMessage: first(value, 'suggestedUserMessage suggested_user_message', ownerText),
    requestId: first(value, 'requestId request_id', shortText) ?? first(get('meta'), 'requestId request_id', shortText),
    docUrl: first(value, 'docURL docUrl doc_url', safeUrl) ?? safeUrl(field(get('links'), 'about')),
    retryAfterMs: validDelayMs(get('retryAfterMs')) ?? first(value, 'retryAfter retry_after', parseRetryAfter),
    state: readState(get('state')),
    signals: readSignals(get('signals')),
    vehicle: readVehicle(get('vehicle')),
    eventId: shortText(get('eventId')),
  };
}

/** `{ type, url }` or a bare `'RETRY_LATER'`: `{ type }` plus a safe `url`; `undefined` when absent. */
function readResolution(value: unknown): VehicleError['resolution'] | undefined {
  if (isObject(value)) return resolutionOf(field(value, 'type'), field(value, 'url'));
  const type = identifier(value)?.toUpperCase();
  return type === undefined ? undefined : { type };
}

function resolutionOf(rawType: unknown, rawUrl: unknown): VehicleError['resolution'] {
  const url = safeUrl(rawUrl);
  const type = identifier(rawType)?.toUpperCase() ?? null;
  return url ? { type, url } : { type };
}

const readState = (value: unknown): VehicleError['state'] => {
  const state = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
  return state === 'ERROR' || state === 'RESOLVED' ? state : undefined;
};

/** Signals as `{ code, name?, group? }`; a bare string is a code. `undefined` when there is no list. */
function readSignals(value: unknown): AffectedSignal[] | undefined {
  return isArray(value) ? listItems(value).flatMap((item) => {
    const code = shortText(isObject(item) ? field(item, 'code') : item);
    const name = shortText(field(item, 'name'));
    const group = shortText(field(item, 'group'));
    return code === undefined ? [] : [{ code, ...(name && { name }), ...(group && { group }) }];
  }) : undefined;
}

/** Vehicle facts (`year` may be a number); `undefined` when none is present. */
export function readVehicle(value: unknown): VehicleFacts | undefined {
  let facts: VehicleFacts | undefined;
  for (const name of ['id', 'make', 'model', 'year', 'vin'] as const) {
    // Facts are interpolated into owner-facing messages, so they get the owner-text rules.
    const fact = ownerText(field(value, name), SHORT);
    if (fact !== undefined) (facts ??= {})[name] = fact;
  }
  return facts;
}

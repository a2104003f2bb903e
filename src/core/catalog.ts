import type { CatalogEntry, ResolutionKind, RetryPolicy, VehicleError } from './types.js';

// Every caller shares these objects: frozen, so one caller's edit cannot change another's retries.
const freeze = Object.freeze;

/**
 * Back-off families. Every automatic retry starts with a window of a minute: an error that reaches
 * one app reaches thousands at once, and quicker windows multiply the load on an API that is down
 * (`npm run simulate:outage`; the owner can always try again at once). A sleeping or unreachable
 * car may need a quarter of an hour; a server two minutes at most between tries (a longer window
 * lowered no peak and kept a TanStack query waiting up to four minutes after the API was back); a
 * rate limit whatever `Retry-After` says, within reason. A device that was offline tries again
 * soon after it is back online: that event is its own, not an outage's. Frozen: copy one to change it.
 */
export const retryPolicies = freeze({
  vehicle: freeze({ maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 15 * 60_000, maxRetryAfterMs: 15 * 60_000 }),
  server: freeze({ maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 2 * 60_000, maxRetryAfterMs: 10 * 60_000 }),
  rateLimit: freeze({ maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 5 * 60_000, maxRetryAfterMs: 5 * 60_000 }),
  offline: freeze({ maxAttempts: 3, baseDelayMs: 5_000, maxDelayMs: 60_000, maxRetryAfterMs: 60_000 }),
  manual: freeze({ maxAttempts: 0, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 }),
}) satisfies Readonly<Record<string, RetryPolicy>>;

type PolicyName = keyof typeof retryPolicies;

/**
 * [code, default resolution, transient, retry policy, status when it differs from the type's] for
 * one type; `null` is the type-level row (v2 errors carry no code, and unknown codes of a known
 * type fall back to it).
 */
type Row = readonly [code: string | null, resolution: ResolutionKind, transient?: boolean, policy?: PolicyName, status?: number];

const table: ReadonlyArray<readonly [type: string, status: number | undefined, rows: readonly Row[]]> = [
  ['AUTHENTICATION', 401, [
    [null, 'reauthenticate'],
    ['UNAUTHORIZED', 'reauthenticate'],
    // The token lacks access to this resource: a new consent in Connect can grant it.
    ['ACCESS_DENIED', 'reauthenticate', false, undefined, 403],
  ]],
  ['PERMISSION', 403, [
    [null, 'reauthenticate'],
  ]],
  ['BILLING', 430, [
    [null, 'contactSupport'],
    ['INVALID_PLAN', 'contactSupport'],
    ['VEHICLE_LIMIT', 'contactSupport'],
    ['VEHICLE_REQUEST_LIMIT', 'contactSupport'],
    ['ACCOUNT_SUSPENDED', 'contactSupport'],
  ]],
  ['COMPATIBILITY', 501, [
    [null, 'none'],
    ['MAKE_NOT_COMPATIBLE', 'none'],
    ['SMARTCAR_NOT_CAPABLE', 'none'],
    ['VEHICLE_NOT_CAPABLE', 'none'],
    ['PLATFORM_NOT_CAPABLE', 'reauthenticate'],
  ]],
  ['CONNECTED_SERVICES_ACCOUNT', 400, [
    [null, 'retry', false, 'manual'],
    ['ACCOUNT_ISSUE', 'retry', false, 'manual'],
    ['AUTHENTICATION_FAILED', 'reauthenticate'],
    ['NO_VEHICLES', 'reauthenticate'],
    ['SUBSCRIPTION', 'retry', false, 'manual'],
    ['VEHICLE_MISSING', 'reauthenticate'],
    ['PERMISSION', 'reauthenticate'],
    ['VIRTUAL_KEY_REQUIRED', 'retry', false, 'manual'],
  ]],
  ['RATE_LIMIT', 429, [
    [null, 'retry', true, 'rateLimit'],
    ['SMARTCAR_API', 'retry', true, 'rateLimit'],
    ['VEHICLE', 'retry', true, 'vehicle'],
  ]],
  ['RESOURCE_NOT_FOUND', 404, [
    [null, 'contactSupport'],
    ['PATH', 'contactSupport'],
    ['VERSION', 'contactSupport'],
  ]],
  ['SERVER', 500, [
    [null, 'retry', true, 'server'],
    ['INTERNAL', 'retry', true, 'server'],
    ['MULTIPLE_RECORDS_FOUND', 'contactSupport'],
    ['RECORD_NOT_FOUND', 'contactSupport'],
  ]],
  ['UPSTREAM', 502, [
    [null, 'retry', true, 'server'],
    ['INVALID_DATA', 'retry', true, 'server'],
    ['KNOWN_ISSUE', 'retry', true, 'vehicle'],
    ['NO_RESPONSE', 'retry', true, 'vehicle'],
    ['RATE_LIMIT', 'retry', true, 'rateLimit'],
    ['UNKNOWN_ISSUE', 'retry', true, 'server'],
  ]],
  ['VALIDATION', 400, [
    [null, 'contactSupport'],
    ['INVALID_INPUT_FORMAT', 'contactSupport'],
    // Well-formed, but a value the car or its maker refused (e.g. a charge schedule's location).
    ['PARAMETER', 'contactSupport'],
  ]],
  ['VEHICLE_STATE', 409, [
    [null, 'retry', false, 'manual'],
    ['ASLEEP', 'retry', true, 'vehicle'],
    ['CHARGE_FAULT', 'retry', false, 'manual'],
    ['CHARGING_IN_PROGRESS', 'none'],
    ['CHARGING_PLUG_CONNECTED', 'retry', false, 'manual'],
    ['CHARGING_PLUG_NOT_CONNECTED', 'retry', false, 'manual'],
    ['DOOR_OPEN', 'retry', false, 'manual'],
    ['FULLY_CHARGED', 'none'],
    ['HOOD_OPEN', 'retry', false, 'manual'],
    ['IGNITION_ON', 'retry', false, 'manual'],
    ['IN_MOTION', 'retry', true, 'vehicle'],
    ['LOW_BATTERY', 'retry', false, 'manual'],
    ['NOT_CHARGING', 'retry', false, 'manual'],
    ['REMOTE_ACCESS_DISABLED', 'retry', false, 'manual'],
    ['TRUNK_OPEN', 'retry', false, 'manual'],
    ['UNKNOWN', 'retry', true, 'vehicle'],
    ['UNREACHABLE', 'retry', true, 'vehicle'],
    ['VEHICLE_OFFLINE_FOR_SERVICE', 'retry', false, 'manual'],
  ]],
  // Connect redirects: the next step is nearly always to go through Connect again.
  ['CONNECT', undefined, [
    [null, 'reauthenticate'],
    ['access_denied', 'reauthenticate'],
    ['invalid_subscription', 'reauthenticate'],
    ['configuration_error', 'contactSupport'],
    ['no_vehicles', 'reauthenticate'],
    ['vehicle_incompatible', 'none'],
    ['server_error', 'reauthenticate'],
    ['user_manually_returned_to_application', 'reauthenticate'],
    ['oem_cancelled_login', 'reauthenticate'],
    ['user_cancelled', 'reauthenticate'],
  ]],
  // The app's own request got no answer, so there is no status: the owner's connection or the
  // app's server, not the car. Retries run while online; offline, they wait for `online`.
  ['NETWORK', undefined, [
    // A server that times out or cannot be reached may be down for everyone: a server's back-off.
    [null, 'retry', true, 'server'],
    ['OFFLINE', 'retry', true, 'offline'],
    ['TIMEOUT', 'retry', true, 'server'],
    ['UNREACHABLE', 'retry', true, 'server'],
    // The app cancelled its own request (an AbortError): the components show nothing.
    ['ABORTED', 'none'],
  ]],
];

/**
 * Every error the vehicle API documents, and the app's own requests that got no answer
 * (`NETWORK`: `OFFLINE`, `TIMEOUT`, `UNREACHABLE`, `ABORTED`): its type, code, HTTP status, and
 * what to do when the payload's `resolution.type` does not say. Adding an error is one row here and one message entry
 * in `locales/en/vehicle-errors.json`. The array and its rows are frozen.
 *
 * @example
 * vehicleErrorCatalog.filter((entry) => entry.type === 'VEHICLE_STATE').length;
 */
export const vehicleErrorCatalog: readonly CatalogEntry[] = freeze(
  table.flatMap(([type, status, rows]) =>
    rows.map(([code, resolution, transient = false, policy, rowStatus = status]): CatalogEntry =>
      freeze({
        type,
        code,
        ...(rowStatus === undefined ? {} : { status: rowStatus }),
        resolution,
        transient,
        ...(policy ? { retryPolicy: retryPolicies[policy] } : {}),
      }),
    ),
  ),
);

const byKey = new Map(vehicleErrorCatalog.map((entry) => [catalogKey(entry.type, entry.code), entry]));

function catalogKey(type: string, code: string | null): string {
  return `${type}\u0000${code ?? ''}`;
}

/** The row for this exact type and code, if the catalog has one. */
export function findCatalogEntry(type: string, code: string | null): CatalogEntry | undefined {
  return byKey.get(catalogKey(type, code));
}

/** The row for this code, else the type-level row, else nothing. */
export function catalogEntryFor(type: string, code: string | null): CatalogEntry | undefined {
  return findCatalogEntry(type, code) ?? findCatalogEntry(type, null);
}

/** The type a bare HTTP status stands for when the payload names no type we know. */
const typeByStatus: Readonly<Record<number, string>> = {
  401: 'AUTHENTICATION',
  403: 'PERMISSION',
  404: 'RESOURCE_NOT_FOUND',
  408: 'SERVER',
  409: 'VEHICLE_STATE',
  425: 'SERVER',
  429: 'RATE_LIMIT',
  430: 'BILLING',
  501: 'COMPATIBILITY',
};

/** Any other status of a class stands for that class's generic type. */
const typeByStatusClass: Readonly<Record<number, string>> = { 4: 'VALIDATION', 5: 'SERVER' };

/**
 * The type-level row (code `null`) of the type an HTTP status stands for, so an error whose type
 * we do not know gets the same message and next step as the documented type with that status.
 * `undefined` for a missing or non-error status.
 *
 * @example
 * catalogEntryForStatus(404)?.type; // 'RESOURCE_NOT_FOUND'
 * catalogEntryForStatus(503)?.type; // 'SERVER'
 * catalogEntryForStatus(200); // undefined
 */
export function catalogEntryForStatus(status: number | undefined): CatalogEntry | undefined {
  if (typeof status !== 'number') return undefined;
  const type = typeByStatus[status] ?? typeByStatusClass[Math.floor(status / 100)];
  return type ? findCatalogEntry(type, null) : undefined;
}

/**
 * The row that decides an error's defaults (next step, back-off, message): its type and code's,
 * else the one its HTTP status stands for. Internal; one helper so every layer agrees.
 *
 * @example
 * entryForError({ type: 'SOMETHING_NEW', code: null, statusCode: 404 })?.type; // 'RESOURCE_NOT_FOUND'
 */
export function entryForError(error: Pick<VehicleError, 'type' | 'code' | 'statusCode'>): CatalogEntry | undefined {
  return catalogEntryFor(error.type, error.code) ?? catalogEntryForStatus(error.statusCode);
}

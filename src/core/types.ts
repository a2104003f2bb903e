/**
 * The shapes every layer shares. Framework-free: nothing here knows about React or i18next.
 */

/** The `resolution.type` values the vehicle API documents. Payloads may carry others, or `null`. */
export type DocumentedResolutionType = 'RETRY_LATER' | 'REAUTHENTICATE' | 'CONTACT_SUPPORT';

/** What the owner can do next. */
export type ResolutionKind = 'retry' | 'reauthenticate' | 'contactSupport' | 'none';

/**
 * Which input shape an error was read from; `network` is the app's own request that got no
 * answer (offline, a timeout, an unreachable server, or a request the app cancelled).
 */
export type VehicleErrorSource =
  | 'network'
  | 'v1'
  | 'v2'
  | 'v3'
  | 'sdk'
  | 'batch'
  | 'connect'
  | 'webhook'
  | 'unknown';

/** Facts about the car, when the input names them (Connect redirects, webhook events). */
export interface VehicleFacts {
  id?: string;
  make?: string;
  model?: string;
  year?: string;
  vin?: string;
}

/** A signal a webhook error affects. */
export interface AffectedSignal {
  code: string;
  name?: string;
  group?: string;
}

/** Back-off settings for automatic retries. Read-only: the library's own policies are shared and frozen. */
export interface RetryPolicy {
  /** Automatic attempts before giving up (a manual Try again stays possible). */
  readonly maxAttempts: number;
  /** Cap of the first back-off window; each attempt doubles it. */
  readonly baseDelayMs: number;
  /** No window grows past this. */
  readonly maxDelayMs: number;
  /** A server's `Retry-After` is honoured up to this much. */
  readonly maxRetryAfterMs: number;
}

/**
 * One error, whatever shape it arrived in. Every string is length-capped plain text.
 *
 * @example
 * const error = normalizeVehicleError(await response.json());
 * error.type; // 'VEHICLE_STATE'
 * error.code; // 'ASLEEP'
 */
export interface VehicleError {
  /**
   * Upper-case API type (`VEHICLE_STATE`), `CONNECT` for Connect redirects, `NETWORK` for the
   * app's own request that got no answer, `UNKNOWN` for garbage.
   */
  type: string;
  /**
   * The API's code (`ASLEEP`, `access_denied`); for `NETWORK`: `OFFLINE`, `TIMEOUT`, `UNREACHABLE`,
   * or `ABORTED` (the app cancelled the request itself: nothing is shown). `null` for v2 errors
   * and unknown input.
   */
  code: string | null;
  /** HTTP status, when the input gives one. */
  statusCode?: number;
  /** The payload's resolution, kept as sent: the type may be `null` or undocumented. */
  resolution: { type: string | null; url?: string };
  /** Developer-facing English description; never shown to owners as the main message. */
  description?: string;
  /** The payload's own message for owners, used only when we have none. */
  suggestedUserMessage?: string;
  requestId?: string;
  docUrl?: string;
  /** How long the server asked us to wait (`Retry-After`, SDK `retryAfter`). */
  retryAfterMs?: number;
  /** Webhook errors: whether the condition started or ended. */
  state?: 'ERROR' | 'RESOLVED';
  signals?: AffectedSignal[];
  vehicle?: VehicleFacts;
  /** Webhook event id, for idempotency. */
  eventId?: string;
  source: VehicleErrorSource;
  /** True when the catalog knows this type (and code, when there is one). */
  known: boolean;
}

/** What the UI should offer for an error. */
export interface Resolution {
  kind: ResolutionKind;
  /** True when the library may retry without the owner pressing anything. */
  automatic: boolean;
  /** Server-requested wait, when there was one. */
  retryAfterMs?: number;
  /** A safe URL the payload gave for the next step (re-connect, action required). */
  url?: string;
}

/** One row of the catalog: an error the API documents and what to do by default. Frozen. */
export interface CatalogEntry {
  readonly type: string;
  /** `null` for the type-level row (v2 errors, and the fallback for unknown codes of a known type). */
  readonly code: string | null;
  /** Documented HTTP status; Connect errors have none. */
  readonly status?: number;
  /** What to offer when the payload's `resolution.type` does not say. */
  readonly resolution: ResolutionKind;
  /** True when waiting alone can make the error go away. */
  readonly transient: boolean;
  /** Back-off for automatic or manual retries of this error. */
  readonly retryPolicy?: RetryPolicy;
}

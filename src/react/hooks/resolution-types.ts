import type { RetryPhase, RetrySnapshot } from '../../core/retry-store.js';
import type { Resolution, ResolutionKind, RetryPolicy, VehicleError } from '../../core/types.js';
import type { ActionTarget } from './action-targets.js';

/** Options of {@link useVehicleErrorResolution}. */
export interface VehicleErrorResolutionOptions {
  /**
   * Repeats what failed, and returns its promise. What the app shows after it settles decides:
   * the error gone means it worked; the same problem back (a new error object is fine) means it
   * failed and the next automatic attempt is scheduled, however the promise settled. Meanwhile
   * the component stays, saying "Trying again…", even if the app clears the error. Without it,
   * no Try again is offered.
   *
   * @example onRetry={() => query.refetch()} or onRetry={() => mutation.mutateAsync(input)}
   */
  onRetry?: () => unknown;
  /**
   * Overrides the catalog's back-off for this error; `maxAttempts` counts automatic attempts.
   *
   * @example retryPolicy={{ maxAttempts: 5, baseDelayMs: 2_000 }}
   */
  retryPolicy?: Partial<RetryPolicy>;
  /**
   * Retry state belongs to the problem (type, code and status), shared by every component showing
   * it. Give a key where one component serves several vehicles or operations, so their attempts
   * are counted apart; pass the same key to the data-layer helpers.
   *
   * @example retryKey={vehicle.id}
   */
  retryKey?: string;
}

interface ResolutionBase {
  /** The normalized error. */
  error: VehicleError;
  /** What `resolveVehicleError` decided. */
  resolution: Resolution;
  /**
   * False when the app configured nothing that performs this step (no `onRetry`, no reconnect or
   * support URL or handler): show the message without a control.
   */
  available: boolean;
}

/** Retry: a manual Try again, and for transient errors automatic attempts with back-off. */
export interface RetryResolutionState extends ResolutionBase {
  kind: 'retry';
  /** Whether attempts run on their own (transient errors and `RETRY_LATER`). */
  automatic: boolean;
  phase: RetryPhase;
  /** Attempts made so far for this problem (by any component showing it, or the data layer). */
  attempt: number;
  /** Automatic attempts allowed; 0 when retrying is manual only. */
  maxAttempts: number;
  /** Epoch milliseconds of the next automatic attempt, while one is scheduled. */
  nextRetryAt?: number;
  /** Whole seconds until then, updated every second (for a visible countdown, not a live region). */
  secondsLeft?: number;
  /** Runs an attempt now; ignored while one is in flight. */
  retryNow: () => void;
  /**
   * The data layer runs this retry (`vehicleErrorQueryRetry`, `vehicleErrorSwrRetry`) and waits or
   * tries now: `retryNow` would start nothing sooner, so offer no Try again until it is exhausted.
   */
  byDataLayer: boolean;
  /** Stops automatic attempts; `retryNow` still works. */
  cancel: () => void;
  inFlight: boolean;
  /** Automatic attempts are used up; only a manual attempt is left. */
  exhausted: boolean;
  /** Waiting for the browser to be online again. */
  paused: boolean;
  succeeded: boolean;
}

/** Reconnect the car: follow `href`, or call `reauthenticate()` (the app's handler). */
export interface ReauthenticateResolutionState extends ResolutionBase {
  kind: 'reauthenticate';
  /** A safe URL: the provider's `connectUrl`, else the payload's `resolution.url`. */
  href?: string;
  /** Runs the app's `onReauthenticate` (if that is what it configured) and reports the action. */
  reauthenticate: () => void;
}

/** Get help: follow `href`, or call `contactSupport()`; quote `requestId`. */
export interface ContactSupportResolutionState extends ResolutionBase {
  kind: 'contactSupport';
  /** The provider's `supportUrl`, when safe (`https:`, relative, `mailto:`, `tel:`). */
  href?: string;
  /** Runs the app's `onContactSupport` (if that is what it configured) and reports the action. */
  contactSupport: () => void;
  /** The reference support will ask for. */
  requestId?: string;
}

/** Nothing to do (already charged, not supported): just the message. */
export interface NoResolutionState extends ResolutionBase {
  kind: 'none';
  available: false;
}

/** What {@link useVehicleErrorResolution} returns; switch on `kind`. */
export type VehicleErrorResolutionState =
  | RetryResolutionState
  | ReauthenticateResolutionState
  | ContactSupportResolutionState
  | NoResolutionState;

/**
 * The next step as the components read it (the public state is built from it): one `act` and
 * `href` for whichever control the kind has, and the retry's snapshot (`idleRetry` for other kinds).
 */
export interface NextStep extends ActionTarget {
  kind: ResolutionKind;
  error: VehicleError;
  resolution: Resolution;
  retry: RetrySnapshot;
  /** Stops automatic attempts of the problem. */
  cancel: () => void;
  /** Stops showing a held problem (the owner dismissed it). */
  release: () => void;
  /** The app shows nothing, and this is the problem whose attempt runs (or just worked). */
  held?: boolean;
}

import type { RefObject } from 'react';
import type { RetryPhase, RetrySnapshot } from '../../core/retry-schedule.js';
import type { Resolution, ResolutionKind, RetryPolicy, VehicleError } from '../../core/types.js';
import type { ActionTarget } from './action-targets.js';
import type { RetryBox } from './use-retry.js';

/** Options of {@link useVehicleErrorResolution}. */
export interface VehicleErrorResolutionOptions {
  /**
   * Repeats what failed. Resolving means it worked (retrying stops); rejecting or throwing means
   * it failed (the next automatic attempt is scheduled). Without it, no Try again is offered.
   *
   * @example onRetry={() => refetch()}
   */
  onRetry?: () => unknown;
  /**
   * Overrides the catalog's back-off for this error; `maxAttempts` counts automatic attempts.
   *
   * @example retryPolicy={{ maxAttempts: 5, baseDelayMs: 2_000 }}
   */
  retryPolicy?: Partial<RetryPolicy>;
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
  /** Attempts made so far. */
  attempt: number;
  /** Automatic attempts allowed; 0 when retrying is manual only. */
  maxAttempts: number;
  /** Epoch milliseconds of the next automatic attempt, while one is scheduled. */
  nextRetryAt?: number;
  /** Whole seconds until then, updated every second (for a visible countdown, not a live region). */
  secondsLeft?: number;
  /** Runs an attempt now; ignored while one is in flight. */
  retryNow: () => void;
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
  /** Holds the running retry schedule, if any (for `cancel`). */
  retries: RefObject<RetryBox>;
}

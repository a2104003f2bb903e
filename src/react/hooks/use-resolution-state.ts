import { useCallback, useEffect, useMemo } from 'react';
import { resolveVehicleError } from '../../core/resolve.js';
import { retryPolicyFor } from '../../core/retry-policy.js';
import type { RetryPolicy, VehicleError } from '../../core/types.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { reauthenticateTarget, supportTarget, warnUnavailable } from './action-targets.js';
import type { VehicleErrorResolutionOptions, VehicleErrorResolutionState } from './resolution-types.js';
import { normalizeVehicleError } from '../../core/normalize/index.js';
import { useRetry } from './use-retry.js';

/**
 * The resolution state without the per-second countdown, so components that show the countdown
 * in a leaf do not re-render their title, message and buttons every second.
 */
export function useResolutionState(
  error: unknown,
  options: VehicleErrorResolutionOptions = {},
  /** False where the error is only context (a resolved notice): no retries, no warnings. */
  active = true,
): VehicleErrorResolutionState {
  const { onRetry, retryPolicy } = options;
  const config = useVehicleErrorConfig();
  const normalized = useMemo(() => normalizeVehicleError(error), [error]);
  const resolution = useMemo(() => resolveVehicleError(normalized), [normalized]);
  const policy = mergePolicy(retryPolicyFor(normalized), retryPolicy);
  const isRetry = resolution.kind === 'retry';
  const { onEvent } = config;
  const report = useCallback(
    (action: 'retry' | 'reauthenticate' | 'contactSupport') =>
      onEvent?.({ type: 'action', action, kind: resolution.kind, errorType: normalized.type, code: normalized.code }),
    [onEvent, resolution.kind, normalized],
  );

  const retry = useRetry({
    key: errorKey(normalized),
    policy,
    automatic: resolution.automatic,
    retryAfterMs: resolution.retryAfterMs,
    onRetry: isRetry && active ? onRetry : undefined,
  });
  const { phase, retryNow: runNow } = retry;
  const retryNow = useCallback(() => {
    if (phase === 'retrying') return;
    report('retry');
    runNow();
  }, [phase, report, runNow]);

  const state = useMemo((): VehicleErrorResolutionState => {
    const base = { error: normalized, resolution };
    switch (resolution.kind) {
      case 'retry':
        return {
          ...base,
          ...retry,
          kind: 'retry',
          available: onRetry !== undefined,
          automatic: retry.maxAttempts > 0,
          retryNow,
          inFlight: retry.phase === 'retrying',
          exhausted: retry.phase === 'exhausted',
          paused: retry.phase === 'paused',
          succeeded: retry.phase === 'succeeded',
        };
      case 'reauthenticate': {
        const { href, handler } = reauthenticateTarget(config, normalized, resolution);
        const reauthenticate = () => {
          report('reauthenticate');
          handler?.();
        };
        return { ...base, kind: 'reauthenticate', available: href !== undefined || handler !== undefined, ...(href ? { href } : {}), reauthenticate };
      }
      case 'contactSupport': {
        const { href, handler } = supportTarget(config, normalized);
        const contactSupport = () => {
          report('contactSupport');
          handler?.();
        };
        const requestId = normalized.requestId;
        return {
          ...base,
          kind: 'contactSupport',
          available: href !== undefined || handler !== undefined,
          ...(href ? { href } : {}),
          ...(requestId ? { requestId } : {}),
          contactSupport,
        };
      }
      default:
        return { ...base, kind: 'none', available: false };
    }
  }, [normalized, resolution, retry, onRetry, retryNow, config, report]);

  const { kind, available } = state;
  useEffect(() => {
    if (active && !available && kind !== 'none') warnUnavailable(kind, onRetry !== undefined);
  }, [active, kind, available, onRetry]);
  return state;
}

/** Changes when the error is a different one (not merely a new object with the same content). */
function errorKey(error: VehicleError): string {
  return [error.type, error.code, error.statusCode, error.requestId, error.eventId, error.retryAfterMs].join('|');
}

/** The catalog's policy with the app's overrides; nonsense values (negative, NaN) are ignored. */
function mergePolicy(base: RetryPolicy, override: Partial<RetryPolicy> | undefined): RetryPolicy {
  if (!override) return base;
  const pick = (key: keyof RetryPolicy) => {
    const value = override[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : base[key];
  };
  return {
    maxAttempts: Math.floor(pick('maxAttempts')),
    baseDelayMs: pick('baseDelayMs'),
    maxDelayMs: pick('maxDelayMs'),
    maxRetryAfterMs: pick('maxRetryAfterMs'),
  };
}

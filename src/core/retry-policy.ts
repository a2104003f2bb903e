import { entryForError, retryPolicies } from './catalog.js';
import type { RetryPolicy, VehicleError } from './types.js';

/**
 * The back-off for this error: its catalog row's (by type and code, else by HTTP status), else a
 * busy server's. A payload that declares `RETRY_LATER` is retried automatically, so a row that
 * only allows manual retries gets a waiting car's back-off instead of zero attempts. The policy is
 * shared and frozen: spread it to change it.
 *
 * @example
 * retryPolicyFor(error).maxAttempts; // 3
 * const patient = { ...retryPolicyFor(error), maxAttempts: 5 };
 */
export function retryPolicyFor(
  error: Pick<VehicleError, 'type' | 'code'> & Partial<Pick<VehicleError, 'statusCode' | 'resolution'>>,
): RetryPolicy {
  const policy = entryForError(error)?.retryPolicy ?? retryPolicies.server;
  return policy === retryPolicies.manual && error.resolution?.type === 'RETRY_LATER' ? retryPolicies.vehicle : policy;
}

/**
 * The catalog's back-off for the error with the app's overrides; nonsense values (negative, NaN)
 * are ignored. Internal: the components' `retryPolicy` and the data-layer helpers' agree.
 *
 * @example retryPolicyWith(error, { maxAttempts: 5 }).maxAttempts; // 5
 */
export function retryPolicyWith(error: VehicleError, override: Partial<RetryPolicy> | undefined): RetryPolicy {
  const merged = { ...retryPolicyFor(error) };
  for (const key of Object.keys(merged) as Array<keyof RetryPolicy>) {
    const value = override?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) merged[key] = value;
  }
  return merged;
}

/**
 * How long to wait before retry number `attempt` (0 for the first): "full jitter", a uniform
 * draw between 0 and the exponentially growing, capped window, so many clients do not retry in
 * step. A server's `Retry-After` is a floor, itself capped by `maxRetryAfterMs`.
 */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  options: { retryAfterMs?: number; random?: () => number } = {},
): number {
  const { retryAfterMs, random = Math.random } = options;
  // NaN would poison every step below; treat it like the first attempt.
  const exponent = Number.isNaN(attempt) ? 0 : Math.max(0, Math.min(Math.floor(attempt), 30));
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  const jittered = Math.floor(clamp01(random()) * window);
  if (retryAfterMs === undefined || !(retryAfterMs > 0)) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, policy.maxRetryAfterMs));
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0;
}

/**
 * Milliseconds to wait from a `Retry-After` value: delta-seconds (`"120"`) or an HTTP date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`), capped at one day. `undefined` for anything else
 * (negative, NaN, text that is neither).
 *
 * @example
 * parseRetryAfter('120'); // 120000
 * parseRetryAfter('90000'); // 86400000: a day at most
 * parseRetryAfter('soon'); // undefined
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value === 'number') return validDelayMs(value * 1000);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return validDelayMs(Number(text) * 1000);
  if (text.length > 64 || !/[a-z]/i.test(text)) return undefined;
  return validDelayMs(Math.max(0, Date.parse(text) - now));
}

/**
 * A wait in whole milliseconds, capped at one day: a longer wait still means "not soon", so it is
 * clamped rather than dropped (dropping it would retry within seconds). `undefined` when negative
 * or not a number.
 *
 * @example
 * validDelayMs(1500.4); // 1500
 * validDelayMs(1e12); // 86400000
 */
export function validDelayMs(ms: unknown): number | undefined {
  return typeof ms === 'number' && ms >= 0 ? Math.round(Math.min(ms, 86_400_000)) : undefined;
}

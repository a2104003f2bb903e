import { catalogEntryFor, retryPolicies } from './catalog.js';
import type { RetryPolicy, VehicleError } from './types.js';

/** The back-off for this error: its catalog row's, else a busy server's. */
export function retryPolicyFor(error: Pick<VehicleError, 'type' | 'code'>): RetryPolicy {
  return catalogEntryFor(error.type, error.code)?.retryPolicy ?? retryPolicies.server;
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
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`). `undefined` for anything else.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value === 'number') return validDelayMs(value * 1000);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return validDelayMs(Number(text) * 1000);
  if (text.length > 64 || !/[a-z]/i.test(text)) return undefined;
  return validDelayMs(Math.max(0, Date.parse(text) - now));
}

/** A wait in whole milliseconds; longer than a day is nonsense, so it counts as absent rather than wait forever. */
export function validDelayMs(ms: unknown): number | undefined {
  return typeof ms === 'number' && ms >= 0 && ms <= 86_400_000 ? Math.round(ms) : undefined;
}

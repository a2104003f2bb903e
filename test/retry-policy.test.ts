// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryPolicies } from '../src/core/catalog.js';
import { normalizeVehicleError, normalizeVehicleErrorResponse } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import { parseRetryAfter, retryDelayMs, retryPolicyFor } from '../src/core/retry-policy.js';
import type { RetryPolicy } from '../src/core/types.js';

// The arithmetic on a small policy (the catalog's own windows are a minute and more).
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 };

describe('retryDelayMs: full jitter', () => {
  it('draws uniformly between 0 and the doubling, capped window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, draw) => {
        const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
        const delay = retryDelayMs(attempt, policy, { random: () => draw });
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(window);
        expect(delay).toBe(Math.floor(draw * window));
      }),
      { numRuns: 500 },
    );
  });

  it('grows the window per attempt and stops at the cap', () => {
    const top = () => 1;
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((attempt) => retryDelayMs(attempt, policy, { random: top }))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('stays a finite, bounded number for nonsense attempts and random sources', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity)), fc.oneof(fc.double(), fc.constantFrom(NaN, -1, 2)), (attempt, draw) => {
        const delay = retryDelayMs(attempt, policy, { random: () => draw });
        expect(Number.isFinite(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(policy.maxDelayMs);
      }),
      { numRuns: 500 },
    );
  });
});

describe('retryDelayMs: Retry-After', () => {
  it('is a floor: never retry sooner than the server asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: policy.maxRetryAfterMs }), (attempt, draw, retryAfterMs) => {
        const delay = retryDelayMs(attempt, policy, { random: () => draw, retryAfterMs });
        expect(delay).toBeGreaterThanOrEqual(retryAfterMs);
        expect(delay).toBe(Math.max(retryAfterMs, Math.floor(draw * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt))));
      }),
      { numRuns: 500 },
    );
  });

  it('is capped by the policy, so a server cannot park us for hours', () => {
    expect(retryDelayMs(0, policy, { random: () => 0, retryAfterMs: 3_600_000 })).toBe(policy.maxRetryAfterMs);
  });

  it('is ignored when zero or negative', () => {
    expect(retryDelayMs(0, policy, { random: () => 0.5, retryAfterMs: 0 })).toBe(500);
    expect(retryDelayMs(0, policy, { random: () => 0.5, retryAfterMs: -5 })).toBe(500);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-10-21T07:28:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
    expect(parseRetryAfter(30, now)).toBe(30_000);
  });

  it('reads an HTTP date as the time left until it (a past date means now)', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:45 GMT', now)).toBe(45_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).toBe(0);
  });

  it.each([undefined, null, '', 'soon', '-5', '+5', '12abc', 'NaN', 'Infinity', -1, -Infinity, NaN, {}])('gives undefined for %s', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });

  it.each(['90000', String(2 * 24 * 3600), '9'.repeat(400), 90_000, Infinity, 'Fri, 21 Oct 2033 07:28:00 GMT'])(
    'caps a wait of more than a day (%s) at one day instead of ignoring it',
    (value) => {
      expect(parseRetryAfter(value, now)).toBe(86_400_000);
    },
  );

  it('so a rate limit with a very long Retry-After waits as long as its policy allows, not a couple of seconds', async () => {
    const body = JSON.stringify({ type: 'RATE_LIMIT', code: 'SMARTCAR_API', resolution: { type: 'RETRY_LATER' } });
    const error = await normalizeVehicleErrorResponse(new Response(body, { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '90000' } }));
    expect(error.retryAfterMs).toBe(86_400_000);
    const policy = retryPolicyFor(error);
    expect(retryDelayMs(0, policy, { random: () => 0.5, retryAfterMs: error.retryAfterMs })).toBe(policy.maxRetryAfterMs);
  });
});

describe('retryPolicyFor', () => {
  it('starts every automatic retry with a window of a minute (so an outage is not doubled), and lets a sleeping car wait longest', () => {
    const asleep = retryPolicyFor({ type: 'VEHICLE_STATE', code: 'ASLEEP' });
    for (const family of [retryPolicies.vehicle, retryPolicies.server, retryPolicies.rateLimit]) expect(family.baseDelayMs).toBeGreaterThanOrEqual(60_000);
    expect(asleep.maxDelayMs).toBe(Math.max(...Object.values(retryPolicies).map((family) => family.maxDelayMs)));
    expect(retryPolicyFor({ type: 'NEVER_HEARD_OF_IT', code: null })).toEqual(retryPolicies.server);
  });

  it('uses the type an HTTP status stands for when the type is unknown', () => {
    expect(retryPolicyFor({ type: 'NEVER_HEARD_OF_IT', code: null, statusCode: 429 })).toBe(retryPolicies.rateLimit);
    expect(retryPolicyFor({ type: 'NEVER_HEARD_OF_IT', code: null, statusCode: 503 })).toBe(retryPolicies.server);
  });

  it('gives a payload that declares RETRY_LATER real attempts, even for a row that is retried by hand', () => {
    const lowBattery = normalizeVehicleError({ type: 'VEHICLE_STATE', code: 'LOW_BATTERY', statusCode: 409, resolution: { type: 'RETRY_LATER' } });
    expect(resolveVehicleError(lowBattery)).toMatchObject({ kind: 'retry', automatic: true });
    expect(retryPolicyFor(lowBattery)).toBe(retryPolicies.vehicle);
    expect(retryPolicyFor(lowBattery).maxAttempts).toBeGreaterThan(0);
  });

  it('keeps the manual policy when the payload does not ask for a later retry', () => {
    const lowBattery = normalizeVehicleError({ type: 'VEHICLE_STATE', code: 'LOW_BATTERY', statusCode: 409, resolution: { type: null } });
    expect(resolveVehicleError(lowBattery)).toMatchObject({ kind: 'retry', automatic: false });
    expect(retryPolicyFor(lowBattery)).toBe(retryPolicies.manual);
  });
});

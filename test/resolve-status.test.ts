// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalogEntryForStatus, retryPolicies } from '../src/core/catalog.js';
import { normalizeVehicleError, normalizeVehicleErrorResponse } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import { retryPolicyFor } from '../src/core/retry-policy.js';
import type { VehicleError } from '../src/core/types.js';

/** An error of a type the catalog does not know, with only its HTTP status to go on. */
const unknownTypeWith = (statusCode: number): VehicleError =>
  normalizeVehicleError({ type: 'BRAND_NEW_TYPE', code: 'X', statusCode, description: 'Example.', resolution: { type: null } });

const errorStatuses = Array.from({ length: 200 }, (_, index) => 400 + index);

describe('catalogEntryForStatus: the type an HTTP status stands for', () => {
  it.each([
    [401, 'AUTHENTICATION'],
    [403, 'PERMISSION'],
    [404, 'RESOURCE_NOT_FOUND'],
    [409, 'VEHICLE_STATE'],
    [429, 'RATE_LIMIT'],
    [430, 'BILLING'],
    [501, 'COMPATIBILITY'],
    [408, 'SERVER'],
    [425, 'SERVER'],
    [500, 'SERVER'],
    [502, 'SERVER'],
    [503, 'SERVER'],
    [505, 'SERVER'],
    [599, 'SERVER'],
    [400, 'VALIDATION'],
    [418, 'VALIDATION'],
    [422, 'VALIDATION'],
    [499, 'VALIDATION'],
  ])('%i stands for %s, as its type-level row', (status, type) => {
    expect(catalogEntryForStatus(status)).toMatchObject({ type, code: null });
  });

  it.each([undefined, 0, 200, 204, 302, 399, 600, -404, NaN, Infinity])('%s stands for nothing', (status) => {
    expect(catalogEntryForStatus(status)).toBeUndefined();
  });
});

describe('an error of unknown type gets the next step and back-off of the type its status stands for', () => {
  it.each(errorStatuses)('status %i', (status) => {
    const error = unknownTypeWith(status);
    const entry = catalogEntryForStatus(status);
    expect(entry).toBeDefined();
    expect(resolveVehicleError(error)).toEqual({ kind: entry?.resolution, automatic: entry?.resolution === 'retry' && entry.transient });
    expect(retryPolicyFor(error)).toBe(entry?.retryPolicy ?? retryPolicies.server);
    // Standing in for a type does not make the error one the catalog knows.
    expect(error.known).toBe(false);
  });

  it('a rate limit of unknown type backs off like a rate limit, not like a busy server', () => {
    expect(retryPolicyFor(unknownTypeWith(429))).toBe(retryPolicies.rateLimit);
  });

  it('a known type keeps its own row whatever the status says', () => {
    const asleep = normalizeVehicleError({ type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 500, resolution: { type: null } });
    expect(resolveVehicleError(asleep)).toEqual({ kind: 'retry', automatic: true });
    expect(retryPolicyFor(asleep)).toBe(retryPolicies.vehicle);
  });
});

describe('a failed Response without a readable body', () => {
  it('an HTML 404 page offers what a RESOURCE_NOT_FOUND does, and stays unknown', async () => {
    const error = await normalizeVehicleErrorResponse(new Response('<html><body>Not Found</body></html>', { status: 404, headers: { 'content-type': 'text/html' } }));
    expect(error).toMatchObject({ statusCode: 404, known: false });
    expect(resolveVehicleError(error)).toEqual({ kind: catalogEntryForStatus(404)?.resolution, automatic: false });
    expect(resolveVehicleError(error).kind).toBe('contactSupport');
  });

  it('a bare 503 retries automatically with the server back-off', async () => {
    const error = await normalizeVehicleErrorResponse(new Response('Service Unavailable', { status: 503, headers: { 'content-type': 'text/plain' } }));
    expect(error.known).toBe(false);
    expect(resolveVehicleError(error)).toEqual({ kind: 'retry', automatic: true });
    expect(retryPolicyFor(error)).toBe(retryPolicies.server);
  });
});

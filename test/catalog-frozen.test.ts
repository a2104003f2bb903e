// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { retryPolicies, vehicleErrorCatalog } from '../src/core/catalog.js';
import { normalizeVehicleError } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import { retryPolicyFor } from '../src/core/retry-policy.js';
import type { CatalogEntry, RetryPolicy } from '../src/core/types.js';

/** Tries to change a shared object the way careless app code would; frozen objects throw in strict mode. */
function tryToChange(change: () => void): void {
  expect(change).toThrow(TypeError);
}

describe('the public catalog and retry policies are shared, so nobody can change them', () => {
  it('a policy handed out by retryPolicyFor cannot be edited for every other error of its family', () => {
    const server = retryPolicyFor({ type: 'SERVER', code: 'INTERNAL' });
    const { maxAttempts } = server;
    tryToChange(() => {
      (server as { maxAttempts: number }).maxAttempts = 99;
    });
    expect(retryPolicyFor({ type: 'UPSTREAM', code: 'INVALID_DATA' }).maxAttempts).toBe(maxAttempts);
  });

  it('every named policy and the set of them are frozen', () => {
    expect(Object.isFrozen(retryPolicies)).toBe(true);
    for (const policy of Object.values(retryPolicies)) expect(Object.isFrozen(policy)).toBe(true);
  });

  it('a catalog row cannot be edited to change how every such error resolves', () => {
    const door = vehicleErrorCatalog.find((entry) => entry.type === 'VEHICLE_STATE' && entry.code === 'DOOR_OPEN');
    tryToChange(() => {
      (door as { resolution: string }).resolution = 'none';
    });
    expect(resolveVehicleError(normalizeVehicleError({ type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409 })).kind).toBe('retry');
  });

  it('the catalog array and every row are frozen', () => {
    expect(Object.isFrozen(vehicleErrorCatalog)).toBe(true);
    tryToChange(() => {
      (vehicleErrorCatalog as CatalogEntry[]).push(vehicleErrorCatalog[0] as CatalogEntry);
    });
    for (const entry of vehicleErrorCatalog) expect(Object.isFrozen(entry)).toBe(true);
  });

  it('a copy is the way to tune a policy', () => {
    const { maxAttempts } = retryPolicies.server;
    const patient: RetryPolicy = { ...retryPolicyFor({ type: 'SERVER', code: null }), maxAttempts: 10 };
    expect(patient.maxAttempts).toBe(10);
    expect(retryPolicies.server.maxAttempts).toBe(maxAttempts);
  });
});

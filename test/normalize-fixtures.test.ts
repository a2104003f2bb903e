// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { vehicleErrorCatalog } from '../src/core/catalog.js';
import { normalizeVehicleError, normalizeVehicleErrors } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import { retryPolicyFor } from '../src/core/retry-policy.js';
import { vendorPayloads } from './fixtures/vendor-payloads.js';

describe('every vendor-shaped example payload', () => {
  it.each(vendorPayloads.map((entry) => [entry.name, entry] as const))('%s', (_name, { payload, expected }) => {
    const error = normalizeVehicleError(payload);
    const resolution = resolveVehicleError(error);
    expect({
      type: error.type,
      code: error.code,
      statusCode: error.statusCode,
      known: error.known,
      source: error.source,
      kind: resolution.kind,
      automatic: resolution.automatic,
    }).toEqual({
      type: expected.type,
      code: expected.code,
      statusCode: expected.statusCode,
      known: expected.known,
      source: expected.source,
      kind: expected.kind,
      automatic: expected.automatic,
    });
    // "Retried automatically" must mean attempts are made (LOW_BATTERY with RETRY_LATER once had none).
    if (resolution.automatic) expect(retryPolicyFor(error).maxAttempts).toBeGreaterThan(0);
    if (expected.requestId) expect(error.requestId).toBe(expected.requestId);
    if (expected.docUrl) expect(error.docUrl).toBe(expected.docUrl);
    if (expected.state) expect(error.state).toBe(expected.state);
    expect(normalizeVehicleErrors(payload)).toHaveLength(expected.errorCount ?? 1);
  });

  it('also reads each payload sent as a JSON string (URL-shaped ones excepted)', () => {
    for (const { payload, expected } of vendorPayloads) {
      if (typeof payload === 'string' || payload instanceof URL || payload instanceof URLSearchParams || payload instanceof Error) continue;
      const error = normalizeVehicleError(JSON.stringify(payload));
      expect([error.type, error.code, error.statusCode]).toEqual([expected.type, expected.code, expected.statusCode]);
    }
  });
});

describe('every catalog row', () => {
  const rows = vehicleErrorCatalog.map((entry) => [`${entry.type} ${entry.code ?? '(null)'}`, entry] as const);

  it('belongs to a type with a type-level row, which unknown codes of that type fall back to', () => {
    for (const { type } of vehicleErrorCatalog) expect(vehicleErrorCatalog.some((entry) => entry.type === type && entry.code === null)).toBe(true);
  });

  it.each(rows)('%s as a v2 body resolves to its default', (_name, entry) => {
    const error = normalizeVehicleError({
      type: entry.type,
      code: entry.code,
      statusCode: entry.status,
      description: 'Example.',
      resolution: { type: null },
    });
    expect(error).toMatchObject({ type: entry.type, code: entry.code, known: true, source: 'v2' });
    expect(error.statusCode).toBe(entry.status);
    expect(resolveVehicleError(error).kind).toBe(entry.resolution);
    expect(resolveVehicleError(error).automatic).toBe(entry.resolution === 'retry' && entry.transient);
  });

  it.each(rows)('%s as a v3 list item resolves to its default', (_name, entry) => {
    const error = normalizeVehicleError({
      errors: [{ status: entry.status === undefined ? undefined : String(entry.status), type: entry.type, code: entry.code, title: 'Example', detail: 'Example.', resolution: { type: null }, links: { about: 'https://smartcar.com/docs' }, meta: { requestId: 'r-1' } }],
    });
    expect(error).toMatchObject({ type: entry.type, code: entry.code, known: true, source: 'v3', requestId: 'r-1', docUrl: 'https://smartcar.com/docs' });
    expect(error.statusCode).toBe(entry.status);
    expect(resolveVehicleError(error).kind).toBe(entry.resolution);
  });
});

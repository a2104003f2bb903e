// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeVehicleError } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import type { VehicleError } from '../src/core/types.js';

/** A v2 body as the API would send it, normalized the way apps will. */
function errorOf(type: string, code: string | null, resolution: unknown, statusCode?: number): VehicleError {
  return normalizeVehicleError({ type, code, resolution, statusCode, description: 'Example.' });
}

describe('the documented resolution types win over the catalog', () => {
  it('RETRY_LATER retries automatically, even where the catalog would offer nothing', () => {
    expect(resolveVehicleError(errorOf('VEHICLE_STATE', 'FULLY_CHARGED', { type: 'RETRY_LATER' }, 409))).toEqual({ kind: 'retry', automatic: true });
  });

  it('RETRY_LATER carries the server-requested wait', () => {
    const error = normalizeVehicleError({ type: 'RATE_LIMIT', code: 'SMARTCAR_API', statusCode: 429, resolution: 'RETRY_LATER', retryAfter: 12 });
    expect(resolveVehicleError(error)).toEqual({ kind: 'retry', automatic: true, retryAfterMs: 12_000 });
  });

  it('REAUTHENTICATE asks the owner to reconnect, with the payload URL when it is safe', () => {
    const safe = errorOf('CONNECTED_SERVICES_ACCOUNT', 'ACCOUNT_ISSUE', { type: 'REAUTHENTICATE', url: 'https://connect.smartcar.com/oauth/reauthenticate?vehicle_id=1' }, 400);
    expect(resolveVehicleError(safe)).toEqual({ kind: 'reauthenticate', automatic: false, url: 'https://connect.smartcar.com/oauth/reauthenticate?vehicle_id=1' });
  });

  it('REAUTHENTICATE drops a javascript: URL, whether the normalizer or a hand-made error carries it', () => {
    const normalized = errorOf('PERMISSION', null, { type: 'REAUTHENTICATE', url: 'javascript:alert(1)' }, 403);
    expect(resolveVehicleError(normalized)).toEqual({ kind: 'reauthenticate', automatic: false });
    const handMade: VehicleError = { ...normalized, resolution: { type: 'REAUTHENTICATE', url: ' JaVaScRiPt:alert(1)' } };
    expect(resolveVehicleError(handMade)).toEqual({ kind: 'reauthenticate', automatic: false });
  });

  it('CONTACT_SUPPORT sends the owner to support, even for a transient code', () => {
    expect(resolveVehicleError(errorOf('VEHICLE_STATE', 'ASLEEP', { type: 'CONTACT_SUPPORT' }, 409)).kind).toBe('contactSupport');
  });
});

describe('any other resolution type falls back to the catalog default for the type and code', () => {
  const others: Array<[string, unknown]> = [
    ['ACTION_REQUIRED with a url', { type: 'ACTION_REQUIRED', url: 'https://example.com/fix' }],
    ['FINANCE', { type: 'FINANCE' }],
    ['USER_ACTION_REQUIRED', { type: 'USER_ACTION_REQUIRED' }],
    ['a value from the future', { type: 'ASK_THE_CAR_NICELY' }],
    ['null', { type: null }],
    ['a missing resolution', undefined],
  ];

  it.each(others)('%s: closing a door and trying again is a manual retry', (_name, resolution) => {
    expect(resolveVehicleError(errorOf('VEHICLE_STATE', 'DOOR_OPEN', resolution, 409))).toEqual({ kind: 'retry', automatic: false });
  });

  it.each(others)('%s: an already full battery needs nothing', (_name, resolution) => {
    expect(resolveVehicleError(errorOf('VEHICLE_STATE', 'FULLY_CHARGED', resolution, 409))).toEqual({ kind: 'none', automatic: false });
  });

  it('a sleeping car is retried automatically', () => {
    expect(resolveVehicleError(errorOf('VEHICLE_STATE', 'ASLEEP', { type: null }, 409))).toEqual({ kind: 'retry', automatic: true });
  });

  it('an unknown code of a known type uses the type-level row', () => {
    expect(resolveVehicleError(errorOf('AUTHENTICATION', 'SOMETHING_NEW', { type: null }, 401)).kind).toBe('reauthenticate');
    expect(resolveVehicleError(errorOf('VEHICLE_STATE', 'SOMETHING_NEW', { type: null }, 409))).toEqual({ kind: 'retry', automatic: false });
  });

  it('a url is kept only when the payload itself declares REAUTHENTICATE', () => {
    const door = errorOf('VEHICLE_STATE', 'DOOR_OPEN', { type: 'ACTION_REQUIRED', url: 'https://example.com/fix' }, 409);
    expect(resolveVehicleError(door).url).toBeUndefined();
    // The catalog says reconnect, but the URL is for another step (the maker's page): Reconnect must not open it.
    const makerPage = errorOf('CONNECTED_SERVICES_ACCOUNT', 'AUTHENTICATION_FAILED', { type: 'ACTION_REQUIRED', url: 'https://www.tesla.com/_ak/x' }, 400);
    expect(resolveVehicleError(makerPage)).toEqual({ kind: 'reauthenticate', automatic: false });
    const reconnect = errorOf('CONNECTED_SERVICES_ACCOUNT', 'AUTHENTICATION_FAILED', { type: 'REAUTHENTICATE', url: 'https://connect.smartcar.com/reauth' }, 400);
    expect(resolveVehicleError(reconnect)).toEqual({ kind: 'reauthenticate', automatic: false, url: 'https://connect.smartcar.com/reauth' });
  });
});

describe('types the catalog does not know fall back to the type their HTTP status stands for, then to a manual retry', () => {
  it.each([
    [503, { kind: 'retry', automatic: true }],
    // Every 5xx but 501 stands for SERVER, which retries automatically (505 and up did not before).
    [505, { kind: 'retry', automatic: true }],
    [408, { kind: 'retry', automatic: true }],
    [430, { kind: 'contactSupport', automatic: false }],
    [418, { kind: 'contactSupport', automatic: false }],
    [429, { kind: 'retry', automatic: true }],
    [409, { kind: 'retry', automatic: false }],
    [401, { kind: 'reauthenticate', automatic: false }],
    [403, { kind: 'reauthenticate', automatic: false }],
    [404, { kind: 'contactSupport', automatic: false }],
    [501, { kind: 'none', automatic: false }],
  ])('status %i', (status, expected) => {
    expect(resolveVehicleError(errorOf('BRAND_NEW_TYPE', 'X', { type: 'FINANCE' }, status))).toEqual(expected);
  });

  it('without a status, a manual retry: the generic message asks the owner to try again', () => {
    expect(resolveVehicleError(errorOf('BRAND_NEW_TYPE', 'X', { type: null }))).toEqual({ kind: 'retry', automatic: false });
    const generic: VehicleError = { type: 'UNKNOWN', code: null, resolution: { type: null }, source: 'unknown', known: false };
    expect(resolveVehicleError(generic)).toEqual({ kind: 'retry', automatic: false });
    // A payload's documented step still wins.
    expect(resolveVehicleError({ ...generic, resolution: { type: 'CONTACT_SUPPORT' } }).kind).toBe('contactSupport');
  });
});

describe('a webhook error whose condition ended (RESOLVED)', () => {
  it.each([
    ['RETRY_LATER', { type: 'RETRY_LATER' }],
    ['REAUTHENTICATE with a url', { type: 'REAUTHENTICATE', url: 'https://connect.smartcar.com/reauth' }],
    ['CONTACT_SUPPORT', { type: 'CONTACT_SUPPORT' }],
    ['null', { type: null }],
  ])('needs nothing, even when the payload still says %s', (_name, resolution) => {
    const error: VehicleError = { ...errorOf('VEHICLE_STATE', 'UNREACHABLE', resolution), state: 'RESOLVED', retryAfterMs: 5_000 };
    expect(resolveVehicleError(error)).toEqual({ kind: 'none', automatic: false });
    expect(resolveVehicleError({ ...error, state: 'ERROR' }).kind).not.toBe('none');
  });
});

describe('JavaScript callers passing something that is not a VehicleError', () => {
  it.each([null, undefined, 42, {}, { type: Symbol('x'), resolution: {} }, { resolution: null }])('%s gives none instead of throwing', (value) => {
    expect(resolveVehicleError(value as unknown as VehicleError)).toEqual({ kind: 'none', automatic: false });
  });
});

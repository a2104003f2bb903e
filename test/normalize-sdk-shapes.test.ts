// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { formatVehicleErrorMessage } from '../src/core.js';
import { resetWarnings } from '../src/core/dev-warning.js';
import { normalizeVehicleError } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import { BackendSdkError, ConnectSdkError, vendorPayload } from './fixtures/vendor-payloads.js';
import { expectConsole } from './setup.js';

beforeEach(() => resetWarnings());

describe('errors from the vendor SDKs, as an app receives them', () => {
  it('a v1 error name in an SDK error`s type reads as its API type, so the owner gets the type`s message', () => {
    const error = normalizeVehicleError(vendorPayload('Node SDK error from a v1 body (its type is the v1 error name)').payload);
    expect(error).toMatchObject({ type: 'VEHICLE_STATE', code: 'VS_000', statusCode: 409 });
    expect(formatVehicleErrorMessage(error, { appName: 'EV Buddy' }).title).toBe('Car not ready');
  });

  it('a failed token refresh asks the owner to reconnect, not to contact support', () => {
    const error = normalizeVehicleError(new BackendSdkError('invalid_grant', null, 'The refresh token expired.', 400));
    expect(resolveVehicleError(error).kind).toBe('reauthenticate');
  });

  it('an SDK error thrown for part of a batch does not claim the batch`s 200 as its status', () => {
    const error = normalizeVehicleError(new BackendSdkError('VEHICLE_STATE', 'ASLEEP', 'Asleep.', 200));
    expect(error.statusCode).toBeUndefined();
  });

  it('the Java SDK`s flat resolutionType and resolutionUrl give the owner the re-connect link', () => {
    const error = normalizeVehicleError(vendorPayload('Java SDK exception as JSON (flat resolutionType and resolutionUrl, empty defaults)').payload);
    expect(error.resolution).toEqual({ type: 'REAUTHENTICATE', url: expect.stringMatching(/^https:\/\/connect\.smartcar\.com\/oauth\/reauthenticate\?/) });
    expect(resolveVehicleError(error).url).toBe(error.resolution.url);
    expect(error.suggestedUserMessage).toBeUndefined();
    expect(error.docUrl).toBeUndefined();
  });

  it('the first Node SDK`s errors, named after the v1 error, keep their status and raw code', () => {
    const error = normalizeVehicleError(vendorPayload('first Node SDK VehicleStateError (named vehicle_state_error)').payload);
    expect(error).toMatchObject({ type: 'VEHICLE_STATE', code: 'VS_001', statusCode: 409, description: 'The car is not in a state to do this.' });
  });

  it('a class name that only looks like a v1 error name stays an unknown error', () => {
    const warn = expectConsole('warn');
    const error = new Error('Something failed.');
    error.name = 'smartcar_error';
    expect(normalizeVehicleError(error).type).toBe('UNKNOWN');
    expect(warn.messages().join('\n')).toMatch(/no recognisable `type`/);
  });
});

describe('Connect JS SDK results', () => {
  it('its message object reads as the Connect error, with its errorDescription', () => {
    const error = normalizeVehicleError(vendorPayload('Connect JS SDK message object (postMessage data) for access_denied').payload);
    expect(error).toMatchObject({ type: 'CONNECT', code: 'access_denied', description: 'The owner said no on the permissions screen.' });
  });

  it('VehicleIncompatible with vehicleInfo names the car in the owner`s message', () => {
    const payload = new ConnectSdkError('VehicleIncompatible', 'Not compatible.', { vin: '0SCAUDI012FE3B132', make: 'AUDI', year: 2019, model: 'A4' });
    expect(normalizeVehicleError(payload).vehicle).toEqual({ vin: '0SCAUDI012FE3B132', make: 'AUDI', year: '2019', model: 'A4' });
    expect(formatVehicleErrorMessage(payload, { appName: 'EV Buddy' }).message).toContain('2019 Audi A4');
  });

  it('VehicleIncompatible without vehicleInfo still reads as vehicle_incompatible', () => {
    expect(normalizeVehicleError(new ConnectSdkError('VehicleIncompatible', 'Not compatible.'))).toMatchObject({ type: 'CONNECT', code: 'vehicle_incompatible' });
  });

  it('InvalidSubscription and the generic "Unexpected error" Error carry their codes', () => {
    expect(normalizeVehicleError(new ConnectSdkError('InvalidSubscription', 'No active plan.')).code).toBe('invalid_subscription');
    expect(normalizeVehicleError(new Error('Unexpected error: server_error - Please try again.'))).toMatchObject({ code: 'server_error', description: 'Please try again.' });
  });
});

describe('errors wrapped by HTTP clients and generated SDKs', () => {
  it('got`s response body, status and headers (request id, Retry-After) are all used', () => {
    const error = normalizeVehicleError(vendorPayload('got HTTPError with a parsed v3 body and headers').payload);
    expect(error).toMatchObject({ type: 'VEHICLE_STATE', code: 'UNREACHABLE', statusCode: 409, requestId: '7c1e2a44-0d3b-4f6e-9a55-3b8d2f1c9e07', retryAfterMs: 60_000 });
  });

  it('a generated SDK`s error with the raw JSON body reads the body', () => {
    expect(normalizeVehicleError(vendorPayload('generated SDK error with the raw JSON body and its status').payload)).toMatchObject({ type: 'RATE_LIMIT', code: 'VEHICLE' });
  });

  it('one batch response on its own takes its status from `code`', () => {
    expect(normalizeVehicleError(vendorPayload('one batch response on its own ({ path, code, body, headers })').payload)).toMatchObject({ code: 'ASLEEP', statusCode: 409 });
  });

  it('an unread fetch Response (ky) gives its status, never its stream as a body, and says how to read it', () => {
    const warn = expectConsole('warn');
    const error = normalizeVehicleError({ name: 'HTTPError', message: 'Bad gateway', response: new Response('{}', { status: 502 }) });
    expect(error).toMatchObject({ type: 'UNKNOWN', statusCode: 502 });
    expect(resolveVehicleError(error)).toMatchObject({ kind: 'retry', automatic: true });
    expect(warn.messages().join('\n')).toMatch(/normalizeVehicleErrorResponse\(\)/);
  });
});

// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../src/core/dev-warning.js';
import { normalizeVehicleError, normalizeVehicleErrors } from '../src/core/normalize/index.js';
import { SmartcarError, vendorPayload, vendorPayloads } from './fixtures/vendor-payloads.js';
import { expectConsole } from './setup.js';

beforeEach(() => resetWarnings());

describe('v1 bodies', () => {
  it.each([
    ['vehicle_state_error', 'VEHICLE_STATE'],
    ['authentication_error', 'AUTHENTICATION'],
    ['permission_error', 'PERMISSION'],
    ['rate_limiting_error', 'RATE_LIMIT'],
    ['resource_not_found_error', 'RESOURCE_NOT_FOUND'],
    ['validation_error', 'VALIDATION'],
    ['server_error', 'SERVER'],
    ['monthly_limit_exceeded', 'BILLING'],
    ['vehicle_not_capable_error', 'COMPATIBILITY'],
    ['smartcar_not_capable_error', 'COMPATIBILITY'],
    ['gateway_timeout_error', 'UPSTREAM'],
  ])('%s is type %s, with its raw code and message kept', (name, type) => {
    expect(normalizeVehicleError({ error: name, message: 'It failed.', code: 'XX_001' })).toEqual({
      type,
      code: 'XX_001',
      resolution: { type: null },
      description: 'It failed.',
      source: 'v1',
      known: false,
    });
  });

  it('a body that names its type is not v1, even with an error string', () => {
    expect(normalizeVehicleError({ type: 'VEHICLE_STATE', code: 'ASLEEP', error: 'Conflict', message: 'Asleep.' })).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP', source: 'sdk' });
  });

  it('an unmapped v1 error string still names its type', () => {
    expect(normalizeVehicleError({ error: 'billing_error', message: 'Pay up.' })).toMatchObject({ type: 'BILLING', known: true });
  });
});

describe('v2 bodies', () => {
  it('keep every documented field, docURL as docUrl', () => {
    expect(normalizeVehicleError(vendorPayload('v2 VEHICLE_STATE DOOR_OPEN').payload)).toEqual({
      type: 'VEHICLE_STATE',
      code: 'DOOR_OPEN',
      statusCode: 409,
      resolution: { type: null },
      description: 'A door is open, so the request could not run.',
      suggestedUserMessage: 'Your car did not lock. Close every door and the trunk, then try again.',
      requestId: '5dea93a1-3f79-4246-90c5-89610a20471b',
      docUrl: 'https://smartcar.com/docs/errors/api-errors/vehicle-state-errors#door-open',
      source: 'v2',
      known: true,
    });
  });

  it.each([
    ['{ type: null }', { type: null }, { type: null }],
    ['{ type, url }', { type: 'REAUTHENTICATE', url: 'https://connect.example/re' }, { type: 'REAUTHENTICATE', url: 'https://connect.example/re' }],
    ['a bare string', 'RETRY_LATER', { type: 'RETRY_LATER' }],
    ['missing', undefined, { type: null }],
    ['an unsafe url', { type: 'REAUTHENTICATE', url: 'javascript:alert(1)' }, { type: 'REAUTHENTICATE' }],
    ['a non-identifier type', { type: 'retry later!' }, { type: null }],
    ['a number', 42, { type: null }],
  ])('read the resolution when it is %s', (_name, resolution, expected) => {
    expect(normalizeVehicleError({ type: 'SERVER', code: 'INTERNAL', resolution }).resolution).toEqual(expected);
  });

  it('read numbers sent as strings and ids sent as numbers', () => {
    expect(normalizeVehicleError({ type: 'SERVER', code: 'INTERNAL', statusCode: ' 500 ', requestId: 12345 })).toMatchObject({ statusCode: 500, requestId: '12345' });
  });

  it.each([NaN, Infinity, -1, 0, 99, 600, 409.5, '4O9', true])('ignore the impossible status %s', (statusCode) => {
    expect(normalizeVehicleError({ type: 'SERVER', code: 'INTERNAL', statusCode }).statusCode).toBeUndefined();
  });
});

describe('SDK error objects', () => {
  it('an Error subclass gives its fields, retryAfter in milliseconds', () => {
    expect(normalizeVehicleError(new SmartcarError('Slow down.', 'RATE_LIMIT', 'VEHICLE', 429, 'req-1', { type: 'RETRY_LATER' }, 30))).toEqual({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      statusCode: 429,
      resolution: { type: 'RETRY_LATER' },
      description: 'Slow down.',
      requestId: 'req-1',
      retryAfterMs: 30_000,
      source: 'sdk',
      known: true,
    });
  });

  it('fields behind getters on the class are read', () => {
    class GetterError extends Error {
      get type() {
        return 'UPSTREAM';
      }
      get code() {
        return 'NO_RESPONSE';
      }
    }
    expect(normalizeVehicleError(new GetterError('No answer.'))).toMatchObject({ type: 'UPSTREAM', code: 'NO_RESPONSE', source: 'sdk' });
  });

  it('snake_case fields of other SDKs are read too', () => {
    const error = { type: 'SERVER', code: 'INTERNAL', status_code: 500, request_id: 'r-9', suggested_user_message: 'Try later.', doc_url: 'https://smartcar.com/docs', retry_after: '5' };
    expect(normalizeVehicleError(error)).toMatchObject({ statusCode: 500, requestId: 'r-9', suggestedUserMessage: 'Try later.', docUrl: 'https://smartcar.com/docs', retryAfterMs: 5_000 });
  });

  it('an HTTP client error reads its response: body, status, Retry-After and request id headers', () => {
    const clientError = Object.assign(new Error('Request failed with status code 409'), {
      response: { status: 409, headers: { 'Retry-After': '20', 'SC-Request-Id': 'hdr-1' }, data: { type: 'VEHICLE_STATE', code: 'ASLEEP', resolution: { type: null } } },
    });
    expect(normalizeVehicleError(clientError)).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409, retryAfterMs: 20_000, requestId: 'hdr-1' });
  });

  it('an error whose cause is the vehicle error reads the cause', () => {
    const wrapped = new Error('Could not lock', { cause: { type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409 } });
    expect(normalizeVehicleError(wrapped)).toMatchObject({ type: 'VEHICLE_STATE', code: 'DOOR_OPEN' });
  });

  it('a plain Error is a generic error that keeps its message for developers', () => {
    const console = expectConsole('warn');
    expect(normalizeVehicleError(new Error('Network down'))).toEqual({ type: 'UNKNOWN', code: null, resolution: { type: null }, description: 'Network down', source: 'unknown', known: false });
    expect(console.messages().join('\n')).toContain('no recognisable `type`');
  });
});

describe('batch bodies', () => {
  it('give the errors of failed responses only; the response code fills a missing status', () => {
    const errors = normalizeVehicleErrors(vendorPayload('batch body: one success, two failures').payload);
    expect(errors.map((error) => [error.code, error.statusCode, error.source])).toEqual([
      ['ASLEEP', 409, 'batch'],
      ['NO_RESPONSE', 502, 'batch'],
    ]);
  });

  it("a body's own status wins over the response code", () => {
    const batch = { responses: [{ path: '/charge', code: 500, body: { type: 'VEHICLE_STATE', code: 'CHARGE_FAULT', statusCode: 409 } }] };
    expect(normalizeVehicleError(batch).statusCode).toBe(409);
  });

  it('a failed response without a readable body still gives an error with its status', () => {
    const console = expectConsole('warn');
    expect(normalizeVehicleErrors({ responses: [{ path: '/a', code: '503' }, { path: '/b', code: 500, body: 'oops' }] })).toEqual([
      { type: 'UNKNOWN', code: null, statusCode: 503, resolution: { type: null }, source: 'unknown', known: false },
      { type: 'UNKNOWN', code: null, statusCode: 500, resolution: { type: null }, source: 'unknown', known: false },
    ]);
    expect(console.messages()).toHaveLength(1);
  });

  it('a batch where everything succeeded gives the generic error and a warning', () => {
    const console = expectConsole('warn');
    expect(normalizeVehicleErrors({ responses: [{ path: '/odometer', code: 200, body: { distance: 1 } }] })).toHaveLength(1);
    expect(console.messages().join('\n')).toContain('no failed response');
  });
});

describe('strings and arrays', () => {
  it('a JSON string of a v3 body is parsed', () => {
    const error = normalizeVehicleError(`  ${JSON.stringify(vendorPayload('v3 BILLING VEHICLE_REQUEST_LIMIT').payload)}\n`);
    expect(error).toMatchObject({ type: 'BILLING', code: 'VEHICLE_REQUEST_LIMIT', statusCode: 430, description: 'This vehicle used up the requests its plan allows.' });
  });

  it('an array of payloads gives all their errors in order', () => {
    const errors = normalizeVehicleErrors([vendorPayload('v2 VEHICLE_STATE ASLEEP').payload, '?error=access_denied', vendorPayload('v2 SERVER INTERNAL').payload]);
    expect(errors.map((error) => error.code)).toEqual(['ASLEEP', 'access_denied', 'INTERNAL']);
  });

  it('JSON that does not parse is reported', () => {
    const console = expectConsole('warn');
    expect(normalizeVehicleError('{"type": "SERVER",').type).toBe('UNKNOWN');
    expect(console.messages().join('\n')).toContain('does not parse');
  });
});

describe('already-normalized errors', () => {
  it.each(vendorPayloads.map((entry) => [entry.name, entry.payload] as const))('%s: normalizing again changes nothing', (_name, payload) => {
    const once = normalizeVehicleErrors(payload);
    expect(normalizeVehicleErrors(once)).toStrictEqual(once);
    expect(normalizeVehicleError(once[0])).toStrictEqual(once[0]);
  });

  it('are cleaned again when edited by hand', () => {
    const edited = { ...normalizeVehicleError(vendorPayload('v2 SERVER INTERNAL').payload), docUrl: 'javascript:alert(1)', known: false };
    const error = normalizeVehicleError(edited);
    expect(error.docUrl).toBeUndefined();
    expect(error.known).toBe(true);
  });
});

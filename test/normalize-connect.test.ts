// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../src/core/dev-warning.js';
import { normalizeVehicleError, normalizeVehicleErrors } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import { expectConsole } from './setup.js';

beforeEach(() => resetWarnings());

const query = 'error=vehicle_incompatible&error_description=This+car+cannot+be+connected.&make=TESLA&model=Model+S&year=2014&vin=5YJSA1CN5DFP00101&state=xyz';
const expected = {
  type: 'CONNECT',
  code: 'vehicle_incompatible',
  resolution: { type: null },
  description: 'This car cannot be connected.',
  vehicle: { make: 'TESLA', model: 'Model S', year: '2014', vin: '5YJSA1CN5DFP00101' },
  source: 'connect',
  known: true,
};

describe('a Connect redirect error reads the same in every form the app may hold it', () => {
  it.each([
    ['an absolute URL string', `https://app.example/callback?${query}`],
    ['a URL string with the parameters in the fragment', `https://app.example/callback#${query}`],
    ['a relative URL', `/callback?${query}`],
    ['a relative URL with the parameters in the fragment', `/callback#${query}`],
    ['a fragment alone', `#${query}`],
    ['a query string with ?', `?${query}`],
    ['a query string without ?', query],
    ['a URL object', new URL(`https://app.example/callback?${query}`)],
    ['URLSearchParams', new URLSearchParams(query)],
    ['a plain object', Object.fromEntries(new URLSearchParams(query))],
    ['a plain object with a numeric year', { ...Object.fromEntries(new URLSearchParams(query)), year: 2014 }],
  ])('%s', (_name, input) => {
    expect(normalizeVehicleError(input)).toEqual(expected);
  });

  it('reads the first of repeated parameters, as URLSearchParams.get does', () => {
    expect(normalizeVehicleError(new URLSearchParams('error=access_denied&error=server_error&make=BMW&make=KIA'))).toMatchObject({
      code: 'access_denied',
      vehicle: { make: 'BMW' },
    });
  });

  it('reads the fragment when the query of a relative redirect has no error', () => {
    expect(normalizeVehicleError('?state=xyz#error=access_denied')).toMatchObject({ type: 'CONNECT', code: 'access_denied' });
  });

  it('gives the owner nothing to retry for an incompatible car', () => {
    expect(resolveVehicleError(normalizeVehicleError(`?${query}`)).kind).toBe('none');
  });
});

describe('Connect codes', () => {
  it.each([
    ['access_denied', 'reauthenticate'],
    ['invalid_subscription', 'reauthenticate'],
    ['configuration_error', 'contactSupport'],
    ['no_vehicles', 'reauthenticate'],
    ['vehicle_incompatible', 'none'],
    ['server_error', 'reauthenticate'],
    ['user_manually_returned_to_application', 'reauthenticate'],
    ['oem_cancelled_login', 'reauthenticate'],
    ['user_cancelled', 'reauthenticate'],
  ])('%s is a known CONNECT code the owner answers with %s', (code, kind) => {
    const error = normalizeVehicleError(`?error=${code}`);
    expect(error).toMatchObject({ type: 'CONNECT', code, known: true, source: 'connect' });
    expect(resolveVehicleError(error).kind).toBe(kind);
  });

  it('keeps any other lower-case code as an unknown CONNECT code', () => {
    expect(normalizeVehicleError('?error=brand_new_problem')).toMatchObject({ type: 'CONNECT', code: 'brand_new_problem', known: false });
  });

  it('lower-cases a shouted code', () => {
    expect(normalizeVehicleError('?error=ACCESS_DENIED').code).toBe('access_denied');
  });

  it('reads status_code and falls back to error_message for the description', () => {
    const error = normalizeVehicleError({ error: 'configuration_error', status_code: '502', error_message: 'The login page failed.' });
    expect(error).toMatchObject({ code: 'configuration_error', statusCode: 502, description: 'The login page failed.' });
  });

  it('tells Connect server_error (no message or code) from the v1 server_error body', () => {
    expect(normalizeVehicleError({ error: 'server_error' })).toMatchObject({ type: 'CONNECT', code: 'server_error', source: 'connect' });
    expect(normalizeVehicleError({ error: 'server_error', message: 'Boom.' })).toMatchObject({ type: 'SERVER', code: null, source: 'v1' });
  });
});

describe('what is not a Connect error gives the generic error and a development warning', () => {
  it.each([
    ['a URL without an error parameter', 'https://app.example/callback?code=abc&state=xyz', 'no `error` parameter'],
    ['an error value that is no code', '?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'not a lower-case code'],
    ['an object whose error is no code', { error: 'Access denied!' }, 'not a lower-case code'],
    ['a sentence', 'Something went wrong', 'neither JSON nor a Connect redirect'],
    ['a javascript: URL', 'javascript:alert(1)', 'no `error` parameter'],
  ])('%s', (_name, input, warning) => {
    const console = expectConsole('warn');
    expect(normalizeVehicleErrors(input)).toEqual([{ type: 'UNKNOWN', code: null, resolution: { type: null }, source: 'unknown', known: false }]);
    expect(console.messages().join('\n')).toContain(warning);
  });
});

// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../src/core/dev-warning.js';
import { normalizeVehicleError, normalizeVehicleErrors } from '../src/core/normalize/index.js';
import { expectConsole } from './setup.js';

beforeEach(() => resetWarnings());

const generic = { type: 'UNKNOWN', code: null, resolution: { type: null }, source: 'unknown', known: false };

describe('input that is not an error gives the generic error and one development warning', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', NaN],
    ['a boolean', true],
    ['a bigint', 10n],
    ['a symbol', Symbol('x')],
    ['a function', () => 'error'],
    ['a Date', new Date()],
    ['a Map', new Map([['type', 'SERVER']])],
    ['a Set', new Set(['SERVER'])],
    ['a Promise', Promise.resolve({ type: 'SERVER' })],
    ['an empty object', {}],
    ['an empty array', []],
    ['an empty string', '   '],
  ])('%s', (_name, input) => {
    const console = expectConsole('warn');
    expect(normalizeVehicleErrors(input)).toEqual([generic]);
    expect(console.messages()).toHaveLength(1);
    expect(console.messages()[0]).toMatch(/^\[vehicle-error-ui\] normalizeVehicleError: /);
  });

  it('warns once per kind of problem and never repeats the payload', () => {
    const console = expectConsole('warn');
    normalizeVehicleError({ secret: 'token-123' });
    normalizeVehicleError({ secret: 'token-456' });
    expect(console.messages()).toHaveLength(1);
    expect(console.messages()[0]).not.toContain('token');
  });
});

describe('hostile objects never make it throw', () => {
  it('a cyclic error object is read once', () => {
    const body: Record<string, unknown> = { type: 'SERVER', code: 'INTERNAL' };
    body.self = body;
    body.cause = body;
    expect(normalizeVehicleError(body)).toMatchObject({ type: 'SERVER', code: 'INTERNAL' });
  });

  it('a cyclic array and a cyclic cause chain stop at the depth limit', () => {
    expectConsole('warn');
    const list: unknown[] = [];
    list.push(list);
    const error = new Error('loop');
    Object.assign(error, { cause: error });
    expect(normalizeVehicleErrors(list)).toEqual([generic]);
    expect(normalizeVehicleError(error).type).toBe('UNKNOWN');
  });

  it('deep nesting stops at the depth limit', () => {
    const console = expectConsole('warn');
    let deep: unknown = { type: 'SERVER', code: 'INTERNAL' };
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    expect(normalizeVehicleError(deep)).toEqual(generic);
    expect(normalizeVehicleError(JSON.stringify([[[[[[[[[[{ type: 'SERVER' }]]]]]]]]]])).type).toBe('UNKNOWN');
    expect(console.messages().join('\n')).toContain('nested more than');
  });

  it('a huge list is read up to 50 errors', () => {
    const console = expectConsole('warn');
    const body = { errors: Array.from({ length: 100_000 }, () => ({ type: 'SERVER', code: 'INTERNAL', status: '500' })) };
    expect(normalizeVehicleErrors(body)).toHaveLength(50);
    expect(normalizeVehicleErrors(Array.from({ length: 5_000 }, () => body))).toHaveLength(50);
    expect(console.messages().join('\n')).toContain('more than 50');
  });

  it('huge strings are capped, and a cut is marked', () => {
    const error = normalizeVehicleError({ type: 'SERVER', code: 'INTERNAL', description: `  ${'word '.repeat(200_000)}`, requestId: 'r'.repeat(10_000) });
    expect(error.description?.length).toBeLessThanOrEqual(500);
    expect(error.description?.endsWith('…')).toBe(true);
    expect(error.requestId?.length).toBeLessThanOrEqual(128);
  });

  it('a huge JSON string is not parsed', () => {
    expectConsole('warn');
    expect(normalizeVehicleError(`{"type":"SERVER","description":"${'x'.repeat(200_000)}"}`).type).toBe('UNKNOWN');
  });

  it('__proto__ keys from JSON.parse neither count nor pollute', () => {
    expectConsole('warn');
    expect(normalizeVehicleError(JSON.parse('{"__proto__": {"type": "SERVER", "code": "INTERNAL"}}')).type).toBe('UNKNOWN');
    expect(normalizeVehicleError('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "type": "VEHICLE_STATE", "code": "ASLEEP"}')).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a polluted Object.prototype does not turn every object into an error', () => {
    expectConsole('warn');
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.type = 'SERVER';
    try {
      expect(normalizeVehicleError({}).type).toBe('UNKNOWN');
    } finally {
      delete prototype.type;
    }
  });

  it('null-prototype objects are read', () => {
    const body = Object.assign(Object.create(null) as object, { type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409 });
    expect(normalizeVehicleError(body)).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409 });
  });

  it('throwing getters lose only their own field', () => {
    const body = {
      type: 'VEHICLE_STATE',
      code: 'ASLEEP',
      get description(): string {
        throw new Error('getter');
      },
    };
    expect(normalizeVehicleError(body)).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP' });
  });

  it('Proxies that throw on every trap, and revoked ones, give the generic error', () => {
    expectConsole('warn');
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    const { proxy, revoke } = Proxy.revocable({ type: 'SERVER' }, {});
    revoke();
    expect(normalizeVehicleError(hostile)).toEqual(generic);
    expect(normalizeVehicleError(proxy)).toEqual(generic);
    expect(normalizeVehicleErrors([hostile, proxy, { type: 'SERVER', code: 'INTERNAL' }])).toHaveLength(1);
  });

  it('symbols, bigints and functions in fields are ignored', () => {
    const error = normalizeVehicleError({ type: 'SERVER', code: Symbol('c'), statusCode: 500n, description: () => 'x', requestId: Symbol('r'), [Symbol('k')]: 1 });
    expect(error).toEqual({ type: 'SERVER', code: null, resolution: { type: null }, source: 'v2', known: true });
  });
});

describe('every field is cleaned', () => {
  it('types and codes must look like identifiers', () => {
    expectConsole('warn');
    expect(normalizeVehicleError({ type: '<img src=x onerror=alert(1)>', code: 'ASLEEP', statusCode: 409 })).toMatchObject({ type: 'UNKNOWN', code: null, statusCode: 409 });
    expect(normalizeVehicleError({ type: 'VEHICLE_STATE', code: 'DROP TABLE cars' }).code).toBeNull();
    expect(normalizeVehicleError({ type: 'vehicle_state', code: 'ASLEEP' }).type).toBe('VEHICLE_STATE');
  });

  it('URLs only through safeUrl', () => {
    const error = normalizeVehicleError({ type: 'SERVER', code: 'INTERNAL', docURL: 'javascript:alert(1)', links: { about: 'data:text/html,x' }, resolution: { type: 'REAUTHENTICATE', url: '//evil.com' } });
    expect(error.docUrl).toBeUndefined();
    expect(error.resolution).toEqual({ type: 'REAUTHENTICATE' });
  });

  it('control and bidirectional-override characters are removed', () => {
    expect(normalizeVehicleError({ type: 'SERVER', description: 'a\u0000b\u202Ec\n d' }).description).toBe('a b c  d');
  });

  it('stringified objects and template leftovers are dropped, not shown', () => {
    const error = normalizeVehicleError({ type: 'SERVER', description: '[object Object]', suggestedUserMessage: 'Hello {{name}}', requestId: 'undefined' });
    expect(error.description).toBeUndefined();
    expect(error.suggestedUserMessage).toBeUndefined();
    expect(error.requestId).toBeUndefined();
  });
});

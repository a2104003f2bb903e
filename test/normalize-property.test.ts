// @vitest-environment node
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { vehicleErrorCatalog } from '../src/core/catalog.js';
import { resetWarnings } from '../src/core/dev-warning.js';
import { normalizeVehicleError, normalizeVehicleErrors } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import type { VehicleError } from '../src/core/types.js';
import { vendorPayloads } from './fixtures/vendor-payloads.js';
import { expectConsole } from './setup.js';

/**
 * Whatever it is given, normalize returns clean errors and never throws; resolve never throws on
 * what normalize returns; normalizing twice changes nothing. 10,500 generated inputs in all.
 */
beforeEach(() => {
  resetWarnings();
  expectConsole('warn'); // generated garbage warns by design
});

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const URL_FIELDS = new Set(['docUrl', 'url']);
const SOURCES = ['v1', 'v2', 'v3', 'sdk', 'batch', 'connect', 'webhook', 'network', 'unknown'];
const KINDS = ['retry', 'reauthenticate', 'contactSupport', 'none'];

/** What is wrong with one string field: capped, trimmed, non-empty, no stringified object. */
function stringProblem(value: string, key: string): string | undefined {
  if (value.length > (URL_FIELDS.has(key) ? 2048 : 500)) return `${key} is ${value.length} characters long`;
  if (value.includes('[object')) return `${key} contains [object`;
  if (value.length === 0 || value !== value.trim()) return `${key} is empty or untrimmed`;
  return undefined;
}

/** Every problem found in a value of an error, walking nested objects and arrays. */
function valueProblems(value: unknown, key: string, found: string[]): void {
  if (typeof value === 'string') {
    const problem = stringProblem(value, key);
    if (problem) found.push(problem);
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${key} is not finite`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [child, inner] of Object.entries(value)) valueProblems(inner, Array.isArray(value) ? key : child, found);
  } else if (value !== null && typeof value !== 'boolean') {
    found.push(`${key} is a ${typeof value}`);
  }
}

/** Plain checks instead of one `expect` per field keep 10,000 runs fast. */
function errorProblems(error: VehicleError): string[] {
  const found: string[] = [];
  if (!IDENTIFIER.test(error.type)) found.push('type is no identifier');
  if (error.code !== null && !IDENTIFIER.test(error.code)) found.push('code is no identifier');
  if (error.resolution.type !== null && !IDENTIFIER.test(error.resolution.type)) found.push('resolution.type is no identifier');
  if (!SOURCES.includes(error.source)) found.push('unknown source');
  if (typeof error.known !== 'boolean') found.push('known is no boolean');
  valueProblems(error, 'error', found);
  if (!KINDS.includes(resolveVehicleError(error).kind)) found.push('unknown resolution kind');
  return found;
}

/** The whole contract for one input. */
function checkInput(input: unknown): void {
  const errors = normalizeVehicleErrors(input);
  const error = normalizeVehicleError(input);
  const found = [...errors, error].flatMap(errorProblems);
  if (errors.length === 0 || errors.length > 50) found.push(`${errors.length} errors`);
  expect(found).toEqual([]);
  expect(normalizeVehicleErrors(errors)).toStrictEqual(errors);
  expect(normalizeVehicleError(error)).toStrictEqual(error);
}

const types = [...new Set(vehicleErrorCatalog.map((entry) => entry.type))];
const codes = vehicleErrorCatalog.map((entry) => entry.code);
const junk = fc.oneof(fc.string({ maxLength: 40 }), fc.anything({ maxDepth: 2 }), fc.constantFrom('__proto__', 'constructor', '[object Object]', 'null', ' ', 'javascript:alert(1)', NaN, Infinity, '409'));
const errorFields = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...types), junk),
    code: fc.oneof(fc.constantFrom(...codes), junk),
    status: fc.oneof(fc.integer({ min: 100, max: 599 }).map(String), junk),
    statusCode: fc.oneof(fc.integer({ min: -1, max: 700 }), junk),
    description: junk,
    detail: junk,
    title: junk,
    message: junk,
    suggestedUserMessage: fc.oneof(fc.constantFrom('<App name> lost the car.', '{{appName}} undefined'), junk),
    resolution: fc.oneof(fc.record({ type: fc.oneof(fc.constantFrom('RETRY_LATER', 'REAUTHENTICATE', 'CONTACT_SUPPORT', 'FINANCE', null), junk), url: fc.oneof(fc.webUrl(), junk) }), junk),
    requestId: junk,
    docURL: fc.oneof(fc.webUrl(), junk),
    links: fc.oneof(fc.record({ about: fc.oneof(fc.webUrl(), junk) }), junk),
    meta: fc.oneof(fc.record({ requestId: junk }), junk),
    retryAfter: junk,
    state: fc.oneof(fc.constantFrom('ERROR', 'RESOLVED'), junk),
    signals: fc.oneof(fc.array(fc.oneof(fc.record({ code: junk, name: junk, group: junk }), junk), { maxLength: 4 }), junk),
    vehicle: fc.oneof(fc.record({ id: junk, make: junk, model: junk, year: fc.oneof(fc.integer(), junk), vin: junk }), junk),
    error: fc.oneof(fc.constantFrom('vehicle_state_error', 'server_error', 'access_denied', 'vehicle_incompatible'), junk),
    error_description: junk,
    make: junk,
    year: junk,
  },
  { requiredKeys: [] },
);
/** Values shaped like each supported input, with junk in their fields. */
const vendorShaped = fc.oneof(
  errorFields,
  errorFields.map((item) => ({ errors: [item, item] })),
  errorFields.map((item) => ({ eventType: 'VEHICLE_ERROR', eventId: 'e', vehicleId: 'v', data: { vehicle: item.vehicle, errors: [item] } })),
  fc.tuple(fc.oneof(fc.integer({ min: 100, max: 599 }), junk), errorFields).map(([code, body]) => ({ responses: [{ path: '/x', code, body }] })),
  errorFields.map((item) => new URLSearchParams(Object.entries(item).map(([key, value]) => [key, typeof value === 'string' ? value : '']))),
  errorFields.map((item) => JSON.stringify(item) ?? ''),
  fc.constantFrom(...vendorPayloads.map((entry) => entry.payload)),
);

// Thousands of runs each: on a shared 2-core machine the default 5 s timer measured the load (up to
// 7.5 s with five helpers running), not the library. A hang still fails.
describe('normalize never throws and always returns clean errors', () => {
  it('for 4,000 arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), checkInput), { numRuns: 4_000 });
  });

  it('for 1,000 arbitrary JSON strings', () => {
    fc.assert(fc.property(fc.jsonValue().map((value) => JSON.stringify(value)), checkInput), { numRuns: 1_000 });
  });

  it('for 2,500 arbitrary JavaScript values (boxed, null-prototype, Map, Set, Date, BigInt, typed and sparse arrays)', () => {
    const anything = fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(fc.property(anything, checkInput), { numRuns: 2_500 });
  });

  it('for 3,000 vendor-shaped payloads with junk in their fields', () => {
    fc.assert(fc.property(vendorShaped, checkInput), { numRuns: 3_000 });
  });
});

describe('hand-made hostile objects', () => {
  function hostileInputs(): unknown[] {
    const cyclic: Record<string, unknown> = { type: 'VEHICLE_STATE', code: 'ASLEEP' };
    cyclic.self = cyclic;
    cyclic.errors = [cyclic];
    cyclic.responses = [{ code: 500, body: cyclic }];
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    const arrayProxy = new Proxy([{ type: 'SERVER' }], { get: trap });
    const throwingGetters = Object.defineProperties({}, { type: { get: trap, enumerable: true }, errors: { get: trap }, eventType: { get: trap } });
    const lying = { type: { toString: () => 'VEHICLE_STATE' }, code: { toString: trap }, statusCode: { valueOf: trap }, description: { [Symbol.toPrimitive]: trap } };
    const sdk = Object.assign(new Error('boom'), { type: 'RATE_LIMIT', code: 'VEHICLE', statusCode: '429', retryAfter: 'soon', requestId: { toString: () => '[object Object]' } });
    let deep: unknown = { type: 'SERVER' };
    for (let depth = 0; depth < 5_000; depth += 1) deep = { errors: [deep], responses: [{ code: 500, body: deep }] };
    return [
      cyclic, proxy, arrayProxy, throwingGetters, lying, sdk, deep,
      JSON.parse('{"__proto__":{"type":"VEHICLE_STATE","code":"ASLEEP"},"constructor":{"prototype":{"type":"SERVER"}}}'),
      { type: '__proto__', code: 'constructor', resolution: '__proto__' },
      { type: 'VEHICLE_STATE', code: 'ASLEEP', description: '\u202E'.repeat(10_000), suggestedUserMessage: `${'a'.repeat(499)}\ud83d\ude97` },
      { eventType: 'VEHICLE_ERROR', data: { vehicle: { make: '{{appName}}', model: 'null', year: Infinity }, errors: [null, 7, { type: 'X', state: {} }] } },
      new URLSearchParams('error=__proto__&make=%7B%7Bmake%7D%7D'),
      `?error=access_denied&error_description=${'z'.repeat(100_000)}`,
      Object.freeze({ type: 'VEHICLE_STATE', code: 'DOOR_OPEN', resolution: Object.freeze({ type: 'FINANCE', url: 'javascript:alert(1)' }) }),
      new Response('{"type":"SERVER"}', { status: 500 }),
    ];
  }

  it.each(hostileInputs().map((input, index) => [index, input] as const))('#%i', (_index, input) => {
    checkInput(input);
  });
});

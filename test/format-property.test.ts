import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVehicleErrorMessage, normalizeVehicleError, resolveVehicleError, vehicleErrorCatalog } from '../src/core.js';
import { resetWarnings } from '../src/core/dev-warning.js';
import { LEAKED_VALUE } from '../src/core/leaked-values.js';
import en from '../locales/en/vehicle-errors.json' with { type: 'json' };
import { hostileInputs } from './format-hostile-inputs.js';
import { expectConsole } from './setup.js';

// Leaked values as whole words (an app or a translation may say "annullato"): the library's own pattern.
const FORBIDDEN = ['{{', '[object'];
const actions = [...Object.keys(en.action), undefined];

/** Normalizes, resolves and formats one input, failing on a throw or on a leftover. */
function check(input: unknown, action?: string, lng?: string): void {
  const error = normalizeVehicleError(input);
  resolveVehicleError(error);
  const { title, message } = formatVehicleErrorMessage(input, { appName: 'EV Buddy', ...(action ? { action } : {}), ...(lng ? { lng } : {}) });
  for (const text of [title, message]) {
    expect(typeof text).toBe('string');
    expect(text.trim()).not.toBe('');
    for (const bad of FORBIDDEN) expect(text).not.toContain(bad);
    expect(text).not.toMatch(LEAKED_VALUE);
  }
}

/** Payload-like objects: real types and codes mixed with nonsense in every field. */
const types = [...new Set(vehicleErrorCatalog.map((entry) => entry.type))];
const codes = vehicleErrorCatalog.map((entry) => entry.code);
const field = fc.oneof(fc.string(), fc.anything(), fc.constantFrom('{{appName}}', '<app name>', 'null', 'undefined', '__proto__'));
const payloadLike = fc.oneof(
  fc.record(
    { type: fc.oneof(fc.constantFrom(...types), field), code: fc.oneof(fc.constantFrom(...codes), field), statusCode: fc.oneof(fc.integer(), field), resolution: field, suggestedUserMessage: field, requestId: field },
    { requiredKeys: [] },
  ),
  fc.record({ errors: fc.array(fc.record({ status: field, type: fc.constantFrom(...types), code: fc.constantFrom(...codes), title: field, detail: field })) }),
  fc.record({ error: fc.oneof(fc.constantFrom(...codes.filter((code): code is string => code !== null)), field), make: field, model: field, year: field }),
  fc.record({ eventType: fc.constant('VEHICLE_ERROR'), data: fc.record({ vehicle: fc.record({ make: field, model: field, year: field }), errors: fc.array(field) }) }),
);

// Thousands of runs each: on the shared 2-core machine the default 5 s timer measured the machine's
// load, not the library (these took 4–7 s with five helpers running). A hang still fails.
describe('normalize, resolve and format never throw and never show leftovers', () => {
  it('for 3,000 arbitrary JSON values', () => {
    resetWarnings();
    expectConsole('warn');
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom(...actions), (input, action) => check(input, action)), { numRuns: 3_000 });
  });

  it('for 3,000 arbitrary JavaScript values', () => {
    resetWarnings();
    expectConsole('warn');
    const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, withUnicodeString: true });
    fc.assert(fc.property(anything, fc.constantFrom(...actions), (input, action) => check(input, action)), { numRuns: 3_000 });
  });

  it('for 3,500 payload-like objects full of nonsense', () => {
    resetWarnings();
    expectConsole('warn');
    fc.assert(fc.property(payloadLike, fc.constantFrom(...actions), (input, action) => check(input, action)), { numRuns: 3_500 });
  });

  it('for 500 hostile inputs with odd options', () => {
    resetWarnings();
    expectConsole('warn');
    const options = fc.tuple(fc.oneof(fc.constantFrom(...actions), fc.string()), fc.oneof(fc.constant(undefined), fc.constantFrom('en', 'xx', '__proto__', 'constructor', '')));
    // Picked by index: fast-check itself must not touch the traps before the library does.
    const inputs = hostileInputs();
    const index = fc.nat({ max: inputs.length - 1 });
    fc.assert(fc.property(index, options, (i, [action, lng]) => check(inputs[i], action, lng)), { numRuns: 500 });
  });
});

/** Inputs written to break parsers: cycles, traps, prototype keys, huge and deep values. */
export function hostileInputs(): unknown[] {
  const cyclic: Record<string, unknown> = { type: 'VEHICLE_STATE', code: 'ASLEEP' };
  cyclic.self = cyclic;
  cyclic.errors = [cyclic];
  const throwing = Object.defineProperty({}, 'type', { enumerable: true, get: () => { throw new Error('getter'); } });
  const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
  let deep: unknown = { type: 'SERVER' };
  for (let depth = 0; depth < 5_000; depth += 1) deep = { errors: [deep] };
  const sdkError = Object.assign(new Error('boom'), { type: 'RATE_LIMIT', code: 'VEHICLE', statusCode: '429', retryAfter: 'soon', requestId: { toString: () => '[object Object]' } });
  const lying = { type: { toString: () => 'VEHICLE_STATE' }, code: { toString: () => { throw new Error('toString'); } } };
  return [
    cyclic, throwing, trap, deep, sdkError, lying, Object.create(null), Symbol('x'), 10n, () => 'fn', Number.NaN, Infinity, -0,
    new Date(Number.NaN), Promise.resolve({ type: 'SERVER' }), new Map([['type', 'SERVER']]), new Uint8Array(16),
    JSON.parse('{"__proto__":{"type":"VEHICLE_STATE","code":"ASLEEP"},"constructor":{"prototype":{"polluted":true}}}'),
    { type: '__proto__', code: 'constructor', suggestedUserMessage: 'toString' },
    { type: 'PERMISSION', code: null, suggestedUserMessage: '{{appName}} <app name> undefined null [object Object]' },
    { type: 'FINANCE', code: null, suggestedUserMessage: 'Please wait. '.repeat(100_000) },
    { type: 'x'.repeat(1_000_000), code: 'y'.repeat(1_000_000) },
    { errors: new Array(100_000).fill({ type: 'SERVER', code: 'INTERNAL', status: '500' }) },
    { responses: [{ path: '/odometer', code: 409, body: { type: 'VEHICLE_STATE', code: 'UNREACHABLE' } }, null, 'x'] },
    new URLSearchParams('error=__proto__&make=%7B%7Bmake%7D%7D&model=undefined&year=null'),
    'https://app.example/cb?error=vehicle_incompatible&make={{make}}&model=null&year=[object Object]',
    '?error=vehicle_incompatible&make=undefined&model=%3Cb%3E&year=99999',
    'error=access_denied&error_description=' + 'z'.repeat(100_000),
    '{"type":"VEHICLE_STATE","code":"ASLEEP"}',
    { eventType: 'VEHICLE_ERROR', data: { vehicle: { make: '{{appName}}', model: 'null', year: 'undefined' }, errors: [{ type: 'CONNECT', code: 'vehicle_incompatible', state: 'ERROR' }, null, 7] } },
    { eventType: 'VEHICLE_ERROR', data: { vehicle: { make: 'TESLA', model: ['Model 3'], year: { y: 2020 } }, errors: 'nope' } },
    Object.freeze({ type: 'VEHICLE_STATE', code: 'DOOR_OPEN', resolution: Object.freeze({ type: 'FINANCE', url: 'javascript:alert(1)' }) }),
  ];
}

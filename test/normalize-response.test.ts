// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../src/core/dev-warning.js';
import { normalizeVehicleError, normalizeVehicleErrorResponse } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import { vendorPayload } from './fixtures/vendor-payloads.js';
import { expectConsole } from './setup.js';

beforeEach(() => resetWarnings());
afterEach(() => vi.useRealTimers());

const asleep = vendorPayload('v2 VEHICLE_STATE ASLEEP').payload;
const asleepWithoutId: Record<string, unknown> = { ...(asleep as Record<string, unknown>) };
delete asleepWithoutId.requestId;

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

describe('normalizeVehicleErrorResponse reads a failed fetch Response', () => {
  it('reads a JSON body like normalizeVehicleError', async () => {
    expect(await normalizeVehicleErrorResponse(json(asleep, 409))).toEqual(normalizeVehicleError(asleep));
  });

  it('reads a v3 body sent as text/plain', async () => {
    const body = JSON.stringify(vendorPayload('v3 UPSTREAM NO_RESPONSE').payload);
    const error = await normalizeVehicleErrorResponse(new Response(body, { status: 502, headers: { 'content-type': 'text/plain' } }));
    expect(error).toMatchObject({ type: 'UPSTREAM', code: 'NO_RESPONSE', statusCode: 502, source: 'v3' });
  });

  it('takes Retry-After in seconds', async () => {
    const error = await normalizeVehicleErrorResponse(json({ type: 'RATE_LIMIT', code: 'SMARTCAR_API', resolution: { type: 'RETRY_LATER' } }, 429, { 'Retry-After': '42' }));
    expect(error).toMatchObject({ statusCode: 429, retryAfterMs: 42_000 });
    expect(resolveVehicleError(error)).toEqual({ kind: 'retry', automatic: true, retryAfterMs: 42_000 });
  });

  it('takes Retry-After as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-21T07:28:00Z'));
    const error = await normalizeVehicleErrorResponse(json(asleep, 409, { 'retry-after': 'Wed, 21 Oct 2026 07:29:30 GMT' }));
    expect(error.retryAfterMs).toBe(90_000);
  });

  it('keeps the body request id, else takes it from the headers', async () => {
    expect((await normalizeVehicleErrorResponse(json(asleep, 409, { 'sc-request-id': 'from-header' }))).requestId).toBe('5dea93a1-3f79-4246-90c5-89610a20471b');
    expect((await normalizeVehicleErrorResponse(json(asleepWithoutId, 409, { 'SC-Request-Id': 'sc-1' }))).requestId).toBe('sc-1');
    expect((await normalizeVehicleErrorResponse(json(asleepWithoutId, 409, { 'x-request-id': 'x-1' }))).requestId).toBe('x-1');
    expect((await normalizeVehicleErrorResponse(json(asleepWithoutId, 409, { 'request-id': 'r-1' }))).requestId).toBe('r-1');
  });

  it("keeps the body's status when it differs from the response's", async () => {
    expect((await normalizeVehicleErrorResponse(json(asleep, 200))).statusCode).toBe(409);
  });

  it('still gives an error with the status for an HTML body, quietly', async () => {
    const error = await normalizeVehicleErrorResponse(new Response('<html><body>Bad Gateway</body></html>', { status: 502, headers: { 'x-request-id': 'edge-7' } }));
    expect(error).toEqual({ type: 'UNKNOWN', code: null, statusCode: 502, requestId: 'edge-7', resolution: { type: null }, source: 'unknown', known: false });
    expect(resolveVehicleError(error)).toEqual({ kind: 'retry', automatic: true });
  });

  it('still gives an error with the status for an empty body', async () => {
    const error = await normalizeVehicleErrorResponse(new Response(null, { status: 503, headers: { 'Retry-After': '5' } }));
    expect(error).toMatchObject({ type: 'UNKNOWN', statusCode: 503, retryAfterMs: 5_000 });
  });

  it('still gives an error when the body was already read', async () => {
    const response = json(asleep, 409);
    await response.text();
    expect(await normalizeVehicleErrorResponse(response)).toMatchObject({ type: 'UNKNOWN', statusCode: 409 });
  });

  it('warns when handed a successful response with no error in it', async () => {
    const console = expectConsole('warn');
    expect((await normalizeVehicleErrorResponse(new Response('{"distance": 1}', { status: 200 }))).type).toBe('UNKNOWN');
    expect(console.messages().join('\n')).toContain('not an error');
  });

  it('never rejects, whatever it is handed', async () => {
    expectConsole('warn');
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    const rejecting = { status: 500, headers: new Headers(), text: () => Promise.reject(new Error('network')) };
    for (const input of [hostile, rejecting, null, undefined, 42]) {
      await expect(normalizeVehicleErrorResponse(input as unknown as Response)).resolves.toMatchObject({ type: 'UNKNOWN' });
    }
    expect((await normalizeVehicleErrorResponse(rejecting as unknown as Response)).statusCode).toBe(500);
  });
});

describe('normalizeVehicleError given a Response (not awaited)', () => {
  it('keeps its status and headers and points the developer to the async helper', () => {
    const console = expectConsole('warn');
    expect(normalizeVehicleError(json(asleep, 409, { 'retry-after': '3' }))).toMatchObject({ type: 'UNKNOWN', statusCode: 409, retryAfterMs: 3_000 });
    expect(console.messages().join('\n')).toContain('normalizeVehicleErrorResponse');
  });
});

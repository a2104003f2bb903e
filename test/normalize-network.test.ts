// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import axios from 'axios';
import got from 'got';
import ky from 'ky';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatVehicleErrorMessage, normalizeVehicleError, resolveVehicleError, retryPolicyFor } from '../src/core.js';
import { resetWarnings } from '../src/core/dev-warning.js';
import { retryPolicies } from '../src/core/catalog.js';
import en from '../locales/en/vehicle-errors.json' with { type: 'json' };
import { expectConsole } from './setup.js';

/**
 * The app's own failures, thrown by the real clients apps use against a local server that refuses
 * connections, never answers, or drops the socket: each becomes a `NETWORK` error with its code,
 * its own message, and a retry (or, cancelled by the app, nothing to show).
 */

type NetworkCode = 'UNREACHABLE' | 'TIMEOUT' | 'ABORTED';

const servers: Server[] = [];
let refusing = '';
let hanging = '';
let dropping = '';

async function listen(handle: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  hanging = await listen(() => undefined);
  dropping = await listen((request) => request.socket.destroy());
  // A port that was just free: nothing listens there, so connecting is refused.
  refusing = await listen(() => undefined);
  const closing = servers.pop();
  await new Promise((resolve) => closing?.close(resolve));
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

beforeEach(() => resetWarnings());
afterEach(() => vi.unstubAllGlobals());

/** What a call rejected with. */
async function rejection(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('the request did not fail');
}

/** A request the app cancels itself as soon as it is under way. */
function cancelled(start: (signal: AbortSignal) => Promise<unknown>): Promise<unknown> {
  const controller = new AbortController();
  const request = start(controller.signal);
  setTimeout(() => controller.abort(), 20);
  return request;
}

// The vendor's Node SDK (CommonJS, untyped) reads its API origin from the environment and its
// timeout (310 s) from its own config; a test cannot wait that long, so that shared object is shortened.
const require = createRequire(import.meta.url);
const smartcar = require('smartcar') as { Vehicle: new (id: string, token: string) => { odometer(): Promise<unknown> } };
const sdkConfig = require('smartcar/lib/config.json') as { timeout: number };
async function sdkOdometer(origin: string): Promise<unknown> {
  const [env, timeout] = [process.env.SMARTCAR_API_ORIGIN, sdkConfig.timeout];
  process.env.SMARTCAR_API_ORIGIN = origin;
  sdkConfig.timeout = 100;
  try {
    return await new smartcar.Vehicle('vehicle-1', 'token').odometer();
  } finally {
    sdkConfig.timeout = timeout;
    if (env === undefined) delete process.env.SMARTCAR_API_ORIGIN;
    else process.env.SMARTCAR_API_ORIGIN = env;
  }
}

const noRetry = { retry: { limit: 0 } } as const;
const clients: Array<[name: string, call: () => Promise<unknown>, code: NetworkCode]> = [
  ['fetch, connection refused → UNREACHABLE', () => fetch(refusing), 'UNREACHABLE'],
  ['fetch, socket dropped → UNREACHABLE', () => fetch(dropping), 'UNREACHABLE'],
  ['fetch, AbortSignal.timeout() → TIMEOUT', () => fetch(hanging, { signal: AbortSignal.timeout(50) }), 'TIMEOUT'],
  ['fetch, cancelled by the app → ABORTED', () => cancelled((signal) => fetch(hanging, { signal })), 'ABORTED'],
  ['axios, connection refused → UNREACHABLE', () => axios.get(refusing), 'UNREACHABLE'],
  ['axios, socket dropped → UNREACHABLE', () => axios.get(dropping), 'UNREACHABLE'],
  ['axios, fetch adapter, connection refused (ERR_NETWORK) → UNREACHABLE', () => axios.get(refusing, { adapter: 'fetch' }), 'UNREACHABLE'],
  ['axios, timeout (ECONNABORTED) → TIMEOUT', () => axios.get(hanging, { timeout: 50 }), 'TIMEOUT'],
  ['axios, timeout (ETIMEDOUT) → TIMEOUT', () => axios.get(hanging, { timeout: 50, transitional: { clarifyTimeoutError: true } }), 'TIMEOUT'],
  ['axios, cancelled by the app (ERR_CANCELED) → ABORTED', () => cancelled((signal) => axios.get(hanging, { signal })), 'ABORTED'],
  ['ky, connection refused → UNREACHABLE', () => ky.get(refusing, { retry: 0 }), 'UNREACHABLE'],
  ['ky, socket dropped → UNREACHABLE', () => ky.get(dropping, { retry: 0 }), 'UNREACHABLE'],
  ['ky, timeout → TIMEOUT', () => ky.get(hanging, { retry: 0, timeout: 50 }), 'TIMEOUT'],
  ['ky, cancelled by the app → ABORTED', () => cancelled((signal) => ky.get(hanging, { retry: 0, signal })), 'ABORTED'],
  ['got, connection refused → UNREACHABLE', () => got(refusing, noRetry), 'UNREACHABLE'],
  ['got, socket dropped → UNREACHABLE', () => got(dropping, noRetry), 'UNREACHABLE'],
  ['got, timeout (ETIMEDOUT) → TIMEOUT', () => got(hanging, { ...noRetry, timeout: { request: 50 } }), 'TIMEOUT'],
  ['got, cancelled by the app → ABORTED', () => cancelled((signal) => got(hanging, { ...noRetry, signal })), 'ABORTED'],
  ['smartcar SDK, connection refused → UNREACHABLE', () => sdkOdometer(refusing), 'UNREACHABLE'],
  ['smartcar SDK, socket dropped → UNREACHABLE', () => sdkOdometer(dropping), 'UNREACHABLE'],
  ['smartcar SDK, its own timeout → TIMEOUT', () => sdkOdometer(hanging), 'TIMEOUT'],
];

describe('what real clients throw when no answer comes', () => {
  it.each(clients)('%s', async (_name, call, code) => {
    const thrown = await rejection(call);
    const console = code === 'ABORTED' ? expectConsole('warn') : undefined;
    const error = normalizeVehicleError(thrown);
    expect(error).toMatchObject({ type: 'NETWORK', code, source: 'network', known: true });
    expect(error.statusCode).toBeUndefined();
    const { title } = formatVehicleErrorMessage(thrown, { appName: 'Chargely' });
    expect(title).toBe(en.error.NETWORK[code].title);
    if (code === 'ABORTED') {
      expect(resolveVehicleError(error)).toEqual({ kind: 'none', automatic: false });
      expect(console?.messages().join('\n')).toContain('cancelled this request itself');
    } else {
      expect(resolveVehicleError(error)).toEqual({ kind: 'retry', automatic: true });
      expect(retryPolicyFor(error)).toBe(retryPolicies.server);
    }
  });

  it('says OFFLINE for any of them while the browser is offline, except a cancellation', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    for (const [name, call, code] of clients.filter(([name]) => name.startsWith('fetch') || name.startsWith('axios'))) {
      const thrown = await rejection(call);
      if (code === 'ABORTED') expectConsole('warn');
      expect(normalizeVehicleError(thrown).code, name).toBe(code === 'ABORTED' ? 'ABORTED' : 'OFFLINE');
    }
    const { title, message } = formatVehicleErrorMessage(await rejection(() => fetch(refusing)), { appName: 'Chargely', action: 'lock' });
    expect(title).toBe("You're offline");
    expect(message).toBe("This device isn't connected to the internet, so Chargely couldn't lock your car. Check your Wi-Fi or mobile data.");
  });

  it('still reads the body of an HTTP error the same clients throw with a response', async () => {
    const origin = await listen((_request, response) => {
      response.writeHead(409, { 'content-type': 'application/json', 'sc-request-id': 'req-9' });
      response.end(JSON.stringify({ type: 'VEHICLE_STATE', code: 'ASLEEP', description: 'Asleep.', resolution: { type: null } }));
    });
    for (const call of [() => axios.get(origin), () => ky.get(origin, { retry: 0 }), () => got(origin, { ...noRetry, responseType: 'json' }), () => sdkOdometer(origin)]) {
      expect(normalizeVehicleError(await rejection(call))).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409, requestId: 'req-9' });
    }
  });
});

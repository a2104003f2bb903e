// @vitest-environment node
import { AxiosError, CanceledError } from 'axios';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeVehicleError } from '../src/core.js';
import { resetWarnings } from '../src/core/dev-warning.js';
import { expectConsole } from './setup.js';

/**
 * Every engine's and client's wording of "no answer came", as it reaches an app (the error itself,
 * in a `cause`, or copied into a plain object by a data layer), maps to its NETWORK code; a
 * TypeError that says something else does not.
 */

const socketError = (code: string, message = `connect ${code} 10.0.0.1:443`) => Object.assign(new Error(message), { code });
const nodeFetch = (cause: Error) => new TypeError('fetch failed', { cause });

const wordings: Array<[where: string, error: unknown, code: 'UNREACHABLE' | 'TIMEOUT' | 'ABORTED']> = [
  ['Chrome', new TypeError('Failed to fetch'), 'UNREACHABLE'],
  ['Chrome since 2025, naming the host', new TypeError('Failed to fetch (api.chargely.example)'), 'UNREACHABLE'],
  ['Chrome, a body cut short', new TypeError('network error'), 'UNREACHABLE'],
  ['Firefox', new TypeError('NetworkError when attempting to fetch resource.'), 'UNREACHABLE'],
  ['Safari', new TypeError('Load failed'), 'UNREACHABLE'],
  ['older Safari, offline', new TypeError('The Internet connection appears to be offline.'), 'UNREACHABLE'],
  ['older Safari, connection lost', new TypeError('The network connection was lost.'), 'UNREACHABLE'],
  ['React Native and the whatwg-fetch polyfill', new TypeError('Network request failed'), 'UNREACHABLE'],
  ['Bun', new TypeError('A network error occurred.'), 'UNREACHABLE'],
  ['Deno', new TypeError('error sending request for url (https://api.chargely.example/): connection refused'), 'UNREACHABLE'],
  ['Cloudflare Workers', new TypeError('Network connection lost.'), 'UNREACHABLE'],
  ['Node, a body cut short', new TypeError('terminated', { cause: new Error('other side closed') }), 'UNREACHABLE'],
  ['Node, ECONNREFUSED', nodeFetch(socketError('ECONNREFUSED')), 'UNREACHABLE'],
  ['Node, ENOTFOUND', nodeFetch(socketError('ENOTFOUND', 'getaddrinfo ENOTFOUND api.example')), 'UNREACHABLE'],
  ['Node, EAI_AGAIN', nodeFetch(socketError('EAI_AGAIN', 'getaddrinfo EAI_AGAIN api.example')), 'UNREACHABLE'],
  ['Node, ECONNRESET', nodeFetch(socketError('ECONNRESET', 'read ECONNRESET')), 'UNREACHABLE'],
  ['Node, EHOSTUNREACH', nodeFetch(socketError('EHOSTUNREACH')), 'UNREACHABLE'],
  ['Node, ENETUNREACH', nodeFetch(socketError('ENETUNREACH')), 'UNREACHABLE'],
  ['Node, UND_ERR_SOCKET', nodeFetch(socketError('UND_ERR_SOCKET', 'other side closed')), 'UNREACHABLE'],
  ['Node, UND_ERR_CLOSED', nodeFetch(socketError('UND_ERR_CLOSED', 'The client is destroyed')), 'UNREACHABLE'],
  ['Node, UND_ERR_CONNECT_TIMEOUT', nodeFetch(socketError('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error')), 'TIMEOUT'],
  ['Node, UND_ERR_HEADERS_TIMEOUT', nodeFetch(socketError('UND_ERR_HEADERS_TIMEOUT', 'Headers Timeout Error')), 'TIMEOUT'],
  ['Node, UND_ERR_BODY_TIMEOUT', nodeFetch(socketError('UND_ERR_BODY_TIMEOUT', 'Body Timeout Error')), 'TIMEOUT'],
  ['AbortSignal.timeout()', new DOMException('The operation timed out.', 'TimeoutError'), 'TIMEOUT'],
  ['AbortController.abort()', new DOMException('The user aborted a request.', 'AbortError'), 'ABORTED'],
  ['axios in a browser', new AxiosError('Network Error', AxiosError.ERR_NETWORK), 'UNREACHABLE'],
  ['axios, timeout', new AxiosError('timeout of 5000ms exceeded', AxiosError.ECONNABORTED), 'TIMEOUT'],
  ['axios, clarified timeout', new AxiosError('timeout of 5000ms exceeded', AxiosError.ETIMEDOUT), 'TIMEOUT'],
  ['axios, cancelled', new CanceledError(), 'ABORTED'],
  ['ky, network', Object.assign(new Error('Request failed due to a network error', { cause: new TypeError('Failed to fetch') }), { name: 'NetworkError' }), 'UNREACHABLE'],
  ['ky, timeout', Object.assign(new Error('Request timed out: GET https://api.example/'), { name: 'TimeoutError' }), 'TIMEOUT'],
  ['got, ETIMEDOUT', Object.assign(new Error("Timeout awaiting 'request' for 5000ms"), { name: 'TimeoutError', code: 'ETIMEDOUT' }), 'TIMEOUT'],
  ['got, aborted', Object.assign(new Error('This operation was aborted.'), { name: 'AbortError', code: 'ERR_ABORTED' }), 'ABORTED'],
  ['smartcar SDK, timeout', Object.assign(new Error('Request timed out'), { name: 'SmartcarError', statusCode: 408 }), 'TIMEOUT'],
];

beforeEach(() => {
  resetWarnings();
  expectConsole('warn'); // cancellations warn by design
});
afterEach(() => vi.unstubAllGlobals());

describe('each engine and client wording', () => {
  it.each(wordings)('%s → %s', (_where, error, code) => {
    expect(normalizeVehicleError(error)).toMatchObject({ type: 'NETWORK', code, source: 'network', known: true });
  });
});

/** The same failure the way it may reach an app: as thrown, wrapped once or twice, or copied into a plain object. */
function reached(error: unknown, how: number, extra: Record<string, unknown>): unknown {
  const { name, message, code } = error as { name: string; message: string; code?: unknown };
  if (how === 1) return new Error('Loading the odometer failed', { cause: error });
  if (how === 2) return Object.assign(new Error('Query failed', { cause: new Error('Retry gave up', { cause: error }) }), extra);
  if (how === 3) return { ...extra, name, message, ...(code === undefined ? {} : { code }) };
  return error;
}

describe('what only looks like a network failure', () => {
  it.each([
    ['a lazy module that failed to load', new TypeError('Failed to fetch dynamically imported module: https://app.example/chunk.js')],
    ['a TypeError of the app', new TypeError("Cannot read properties of undefined (reading 'odometer')")],
    ['an error named after a timeout of the app', Object.assign(new Error('Slow'), { name: 'SlowQuery' })],
  ])('%s is not a NETWORK error', (_what, error) => {
    expect(normalizeVehicleError(error).type).not.toBe('NETWORK');
  });
});

describe('property: a wording keeps its code however it reaches the app', () => {
  it('for 2,000 wrappings with unrelated fields', () => {
    const extra = fc.dictionary(fc.constantFrom('status', 'config', 'request', 'isAxiosError', 'input', 'timings', 'meta'), fc.oneof(fc.string(), fc.integer(), fc.boolean()));
    fc.assert(
      fc.property(fc.constantFrom(...wordings), fc.integer({ min: 0, max: 3 }), extra, ([, error, code], how, fields) => {
        // A plain copy of a Node error loses its `cause`: only its own words remain.
        const expected = how === 3 && (error as Error).message === 'fetch failed' ? 'UNREACHABLE' : code;
        expect(normalizeVehicleError(reached(error, how, fields))).toMatchObject({ type: 'NETWORK', code: expected });
      }),
      { numRuns: 2_000 },
    );
  });

  it('for 1,000 wordings while offline: OFFLINE, unless the app cancelled', () => {
    vi.stubGlobal('navigator', { onLine: false });
    fc.assert(
      fc.property(fc.constantFrom(...wordings), ([, error, code]) => {
        expect(normalizeVehicleError(error).code).toBe(code === 'ABORTED' ? 'ABORTED' : 'OFFLINE');
      }),
      { numRuns: 1_000 },
    );
  });

  it('for 2,000 TypeErrors that say something else: not a network error', () => {
    const known = /^(Failed to fetch|NetworkError when|Load failed|The Internet|The network|fetch failed|terminated$|Network request failed|network error$|A network error occurred|error sending request|Network connection lost|Request timed out$)/;
    fc.assert(
      fc.property(fc.string().filter((message) => !known.test(message.trim())), (message) => {
        expect(normalizeVehicleError(new TypeError(message)).type).not.toBe('NETWORK');
      }),
      { numRuns: 2_000 },
    );
  });
});

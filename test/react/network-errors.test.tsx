import { act, fireEvent, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AxiosError } from 'axios';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useState, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import {
  ReconnectPrompt,
  VehicleErrorBanner,
  VehicleErrorModal,
  VehicleErrorProvider,
  formatVehicleErrorMessage,
  useVehicleErrorMessage,
  useVehicleErrorResolution,
} from '../../src/index.js';
import { expectConsole } from '../setup.js';
import { fullConfig, renderInProvider } from './helpers.js';

/**
 * What the owner sees when the app's own request got no answer: a message of its own and a Try
 * again that works; offline, a retry that waits for the connection; a request the app cancelled
 * itself, nothing at all.
 */

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const status = () => screen.getAllByRole('status').at(-1)?.textContent;

let server: Server;
let origin = '';
let refuse = true;

beforeAll(async () => {
  // Drops the socket until the test lets it answer: a server that comes back.
  server = createServer((request, response) => (refuse ? request.socket.destroy() : response.end('{"odometer": 1}')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(() => {
  resetWarnings();
  refuse = true;
});
afterEach(() => vi.useRealTimers());

/**
 * An app as people write it: it keeps the error in state, and its retry repeats the request,
 * clearing the error when it works and setting the new one when it does not.
 */
function App({ first, request, retryPolicy }: { first: unknown; request: () => Promise<unknown>; retryPolicy?: { maxAttempts: number } }) {
  const [error, setError] = useState<unknown>(first);
  const onRetry = () =>
    request().then(
      () => setError(null),
      (failure: unknown) => {
        setError(failure);
        throw failure;
      },
    );
  return <VehicleErrorBanner error={error} action="read_odometer" onRetry={onRetry} retryPolicy={retryPolicy} />;
}

describe('a network failure in the banner', () => {
  it('from real fetch: its own message, and a Try again that repeats the request until it works', async () => {
    const request = vi.fn(() => fetch(origin).then((response) => response.json()));
    const thrown = await request().catch((error: unknown) => error);
    renderInProvider(<App first={thrown} request={request} retryPolicy={{ maxAttempts: 0 }} />);

    const region = screen.getByRole('region', { name: "Can't connect" });
    expect(region.textContent).toContain("Chargely couldn't read your car's odometer because it couldn't connect. Check your internet connection.");
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await act(async () => {
      await request.mock.results[1]?.value.catch(() => undefined);
    });
    expect(status()).toBe("That didn't work. You can try again.");

    refuse = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await act(async () => {
      await request.mock.results[2]?.value;
    });
    expect(request).toHaveBeenCalledTimes(3);
    // The app cleared its error: our words replace the error's, title included.
    expect(screen.getByRole('region', { name: 'That worked' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it.each([
    ['axios without a response', new AxiosError('Network Error', AxiosError.ERR_NETWORK), "Can't connect"],
    ['a timeout', new DOMException('The operation timed out.', 'TimeoutError'), 'Taking too long'],
  ])("from %s: retries on its own with a server's back-off, and offers Try again", async (_name, error, title) => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const onRetry = vi.fn(() => Promise.reject(new Error('still no answer')));
    renderInProvider(<VehicleErrorBanner error={error} onRetry={onRetry} />);
    expect(screen.getByRole('region', { name: title })).toBeTruthy();
    expect(status()).toBe("We'll try again automatically.");
    // A server that does not answer may be down for every app at once: a minute's window, its middle here.
    expect(screen.getByText('Trying again in 30 seconds')).toBeTruthy();
    await advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    // The owner need not wait: Try again runs an attempt now.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/Trying again in \d+ (seconds?|minutes?)/)).toBeTruthy();
  });
});

describe('offline', () => {
  it('says so, waits without attempts, and retries soon after the browser is back online', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const request = vi.fn(() => Promise.resolve());
    renderInProvider(<App first={new TypeError('Failed to fetch')} request={request} />);

    expect(screen.getByRole('region', { name: "You're offline" }).textContent).toContain('Check your Wi-Fi or mobile data.');
    expect(status()).toBe("You're offline. We'll try again when you're back online.");
    await advance(10 * 60_000);
    expect(request).not.toHaveBeenCalled();

    onLine.mockReturnValue(true);
    await act(async () => window.dispatchEvent(new Event('online')));
    // Coming back online is the device's own event, not an outage: a 5 s window, its middle here.
    await advance(2_500);
    expect(request).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('region', { name: 'That worked' })).toBeTruthy();
  });
});

describe('a request the app cancelled itself', () => {
  const aborted = () => new DOMException('This operation was aborted', 'AbortError');

  it('renders nothing in the banner, the modal or the reconnect prompt, and warns once in development', () => {
    const console = expectConsole('warn');
    const onEvent = vi.fn();
    const { container } = renderInProvider(
      <>
        <VehicleErrorBanner error={aborted()} onRetry={() => undefined} />
        <VehicleErrorModal open onOpenChange={() => undefined} error={aborted()} />
        <ReconnectPrompt error={aborted()} />
      </>,
      { ...fullConfig, onEvent },
    );
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onEvent).not.toHaveBeenCalled();
    const warnings = console.messages();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('the app cancelled this request itself');
  });

  it('gives the hooks and the formatter a calm "nothing to do", never an exception', () => {
    expectConsole('warn');
    const wrapper = ({ children }: { children?: ReactNode }) => <VehicleErrorProvider {...fullConfig}>{children}</VehicleErrorProvider>;
    const { result } = renderHook(() => [useVehicleErrorMessage(aborted()), useVehicleErrorResolution(aborted())] as const, { wrapper });
    expect(result.current[0]).toMatchObject({ title: 'Request cancelled', error: { type: 'NETWORK', code: 'ABORTED' } });
    expect(result.current[1]).toMatchObject({ kind: 'none', available: false });
    expect(formatVehicleErrorMessage(aborted(), { appName: 'Chargely' })).toEqual({
      title: 'Request cancelled',
      message: "Chargely cancelled this request before it finished. There's nothing you need to do.",
    });
  });
});

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { VehicleErrorBanner, VehicleErrorProvider } from '../../src/index.js';
import { expectConsole } from '../setup.js';
import { payloads } from './helpers.js';

const policy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000, maxRetryAfterMs: 30_000 };
const failing = () => Promise.reject(new Error('still asleep'));

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function renderBanner(props: Partial<Parameters<typeof VehicleErrorBanner>[0]> = {}, strict = false) {
  const banner = <VehicleErrorBanner error={payloads.asleep} retryPolicy={policy} {...props} />;
  const tree = <VehicleErrorProvider appName="Chargely">{strict ? <StrictMode>{banner}</StrictMode> : banner}</VehicleErrorProvider>;
  return render(tree);
}

/** user-event under fake timers: its final zero-delay wait needs the clock moved. */
async function click(element: HTMLElement) {
  const clicking = userEvent.setup({ delay: null }).click(element);
  await vi.advanceTimersByTimeAsync(0);
  await clicking;
}

const status = () => screen.getAllByRole('status').at(-1)?.textContent;

describe('automatic retry through the banner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-01T12:00:00Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0.9999);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down, retries with growing waits, then leaves a manual Try again', async () => {
    const onRetry = vi.fn(failing);
    renderBanner({ onRetry });
    expect(status()).toBe("We'll try again automatically.");
    expect(screen.getByText('Trying again in 1 second')).toBeTruthy();

    await advance(1_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Trying again in 2 seconds')).toBeTruthy();
    await advance(1_000);
    expect(screen.getByText('Trying again in 1 second')).toBeTruthy();
    await advance(1_000);
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Trying again in 4 seconds')).toBeTruthy();
    await advance(4_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(status()).toBe("That still didn't work. You can try again now.");
    expect(screen.queryByText(/Trying again in/)).toBeNull();
    expect(vi.getTimerCount()).toBe(0);

    await click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(4);
    await advance(60_000);
    expect(onRetry).toHaveBeenCalledTimes(4);
  });

  it('after an attempt the app answers by clearing the error, says so in its own words, with no Try again', async () => {
    function App() {
      const [error, setError] = useState<unknown>(payloads.asleep);
      const onRetry = () => Promise.resolve().then(() => setError(null));
      return (
        <VehicleErrorProvider appName="Chargely">
          <VehicleErrorBanner error={error} retryPolicy={policy} onRetry={onRetry} />
        </VehicleErrorProvider>
      );
    }
    render(<App />);
    await advance(1_000);
    expect(screen.getByRole('heading', { name: 'That worked' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Your car is asleep' })).toBeNull();
    expect(screen.getByText("Trying again fixed it. There's nothing more you need to do.")).toBeTruthy();
    expect(screen.getByRole('region').getAttribute('data-tone')).toBe('success');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs one attempt at a time: a second Try again while one is in flight does nothing', async () => {
    let finish: () => void = () => undefined;
    const onRetry = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderBanner({ onRetry });
    const button = screen.getByRole('button', { name: 'Try again' });
    await click(button);
    expect(status()).toBe('Trying again…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await click(button);
    await advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    await act(async () => finish());
  });

  it("honours the SDK error's Retry-After", () => {
    vi.mocked(Math.random).mockReturnValue(0);
    const sdkError = Object.assign(new Error('Too many requests'), { type: 'RATE_LIMIT', code: 'VEHICLE', statusCode: 429, retryAfter: 20 });
    renderBanner({ error: sdkError, onRetry: vi.fn(failing) });
    expect(screen.getByText('Trying again in 20 seconds')).toBeTruthy();
  });

  it('caps the Retry-After by the policy, so a server cannot park the owner for hours', () => {
    vi.mocked(Math.random).mockReturnValue(0);
    const slow = Object.assign(new Error('Too many requests'), { type: 'RATE_LIMIT', code: 'VEHICLE', statusCode: 429, retryAfter: 600 });
    renderBanner({ error: slow, onRetry: vi.fn(failing) });
    expect(screen.getByText('Trying again in 30 seconds')).toBeTruthy();
  });

  it('pauses while the browser is offline and resumes on online', async () => {
    const onRetry = vi.fn(failing);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderBanner({ onRetry, retryPolicy: { ...policy, baseDelayMs: 10_000 } });
    await advance(2_000);
    onLine.mockReturnValue(false);
    await act(async () => window.dispatchEvent(new Event('offline')));
    expect(status()).toBe("You're offline. We'll try again when you're back online.");
    expect(screen.queryByText(/Trying again in/)).toBeNull();
    await advance(120_000);
    expect(onRetry).not.toHaveBeenCalled();

    onLine.mockReturnValue(true);
    await act(async () => window.dispatchEvent(new Event('online')));
    expect(status()).toBe("We'll try again automatically.");
    expect(screen.getByText('Trying again in 8 seconds')).toBeTruthy();
    await advance(8_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('clears every timer and listener on unmount', async () => {
    const onRetry = vi.fn(failing);
    const removed = vi.spyOn(window, 'removeEventListener');
    const { unmount } = renderBanner({ onRetry });
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    expect(removed.mock.calls.map(([type]) => type)).toEqual(expect.arrayContaining(['online', 'offline']));
    await advance(60_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('under StrictMode (effects run twice) makes exactly one attempt per wait, and cleans up', async () => {
    const onRetry = vi.fn(failing);
    const { unmount } = renderBanner({ onRetry }, true);
    // One retry timer and one countdown tick: the first mount's were cleared.
    expect(vi.getTimerCount()).toBe(2);
    await advance(1_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    await advance(2_000);
    expect(onRetry).toHaveBeenCalledTimes(2);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts over when a different problem arrives', async () => {
    const onRetry = vi.fn(failing);
    const { rerender } = renderBanner({ onRetry });
    await advance(1_000);
    await advance(2_000);
    expect(onRetry).toHaveBeenCalledTimes(2);
    rerender(
      <VehicleErrorProvider appName="Chargely">
        <VehicleErrorBanner error={{ ...payloads.asleep, code: 'UNREACHABLE', requestId: 'req-next' }} retryPolicy={policy} onRetry={onRetry} />
      </VehicleErrorProvider>,
    );
    expect(screen.getByText('Trying again in 1 second')).toBeTruthy();
  });

  it('goes on where it was when the same problem arrives as a new error (a new request id)', async () => {
    const onRetry = vi.fn(failing);
    const { rerender } = renderBanner({ onRetry });
    await advance(1_000);
    await advance(2_000);
    rerender(
      <VehicleErrorProvider appName="Chargely">
        <VehicleErrorBanner error={{ ...payloads.asleep, requestId: 'req-next' }} retryPolicy={policy} onRetry={onRetry} />
      </VehicleErrorProvider>,
    );
    expect(screen.getByText('Trying again in 4 seconds')).toBeTruthy();
    await advance(4_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(status()).toBe("That still didn't work. You can try again now.");
  });

  it('keeps its schedule when the app re-renders with an equal error object', async () => {
    const onRetry = vi.fn(failing);
    const { rerender } = renderBanner({ onRetry });
    await advance(600);
    rerender(
      <VehicleErrorProvider appName="Chargely">
        <VehicleErrorBanner error={{ ...payloads.asleep }} retryPolicy={{ ...policy }} onRetry={() => onRetry()} />
      </VehicleErrorProvider>,
    );
    await advance(400);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('manual retry through the banner', () => {
  it('waits for the owner: no countdown, no timer; a failed attempt says so', async () => {
    vi.useFakeTimers();
    try {
      const onRetry = vi.fn(failing);
      renderBanner({ error: payloads.doorOpen, onRetry });
      expect(screen.queryByText(/Trying again in/)).toBeNull();
      expect(vi.getTimerCount()).toBe(0);
      await click(screen.getByRole('button', { name: 'Try again' }));
      expect(onRetry).toHaveBeenCalledTimes(1);
      expect(status()).toBe("That didn't work. You can try again.");
      await advance(600_000);
      expect(onRetry).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers no Try again without onRetry, and tells the developer once', () => {
    resetWarnings();
    const warn = expectConsole('warn');
    renderBanner({ error: payloads.doorOpen });
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'A door is open' })).toBeTruthy();
    expect(warn.messages()).toEqual([expect.stringContaining('no onRetry was given')]);
  });
});

import { act, render, screen } from '@testing-library/react';
import { StrictMode, useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { defaultRetryStore } from '../../src/core/retry-store.js';
import { useVehicleErrorResolution, VehicleErrorBanner, VehicleErrorModal, VehicleErrorProvider } from '../../src/index.js';
import { expectConsole } from '../setup.js';
import { advance, click, quickPolicy, retryStatus, settle, vehicleApi, withFakeClock } from './retry-support.js';

/**
 * Apps written the way people write them, with plain React state: a new error object after every
 * failure, `setError` in a catch (with or without rethrowing), the error cleared while a request
 * runs. In each, automatic attempts stop at maxAttempts, nothing claims a false success, and the
 * banner stays (with focus on Try again) while an attempt runs.
 */
type Api = ReturnType<typeof vehicleApi>;
type Wiring = (api: Api, setError: (error: unknown) => void) => () => Promise<unknown>;

const wirings: Record<string, Wiring> = {
  'setError in a catch, then rethrow': (api, setError) => async () => {
    try {
      await api.request();
      setError(null);
    } catch (error) {
      setError(error);
      throw error;
    }
  },
  'setError in a catch, resolving (no rethrow)': (api, setError) => async () => {
    try {
      await api.request();
      setError(null);
    } catch (error) {
      setError(error);
    }
  },
  'error cleared for the length of the request': (api, setError) => async () => {
    setError(null);
    try {
      await api.request();
    } catch (error) {
      setError(error);
    }
  },
  'same error object kept, rejecting onRetry': (api, setError) => () => api.request().then(() => setError(null)),
};

function App({ api, wiring, children }: { api: Api; wiring: Wiring; children?: ReactNode }) {
  const [error, setError] = useState<unknown>(() => Object.assign(new Error('Vehicle asleep'), { type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409, requestId: 'req-0' }));
  return (
    <VehicleErrorProvider appName="Chargely">
      <VehicleErrorBanner error={error} onRetry={wiring(api, setError)} retryPolicy={quickPolicy} onDismiss={() => setError(null)} />
      {children}
    </VehicleErrorProvider>
  );
}

describe('retries in apps with their own error state', () => {
  withFakeClock();

  describe.each(Object.entries(wirings))('%s', (_name, wiring) => {
    it('stops automatic attempts at maxAttempts, then says so and offers Try again', async () => {
      const api = vehicleApi();
      render(<App api={api} wiring={wiring} />);
      await settle();
      expect(api.calls).toBe(quickPolicy.maxAttempts);
      expect(retryStatus()).toBe("That still didn't work. You can try again now.");
      expect(screen.getByRole('heading', { name: 'Your car is asleep' })).toBeTruthy();
      await click(screen.getByRole('button', { name: 'Try again' }));
      await settle();
      expect(api.calls).toBe(quickPolicy.maxAttempts + 1);
    });

    it('never claims a success that did not happen, and says so when one did', async () => {
      const api = vehicleApi({ failures: 2 });
      render(<App api={api} wiring={wiring} />);
      await advance(1_000);
      await advance(200);
      await advance(1_000);
      expect(screen.queryByRole('heading', { name: 'That worked' })).toBeNull();
      expect(retryStatus()).toBe("We'll try again automatically.");
      await settle();
      expect(api.calls).toBe(3);
      expect(screen.getByRole('heading', { name: 'That worked' })).toBeTruthy();
      expect(screen.queryByRole('heading', { name: 'Your car is asleep' })).toBeNull();
    });

    it('stays while an attempt runs, saying so, with focus kept on the same Try again', async () => {
      const api = vehicleApi({ latencyMs: 5_000 });
      render(<App api={api} wiring={wiring} />);
      const button = screen.getByRole('button', { name: 'Try again' });
      button.focus();
      await click(button);
      for (const ms of [0, 1_000, 3_999]) {
        await advance(ms);
        expect(retryStatus()).toBe('Trying again…');
        expect(screen.getByRole('heading', { name: 'Your car is asleep' })).toBeTruthy();
        expect(document.activeElement).toBe(button);
        expect(button.getAttribute('aria-disabled')).toBe('true');
      }
      await advance(1_100);
      expect(retryStatus()).toBe("We'll try again automatically.");
      expect(document.activeElement).toBe(button);
      expect(button.isConnected).toBe(true);
    });
  });

  it('counts attempts the same whether onRetry resolves or rejects', async () => {
    const counts: number[] = [];
    for (const wiring of [wirings['setError in a catch, then rethrow'], wirings['setError in a catch, resolving (no rethrow)']]) {
      if (!wiring) throw new Error('missing wiring');
      const api = vehicleApi();
      const { unmount } = render(<App api={api} wiring={wiring} />);
      await settle();
      counts.push(api.calls);
      unmount();
      // The problem's state outlives the banner: forget it, as a sign-out would.
      defaultRetryStore().clear();
    }
    expect(counts).toEqual([quickPolicy.maxAttempts, quickPolicy.maxAttempts]);
  });

  it('under StrictMode (effects run twice) makes one attempt per wait and stops at maxAttempts', async () => {
    const api = vehicleApi();
    render(
      <StrictMode>
        <App api={api} wiring={wirings['setError in a catch, then rethrow'] as Wiring} />
      </StrictMode>,
    );
    await advance(1_000);
    expect(api.calls).toBe(1);
    await settle();
    expect(api.calls).toBe(quickPolicy.maxAttempts);
  });

  it('unmounted during an attempt: no warning, no late update; remounted, it goes on counting', async () => {
    const api = vehicleApi({ latencyMs: 2_000 });
    const wiring = wirings['setError in a catch, then rethrow'] as Wiring;
    const { unmount } = render(<App api={api} wiring={wiring} />);
    await advance(1_000);
    expect(retryStatus()).toBe('Trying again…');
    unmount();
    await advance(10_000);
    render(<App api={api} wiring={wiring} />);
    await settle();
    expect(api.calls).toBe(quickPolicy.maxAttempts);
  });

  it('Dismiss on a success notice lets it go', async () => {
    const api = vehicleApi({ failures: 0 });
    render(<App api={api} wiring={wirings['error cleared for the length of the request'] as Wiring} />);
    await settle();
    expect(screen.getByRole('heading', { name: 'That worked' })).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('onRetry without a promise (fire and forget): a warning, no false success, attempts bounded', async () => {
    const warn = expectConsole('warn');
    const api = vehicleApi();
    function FireAndForget() {
      const [error, setError] = useState<unknown>({ type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409 });
      const onRetry = () => {
        setError(null);
        api.request().catch(setError);
      };
      return (
        <VehicleErrorProvider appName="Chargely">
          <VehicleErrorBanner error={error} onRetry={onRetry} retryPolicy={quickPolicy} />
        </VehicleErrorProvider>
      );
    }
    render(<FireAndForget />);
    await settle();
    expect(api.calls).toBe(quickPolicy.maxAttempts);
    expect(screen.queryByRole('heading', { name: 'That worked' })).toBeNull();
    expect(warn.messages()).toEqual([expect.stringContaining('onRetry returned no promise')]);
  });
});

describe('one problem shown by a banner, a modal and a custom UI', () => {
  withFakeClock();

  function Status({ error, onRetry }: { error: unknown; onRetry: () => Promise<unknown> }) {
    const next = useVehicleErrorResolution(error, { onRetry, retryPolicy: quickPolicy });
    return <p>{next.kind === 'retry' ? `custom: ${next.phase} ${next.attempt}/${next.maxAttempts}` : `custom: ${next.kind}`}</p>;
  }

  function Page({ api }: { api: Api }) {
    const [error, setError] = useState<unknown>({ type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409, requestId: 'req-0' });
    // The request clears the error while it runs, as data layers do.
    const onRetry = async () => {
      setError(null);
      try {
        await api.request();
      } catch (failure) {
        setError(failure);
      }
    };
    return (
      <VehicleErrorProvider appName="Chargely">
        <VehicleErrorBanner error={error} onRetry={onRetry} retryPolicy={quickPolicy} />
        <VehicleErrorModal open={error !== null} onOpenChange={(open) => !open && setError(null)} error={error} onRetry={onRetry} retryPolicy={quickPolicy} />
        <Status error={error} onRetry={onRetry} />
      </VehicleErrorProvider>
    );
  }

  it('share one schedule and one attempt in flight, and all stay while it runs', async () => {
    const api = vehicleApi({ latencyMs: 3_000 });
    render(<Page api={api} />);
    await advance(0);
    expect(screen.getByText('custom: scheduled 0/3')).toBeTruthy();
    await advance(1_000);
    expect(api.calls).toBe(1);
    // The app passes null now; the banner, the modal and the hook still show the attempt.
    expect(screen.getByText('custom: retrying 1/3')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Your car is asleep' })).toBeTruthy();
    // The banner's Try again is hidden behind the modal; both say the attempt runs.
    const tryAgain = screen.getAllByRole('button', { name: 'Try again', hidden: true });
    expect(tryAgain.map((button) => button.getAttribute('aria-disabled'))).toEqual(['true', 'true']);
    await click(screen.getByRole('button', { name: 'Try again' }));
    await advance(3_000);
    expect(api.calls).toBe(1);
    expect(screen.getByText('custom: scheduled 1/3')).toBeTruthy();
    await settle();
    expect(api.calls).toBe(quickPolicy.maxAttempts);
    expect(screen.getByText('custom: exhausted 3/3')).toBeTruthy();
  });

  it('the modal keeps focus on Try again while the attempt runs, and closes when the owner closes it', async () => {
    const api = vehicleApi({ latencyMs: 3_000 });
    render(<Page api={api} />);
    await advance(0);
    const dialog = screen.getByRole('dialog');
    const button = dialog.querySelector('button');
    expect(document.activeElement).toBe(button);
    await advance(1_500);
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(document.activeElement).toBe(button);
    await act(async () => {
      screen.getByRole('button', { name: 'Close' }).click();
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VehicleErrorEvent, VehicleErrorProviderProps } from '../../src/index.js';
import { ReconnectPrompt, VehicleErrorBanner, VehicleErrorModal, VehicleErrorProvider } from '../../src/index.js';
import { fullConfig, payloads } from './helpers.js';
import en from '../../locales/en/vehicle-errors.json' with { type: 'json' };

/**
 * What `onEvent` hears for the sequences owners really produce, in order and nothing else: a
 * message shown, the step they took, Dismiss, Escape, Close or a click beside the dialog.
 */

const about = {
  doorOpen: { kind: 'retry', errorType: 'VEHICLE_STATE', code: 'DOOR_OPEN' },
  unauthorized: { kind: 'reauthenticate', errorType: 'AUTHENTICATION', code: null },
  billing: { kind: 'contactSupport', errorType: 'BILLING', code: 'VEHICLE_LIMIT' },
} as const;
const shown = (of: (typeof about)[keyof typeof about]) => ({ type: 'shown', ...of });
const action = (name: string, of: (typeof about)[keyof typeof about]) => ({ type: 'action', action: name, ...of });

let events: VehicleErrorEvent[];

function backdrop(): Element {
  const element = document.querySelector('.vehicle-error-overlay');
  if (!element) throw new Error('no backdrop');
  return element;
}
const onEvent = (event: VehicleErrorEvent) => events.push(event);

// A link's default action would navigate away (jsdom cannot); an app's router prevents it too.
const stayOnPage = (event: MouseEvent) => event.preventDefault();
beforeEach(() => {
  events = [];
  document.addEventListener('click', stayOnPage);
});
afterEach(() => document.removeEventListener('click', stayOnPage));

function App({ children, config = fullConfig }: { children: React.ReactNode; config?: VehicleErrorProviderProps }) {
  return (
    <VehicleErrorProvider {...config} onEvent={onEvent}>
      {children}
    </VehicleErrorProvider>
  );
}

/**
 * The owner pressed Lock, a door was open; the owner closed it and pressed Try again, which worked
 * (the app clears the error); the app keeps the banner's "That worked" until the owner dismisses it.
 */
function LockScreen() {
  const [error, setError] = useState<unknown>(null);
  const lock = () => setError({ ...payloads.doorOpen });
  const retry = () => Promise.resolve().then(() => setError(null));
  return (
    <App>
      <button type="button" onClick={lock}>
        Lock
      </button>
      <VehicleErrorBanner error={error} onRetry={retry} onDismiss={() => setError(null)} />
    </App>
  );
}

/** The JSDoc's own pattern: the dialog is open while there is an error; closing clears it. */
function UnlockScreen({ failure }: { failure: unknown }) {
  const [error, setError] = useState<unknown>(null);
  return (
    <App>
      <button type="button" onClick={() => setError(failure)}>
        Unlock
      </button>
      <VehicleErrorModal open={Boolean(error)} onOpenChange={(open) => !open && setError(null)} error={error} onRetry={() => Promise.resolve()} />
    </App>
  );
}

describe('onEvent, for what owners do', () => {
  it('banner: shown, Try again, success, Dismiss', async () => {
    const user = userEvent.setup();
    render(<LockScreen />);
    expect(events).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    // The store waits a moment for the app to render the outcome before it calls it a success.
    expect(await screen.findByRole('region', { name: en.ui.succeeded.title }, { timeout: 3_000 })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(events).toEqual([shown(about.doorOpen), action('retry', about.doorOpen), action('dismiss', about.doorOpen)]);
  });

  it('modal: a closed one with no error reports and warns nothing (the setup fails any warning)', () => {
    render(<UnlockScreen failure={payloads.doorOpen} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(events).toEqual([]);
  });

  it.each([
    ['Escape', (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
    ['Close', (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Close' }))],
    // jsdom has no stylesheet to give the backdrop `pointer-events: auto`; Chromium clicks it for real.
    ['a click beside the dialog', (user: ReturnType<typeof userEvent.setup>) => user.pointer({ keys: '[MouseLeft]', target: backdrop() })],
  ])('modal: open, then %s: shown, dismiss, and nothing for the cleared error', async (_how, close) => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    render(<UnlockScreen failure={payloads.doorOpen} />);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    await close(user);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(events).toEqual([shown(about.doorOpen), action('dismiss', about.doorOpen)]);
    // Opening it again is a new time the owner sees it.
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(events).toEqual([shown(about.doorOpen), action('dismiss', about.doorOpen), shown(about.doorOpen)]);
  });

  it('modal: the app closing it (after a success) is not a dismissal', async () => {
    function SelfClosing() {
      const [error, setError] = useState<unknown>(payloads.doorOpen);
      return (
        <App>
          <VehicleErrorModal
            open={Boolean(error)}
            onOpenChange={(open) => !open && setError(null)}
            error={error}
            onRetry={() => Promise.resolve().then(() => setError(null))}
          />
        </App>
      );
    }
    const user = userEvent.setup();
    render(<SelfClosing />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    // It stays through the attempt ("Trying again…"), then closes once the attempt has worked.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 3_000 });
    expect(events).toEqual([shown(about.doorOpen), action('retry', about.doorOpen)]);
  });

  it.each([
    ['banner', <VehicleErrorBanner key="b" error={payloads.unauthorized} />, 'Reconnect'],
    ['modal', <VehicleErrorModal key="m" open onOpenChange={() => undefined} error={payloads.unauthorized} />, 'Reconnect'],
    ['prompt (its own words)', <ReconnectPrompt key="p" error={payloads.unauthorized} />, 'Reconnect your car'],
  ])('%s: shown, then the reconnect link', async (_where, ui, name) => {
    const user = userEvent.setup();
    render(<App>{ui}</App>);
    await user.click(screen.getByRole('link', { name }));
    expect(events).toEqual([shown(about.unauthorized), action('reauthenticate', about.unauthorized)]);
  });

  it('prompt by handler: shown, Reconnect, then Dismiss', async () => {
    const onReauthenticate = vi.fn();
    const user = userEvent.setup();
    function Prompt() {
      const [open, setOpen] = useState(true);
      return open ? <ReconnectPrompt error={payloads.unauthorized} onDismiss={() => setOpen(false)} /> : null;
    }
    render(
      <App config={{ appName: 'Chargely', onReauthenticate }}>
        <Prompt />
      </App>,
    );
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
    expect(events).toEqual([shown(about.unauthorized), action('reauthenticate', about.unauthorized), action('dismiss', about.unauthorized)]);
  });

  it('banner: shown, then Contact support', async () => {
    const user = userEvent.setup();
    render(
      <App>
        <VehicleErrorBanner error={payloads.billing} />
      </App>,
    );
    await user.click(screen.getByRole('link', { name: 'Contact support' }));
    expect(events).toEqual([shown(about.billing), action('contactSupport', about.billing)]);
  });
});

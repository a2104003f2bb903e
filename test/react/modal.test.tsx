import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { VehicleErrorModal, VehicleErrorProvider } from '../../src/index.js';
import { webhookResolvedEvent } from '../fixtures/vendor-payloads.js';
import { fullConfig, payloads, renderInProvider } from './helpers.js';
import en from '../../locales/en/vehicle-errors.json' with { type: 'json' };

/**
 * An app that opens the modal when the request its search field makes fails: focus stays in the
 * field, and there is no trigger button for focus to go back to.
 */
function SearchPage({ error, onRetry }: { error: unknown; onRetry?: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const search = () => void Promise.reject(new Error('offline')).catch(() => setOpen(true));
  return (
    <>
      <input aria-label="Search" onChange={search} />
      <VehicleErrorModal open={open} onOpenChange={setOpen} error={error} {...(onRetry ? { onRetry } : {})} />
    </>
  );
}

async function openFromSearch() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Search' }), 'x');
  await screen.findByRole('dialog');
  return user;
}

describe('VehicleErrorModal', () => {
  it('portals into any element the app names, such as the host of a shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    // `ShadowRoot.host` is typed `Element`: the prop takes what Radix takes, not only HTMLElement.
    const container: Element = host.attachShadow({ mode: 'open' }).host;
    renderInProvider(<VehicleErrorModal open onOpenChange={() => undefined} error={payloads.unauthorized} container={container} />);
    expect(host.querySelector('[role="dialog"]')).not.toBeNull();
    host.remove();
  });

  it('is a dialog named by its title and described by its message', async () => {
    renderInProvider(<SearchPage error={payloads.unauthorized} />);
    await openFromSearch();
    const dialog = screen.getByRole('dialog', { name: 'Connection expired', description: /Chargely can no longer reach your car/ });
    expect(dialog.getAttribute('data-kind')).toBe('reauthenticate');
  });

  it('focuses the next step when it opens', async () => {
    renderInProvider(<SearchPage error={payloads.unauthorized} />);
    await openFromSearch();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Reconnect' }));
  });

  it('focuses Close when there is no next step', async () => {
    renderInProvider(<SearchPage error={payloads.fullyCharged} />);
    await openFromSearch();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('closes on Escape and returns focus to where it was before opening', async () => {
    renderInProvider(<SearchPage error={payloads.doorOpen} onRetry={() => Promise.resolve()} />);
    const user = await openFromSearch();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search' }));
  });

  it('closes with the Close button and returns focus, also under StrictMode', async () => {
    renderInProvider(
      <StrictMode>
        <SearchPage error={payloads.billing} />
      </StrictMode>,
    );
    const user = await openFromSearch();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search' }));
  });

  it('keeps Tab inside while open', async () => {
    renderInProvider(<SearchPage error={payloads.billing} />);
    const user = await openFromSearch();
    for (let index = 0; index < 4; index += 1) {
      await user.tab();
      expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    }
  });

  it('does not retry while closed', async () => {
    vi.useFakeTimers();
    try {
      const onRetry = vi.fn(() => Promise.reject(new Error('asleep')));
      renderInProvider(<VehicleErrorModal open={false} onOpenChange={() => undefined} error={payloads.asleep} onRetry={onRetry} retryPolicy={{ baseDelayMs: 10 }} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(60_000);
      });
      expect(onRetry).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the car is connected again for a RESOLVED event', () => {
    renderInProvider(<VehicleErrorModal open onOpenChange={() => undefined} error={webhookResolvedEvent} />);
    const dialog = screen.getByRole('dialog', { name: 'Your car is connected again' });
    expect(dialog.getAttribute('data-tone')).toBe('success');
  });

  it('says "That worked" in the success tone when an attempt clears the error and the app keeps the dialog open', async () => {
    const user = userEvent.setup();
    function KeptOpen() {
      const [error, setError] = useState<unknown>(payloads.doorOpen);
      return <VehicleErrorModal open onOpenChange={() => undefined} error={error} onRetry={() => Promise.resolve().then(() => setError(null))} />;
    }
    renderInProvider(<KeptOpen />);
    await user.click(screen.getByRole('button', { name: en.ui.tryAgain }));
    const dialog = await screen.findByRole('dialog', { name: en.ui.succeeded.title }, { timeout: 3_000 });
    expect(dialog.getAttribute('data-tone')).toBe('success');
    expect(screen.queryByRole('button', { name: en.ui.tryAgain })).toBeNull();
  });

  it('keeps the last error\'s words while the app clears it, and shows nothing without ever having one', () => {
    const onRetry = vi.fn(() => Promise.resolve());
    const { rerender } = renderInProvider(<VehicleErrorModal open onOpenChange={() => undefined} error={null} onRetry={onRetry} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    rerender(
      <VehicleErrorProvider {...fullConfig}>
        <VehicleErrorModal open onOpenChange={() => undefined} error={payloads.billing} onRetry={onRetry} />
      </VehicleErrorProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: en.error.BILLING.VEHICLE_LIMIT.title });
    expect(screen.getByRole('link', { name: en.ui.contactSupport })).toBeTruthy();
    // A data layer clears `error` while it refetches: the dialog keeps saying the same thing, in the
    // same tone, and offers no step for an error that is gone (not the generic Try again).
    rerender(
      <VehicleErrorProvider {...fullConfig}>
        <VehicleErrorModal open onOpenChange={() => undefined} error={null} onRetry={onRetry} />
      </VehicleErrorProvider>,
    );
    expect(screen.getByRole('dialog', { name: en.error.BILLING.VEHICLE_LIMIT.title })).toBe(dialog);
    expect(dialog.getAttribute('data-tone')).toBe('critical');
    expect(screen.queryByRole('button', { name: en.ui.tryAgain })).toBeNull();
    expect(screen.queryByRole('link', { name: en.ui.contactSupport })).toBeNull();
    expect(screen.getByRole('button', { name: en.ui.close })).toBeTruthy();
  });
});

import { StrictMode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { VehicleErrorBanner, VehicleErrorProvider, type VehicleErrorEvent } from '../../src/index.js';
import { webhookMixedEvent, webhookResolvedEvent } from '../fixtures/vendor-payloads.js';
import { expectConsole } from '../setup.js';
import { fullConfig, payloads, renderInProvider } from './helpers.js';

const retry = () => Promise.resolve();

describe('VehicleErrorBanner', () => {
  it('is a region named by its title, with the message and the right control for each kind', () => {
    renderInProvider(<VehicleErrorBanner error={payloads.unauthorized} />);
    const region = screen.getByRole('region', { name: 'Connection expired' });
    expect(region.getAttribute('data-kind')).toBe('reauthenticate');
    expect(region.getAttribute('data-tone')).toBe('critical');
    expect(within(region).getByText(/Chargely can no longer reach your car/)).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Reconnect' }).getAttribute('href')).toBe(fullConfig.connectUrl);
  });

  it('offers Contact support with the support URL and quotes the request id', () => {
    renderInProvider(<VehicleErrorBanner error={payloads.billing} />);
    const link = screen.getByRole('link', { name: 'Contact support' });
    expect(link.getAttribute('href')).toBe('mailto:help@chargely.example');
    expect(screen.getByText('Reference: req-bill-42')).toBeTruthy();
  });

  it('offers nothing to press when nothing is needed (already fully charged)', () => {
    renderInProvider(<VehicleErrorBanner error={payloads.fullyCharged} onRetry={retry} />);
    expect(screen.getByRole('heading', { name: 'Fully charged' })).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('uses handlers instead of links when the app gives handlers', async () => {
    const onReauthenticate = vi.fn();
    const onContactSupport = vi.fn();
    const user = userEvent.setup();
    render(
      <VehicleErrorProvider appName="Chargely" onReauthenticate={onReauthenticate} onContactSupport={onContactSupport}>
        <VehicleErrorBanner error={payloads.unauthorized} />
        <VehicleErrorBanner error={payloads.billing} />
      </VehicleErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    await user.click(screen.getByRole('button', { name: 'Contact support' }));
    expect(onReauthenticate).toHaveBeenCalledWith(expect.objectContaining({ type: 'AUTHENTICATION' }));
    expect(onContactSupport).toHaveBeenCalledWith(expect.objectContaining({ type: 'BILLING', requestId: 'req-bill-42' }));
    // No URL: the words of the message stay plain text.
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('builds the reconnect URL from a function of the error', () => {
    render(
      <VehicleErrorProvider appName="Chargely" connectUrl={(error) => `/connect?reason=${error.type}`}>
        <VehicleErrorBanner error={payloads.unauthorized} />
      </VehicleErrorProvider>,
    );
    expect(screen.getByRole('link', { name: 'Reconnect' }).getAttribute('href')).toBe('/connect?reason=AUTHENTICATION');
  });

  it("shows Dismiss only with onDismiss, and reports it", async () => {
    const onDismiss = vi.fn();
    const onEvent = vi.fn<(event: VehicleErrorEvent) => void>();
    const user = userEvent.setup();
    const { rerender } = renderInProvider(<VehicleErrorBanner error={payloads.fullyCharged} />);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    rerender(
      <VehicleErrorProvider {...fullConfig} onEvent={onEvent}>
        <VehicleErrorBanner error={payloads.fullyCharged} onDismiss={onDismiss} />
      </VehicleErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onEvent).toHaveBeenCalledWith({ type: 'action', action: 'dismiss', kind: 'none', errorType: 'VEHICLE_STATE', code: 'FULLY_CHARGED' });
  });

  it('reports shown once per error and each action, for analytics', async () => {
    const onEvent = vi.fn<(event: VehicleErrorEvent) => void>();
    const user = userEvent.setup();
    const { rerender } = render(
      <VehicleErrorProvider {...fullConfig} onEvent={onEvent}>
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    rerender(
      <VehicleErrorProvider {...fullConfig} onEvent={onEvent}>
        <VehicleErrorBanner error={{ ...payloads.doorOpen }} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
      { type: 'shown', kind: 'retry', errorType: 'VEHICLE_STATE', code: 'DOOR_OPEN' },
      { type: 'action', action: 'retry', kind: 'retry', errorType: 'VEHICLE_STATE', code: 'DOOR_OPEN' },
    ]);
  });

  it('reports shown once under StrictMode too, where React attaches and effects run twice', () => {
    const onEvent = vi.fn<(event: VehicleErrorEvent) => void>();
    render(
      <StrictMode>
        <VehicleErrorProvider {...fullConfig} onEvent={onEvent}>
          <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
        </VehicleErrorProvider>
      </StrictMode>,
    );
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([{ type: 'shown', kind: 'retry', errorType: 'VEHICLE_STATE', code: 'DOOR_OPEN' }]);
  });

  it('interrupts (role="alert") only when the owner must act; automatic retries and information are polite', () => {
    const { unmount } = renderInProvider(<VehicleErrorBanner error={payloads.unauthorized} />);
    expect(screen.getByRole('alert').textContent).toContain('Connection expired');
    unmount();
    renderInProvider(
      <>
        <VehicleErrorBanner error={payloads.asleep} onRetry={retry} />
        <VehicleErrorBanner error={payloads.fullyCharged} />
      </>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('status').map((node) => node.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Your car is asleep'), expect.stringContaining('Fully charged')]),
    );
  });

  it('can stay silent when it is part of the page from the start', () => {
    renderInProvider(<VehicleErrorBanner error={payloads.unauthorized} announce="off" />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('uses the heading level the page needs', () => {
    renderInProvider(<VehicleErrorBanner error={payloads.fullyCharged} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Fully charged' })).toBeTruthy();
  });

  it('passes section attributes through and keeps its own class', () => {
    renderInProvider(<VehicleErrorBanner error={payloads.fullyCharged} id="charge-error" className="mine" data-testid="b" />);
    const region = screen.getByTestId('b');
    expect(region.id).toBe('charge-error');
    expect(region.className).toBe('vehicle-error mine');
  });

  it('shows the most urgent error of a webhook event and says how many more there are', () => {
    renderInProvider(<VehicleErrorBanner error={webhookMixedEvent} />);
    // PERMISSION (reconnect) outranks a lapsed subscription and a sleeping car; UNREACHABLE is resolved.
    expect(screen.getByRole('region').getAttribute('data-kind')).toBe('reauthenticate');
    expect(screen.getByText('2 more issues')).toBeTruthy();
  });

  it('says "1 more issue" in the singular', () => {
    renderInProvider(<VehicleErrorBanner error={[payloads.unauthorized, payloads.fullyCharged]} />);
    expect(screen.getByText('1 more issue')).toBeTruthy();
  });

  it('says once that the car is connected again for a RESOLVED event', () => {
    const twoResolved = {
      ...webhookResolvedEvent,
      data: { ...webhookResolvedEvent.data, errors: [...webhookResolvedEvent.data.errors, { ...webhookResolvedEvent.data.errors[0], code: 'ASLEEP' }] },
    };
    renderInProvider(<VehicleErrorBanner error={twoResolved} onDismiss={() => undefined} />);
    const region = screen.getByRole('region', { name: 'Your car is connected again' });
    expect(region.getAttribute('data-tone')).toBe('success');
    expect(region.getAttribute('data-state')).toBe('resolved');
    expect(screen.getAllByRole('heading')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toContain('Everything is working again');
  });

  it('renders nothing for null or undefined, so error={query.error} just works', () => {
    const { container } = renderInProvider(
      <>
        <VehicleErrorBanner error={null} />
        <VehicleErrorBanner error={undefined} />
      </>,
    );
    expect(container.innerHTML).toBe('');
  });

  it('never renders blank: garbage gets the generic message', () => {
    resetWarnings();
    expectConsole('warn');
    renderInProvider(<VehicleErrorBanner error={{ nonsense: true }} />);
    const region = screen.getByRole('region', { name: 'Something went wrong' });
    expect(region.textContent).toContain("Chargely couldn't finish this just now");
  });

  it('works without a provider: English, neutral wording, a warning for the developer', () => {
    resetWarnings();
    const warn = expectConsole('warn');
    render(<VehicleErrorBanner error={payloads.unauthorized} />);
    expect(screen.getByText(/^The app can no longer reach your car/)).toBeTruthy();
    // Nothing configured: no dead Reconnect control, no link.
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(warn.messages().join('\n')).toMatch(/appName is missing/);
    expect(warn.messages().join('\n')).toMatch(/no usable connectUrl or onReauthenticate/);
  });
});

import { act, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, it, vi } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { ReconnectPrompt, VehicleErrorBanner, VehicleErrorModal, VehicleErrorProvider } from '../../src/index.js';
import { webhookMixedEvent, webhookResolvedEvent } from '../fixtures/vendor-payloads.js';
import { expectConsole } from '../setup.js';
import { expectNoAxeViolations, fullConfig, payloads } from './helpers.js';

const never = () => new Promise<void>(() => undefined);
const failing = () => Promise.reject(new Error('still failing'));
const dismiss = () => undefined;

function inProvider(ui: ReactElement, lng = 'en') {
  return render(
    <VehicleErrorProvider {...fullConfig} lng={lng}>
      <main>{ui}</main>
    </VehicleErrorProvider>,
  );
}

describe('no axe violations', () => {
  const staticStates: Array<[string, ReactElement]> = [
    ['automatic retry, scheduled', <VehicleErrorBanner error={payloads.asleep} onRetry={never} onDismiss={dismiss} />],
    ['manual retry', <VehicleErrorBanner error={payloads.doorOpen} onRetry={never} />],
    ['reconnect with its link', <VehicleErrorBanner error={payloads.unauthorized} onDismiss={dismiss} />],
    ['contact support with a reference', <VehicleErrorBanner error={payloads.billing} />],
    ['nothing to do', <VehicleErrorBanner error={payloads.fullyCharged} onDismiss={dismiss} />],
    ['several errors', <VehicleErrorBanner error={webhookMixedEvent} headingLevel={3} />],
    ['connected again', <VehicleErrorBanner error={webhookResolvedEvent} onDismiss={dismiss} />],
    ['silent banner', <VehicleErrorBanner error={payloads.unauthorized} announce="off" />],
    ['reconnect prompt', <ReconnectPrompt onDismiss={dismiss} />],
  ];
  it.each(staticStates)('banner and prompt: %s', async (_name, ui) => {
    const { container } = inProvider(ui);
    await expectNoAxeViolations(container);
  });

  it('a retry in flight', async () => {
    const { container } = inProvider(<VehicleErrorBanner error={payloads.doorOpen} onRetry={never} />);
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    await screen.findByText('Trying again…');
    await expectNoAxeViolations(container);
  });

  it('automatic attempts used up', async () => {
    const { container } = inProvider(
      <VehicleErrorBanner error={payloads.asleep} onRetry={failing} retryPolicy={{ maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 }} />,
    );
    await screen.findByText("That still didn't work. You can try again now.");
    await expectNoAxeViolations(container);
  });

  it('paused offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { container } = inProvider(<VehicleErrorBanner error={payloads.rateLimited} onRetry={never} />);
    await screen.findByText("You're offline. We'll try again when you're back online.");
    await expectNoAxeViolations(container);
  });

  it('right to left (Arabic)', async () => {
    const { container } = inProvider(<VehicleErrorBanner error={payloads.unauthorized} onDismiss={dismiss} />, 'ar');
    await screen.findByRole('heading', { name: 'انتهت صلاحية الاتصال' });
    await expectNoAxeViolations(container);
  });

  it('without a provider', async () => {
    resetWarnings();
    expectConsole('warn');
    const { container } = render(<VehicleErrorBanner error={payloads.billing} />);
    await expectNoAxeViolations(container);
  });

  it.each([
    ['reconnect', payloads.unauthorized],
    ['retry', payloads.asleep],
    ['contact support', payloads.billing],
    ['connected again', webhookResolvedEvent],
  ])('the open modal: %s', async (_name, error) => {
    inProvider(<VehicleErrorModal open onOpenChange={() => undefined} error={error} onRetry={never} />);
    await screen.findByRole('dialog');
    await expectNoAxeViolations(document.body);
  });
});

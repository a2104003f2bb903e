import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { ReconnectPrompt, VehicleErrorBanner, VehicleErrorProvider } from '../../src/index.js';
import { webhookMixedEvent } from '../fixtures/vendor-payloads.js';
import { fullConfig, payloads } from './helpers.js';

it('hydrates server markup without a mismatch, then starts its retry schedule', async () => {
  const retry = () => new Promise<void>(() => undefined);
  const app = (
    <VehicleErrorProvider {...fullConfig}>
      <VehicleErrorBanner error={payloads.asleep} onRetry={retry} />
      <VehicleErrorBanner error={webhookMixedEvent} />
      <ReconnectPrompt />
    </VehicleErrorProvider>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(app);
  document.body.append(container);
  const root = await act(async () => hydrateRoot(container, app));
  // The setup file fails this test on any hydration warning; the schedule starts only on the client.
  expect(container.querySelector('[data-kind="retry"]')?.getAttribute('data-state')).toBe('scheduled');
  act(() => root.unmount());
  container.remove();
});

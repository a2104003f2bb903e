import { act, render, type RenderOptions } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { VehicleErrorProvider } from '../../src/index.js';
import type { VehicleErrorProviderProps } from '../../src/index.js';

/** An app with reconnect and support configured: every control the library offers can appear. */
export const fullConfig = {
  appName: 'Chargely',
  connectUrl: 'https://connect.example/start',
  supportUrl: 'mailto:help@chargely.example',
} satisfies Partial<VehicleErrorProviderProps>;

/** Renders inside a provider (the full config unless other props are given). */
export function renderInProvider(ui: ReactElement, props: VehicleErrorProviderProps = fullConfig, options?: RenderOptions) {
  return render(<VehicleErrorProvider {...props}>{ui}</VehicleErrorProvider>, options);
}

/** axe-core on a rendered container; colour contrast is checked in the browser tests (jsdom has no layout). */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  // In act: a countdown may tick while axe runs.
  let results: axe.AxeResults | undefined;
  await act(async () => {
    results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  });
  if (!results) throw new Error('axe did not run');
  const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  expect(found).toEqual([]);
}

/** Payloads in the vendor's shapes, one per kind of next step. */
export const payloads = {
  asleep: { type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409, requestId: 'req-asleep', resolution: { type: 'RETRY_LATER' } },
  doorOpen: { type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409, requestId: 'req-door', resolution: { type: null } },
  unauthorized: { type: 'AUTHENTICATION', code: null, statusCode: 401, requestId: 'req-auth', resolution: { type: 'REAUTHENTICATE' } },
  billing: { type: 'BILLING', code: 'VEHICLE_LIMIT', statusCode: 430, requestId: 'req-bill-42', resolution: { type: null } },
  fullyCharged: { type: 'VEHICLE_STATE', code: 'FULLY_CHARGED', statusCode: 409, requestId: 'req-full', resolution: { type: null } },
  rateLimited: { type: 'RATE_LIMIT', code: 'VEHICLE', statusCode: 429, requestId: 'req-rate', resolution: { type: 'RETRY_LATER' } },
} as const;

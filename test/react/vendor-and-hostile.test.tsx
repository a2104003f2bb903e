import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import type { ResolutionKind } from '../../src/index.js';
import { VehicleErrorBanner, VehicleErrorModal, VehicleErrorProvider } from '../../src/index.js';
import { vendorPayloads } from '../fixtures/vendor-payloads.js';
import { hostileInputs } from '../format-hostile-inputs.js';
import { expectConsole } from '../setup.js';
import { fullConfig, renderInProvider } from './helpers.js';

const retry = () => Promise.resolve();
const LEFTOVERS = /\{\{|\}\}|undefined|\bnull\b|\[object|<app name>/i;

/** The one control each kind offers when the app configured everything. */
const controlFor: Record<ResolutionKind, { role: 'button' | 'link'; name: string } | undefined> = {
  retry: { role: 'button', name: 'Try again' },
  reauthenticate: { role: 'link', name: 'Reconnect' },
  contactSupport: { role: 'link', name: 'Contact support' },
  none: undefined,
};

describe('real vendor payloads inside the provider', () => {
  it.each(vendorPayloads.map((entry) => [entry.name, entry] as const))('%s', (_name, { payload, expected }) => {
    resetWarnings();
    expectConsole('warn');
    renderInProvider(<VehicleErrorBanner error={payload} onRetry={retry} />);
    const region = screen.getByRole('region');
    const title = screen.getByRole('heading').textContent ?? '';
    expect(title.trim()).not.toBe('');
    expect(region.textContent).not.toMatch(LEFTOVERS);
    if (expected.state === 'RESOLVED' && (expected.errorCount ?? 1) === 1) {
      expect(region.getAttribute('data-state')).toBe('resolved');
      return;
    }
    const control = controlFor[expected.kind];
    const controls = [...within(region).queryAllByRole('button'), ...within(region).queryAllByRole('link')].filter(
      (element) => element.textContent === control?.name,
    );
    if (control) {
      expect(within(region).getByRole(control.role, { name: control.name })).toBeTruthy();
    } else {
      expect(controls).toEqual([]);
    }
    for (const link of within(region).queryAllByRole('link')) {
      expect([fullConfig.connectUrl, fullConfig.supportUrl]).toContain(link.getAttribute('href'));
    }
  });
});

describe('hostile inputs', () => {
  it.each(hostileInputs().map((input, index) => [index, input] as const))('input %s renders a message, never throws or leaks', (_index, input) => {
    resetWarnings();
    expectConsole('warn');
    const { container } = renderInProvider(<VehicleErrorBanner error={input} onRetry={retry} onDismiss={() => undefined} />);
    const region = screen.getByRole('region');
    expect(screen.getByRole('heading').textContent?.trim()).not.toBe('');
    expect(region.textContent).not.toMatch(LEFTOVERS);
    expect(container.querySelector('script, img, b, iframe')).toBeNull();
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href')).not.toMatch(/^\s*(javascript|data):/i);
  });

  it('renders payload text with tags as text, and drops a javascript: resolution URL', () => {
    resetWarnings();
    expectConsole('warn');
    const { container } = render(
      <VehicleErrorProvider appName="Chargely">
        <VehicleErrorBanner
          error={{
            type: 'MADE_UP',
            code: null,
            suggestedUserMessage: 'Hello <img src=x onerror=alert(1)> <b>there</b>',
            resolution: { type: 'REAUTHENTICATE', url: 'javascript:alert(1)' },
          }}
        />
      </VehicleErrorProvider>,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByRole('heading').textContent).not.toBe('');
  });

  it('never leaves a blank modal either', () => {
    resetWarnings();
    expectConsole('warn');
    render(
      <VehicleErrorProvider {...fullConfig}>
        <VehicleErrorModal open onOpenChange={() => undefined} error={Symbol('nope')} />
      </VehicleErrorProvider>,
    );
    expect(screen.getByRole('dialog', { name: 'Something went wrong' })).toBeTruthy();
  });
});

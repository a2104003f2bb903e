// @vitest-environment node
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { ReconnectPrompt, VehicleErrorBanner, VehicleErrorModal, VehicleErrorProvider } from '../../src/index.js';
import { vendorPayloads, webhookMixedEvent, webhookResolvedEvent } from '../fixtures/vendor-payloads.js';
import { expectConsole } from '../setup.js';
import { fullConfig, payloads } from './helpers.js';

const retry = () => Promise.resolve();

function serverRender(ui: ReactElement, lng?: string): string {
  return renderToString(
    <VehicleErrorProvider {...fullConfig} {...(lng ? { lng } : {})}>
      {ui}
    </VehicleErrorProvider>,
  );
}

describe('server rendering (no window, no document)', () => {
  it('runs where there is no DOM at all', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(Object.entries(payloads))('renders the banner for %s with its title and control', (_name, error) => {
    const html = serverRender(<VehicleErrorBanner error={error} onRetry={retry} onDismiss={() => undefined} />);
    expect(html).toMatch(/^<section class="vehicle-error"/);
    expect(html).toContain('<h2');
    expect(html).toContain('Dismiss');
  });

  it("renders the prompt's one control, its re-connect words as a link to the configured URL", () => {
    const html = serverRender(<ReconnectPrompt />);
    expect(html).toContain('<a href="https://connect.example/start">Reconnect your car</a>');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).not.toContain('<button');
  });

  it('renders a webhook event, a RESOLVED event and a right-to-left locale', () => {
    expect(serverRender(<VehicleErrorBanner error={webhookMixedEvent} />)).toContain('2 more issues');
    expect(serverRender(<VehicleErrorBanner error={webhookResolvedEvent} />)).toContain('Your car is connected again');
    expect(serverRender(<VehicleErrorBanner error={payloads.billing} />, 'ar')).toContain('dir="rtl"');
  });

  it('renders the modal as nothing on the server (it portals into the document once mounted)', () => {
    expect(serverRender(<VehicleErrorModal open onOpenChange={() => undefined} error={payloads.asleep} onRetry={retry} />)).toBe('');
  });

  it('renders every vendor payload without throwing, and without a provider too', () => {
    resetWarnings();
    expectConsole('warn');
    for (const { name, payload } of vendorPayloads) {
      const html = serverRender(<VehicleErrorBanner error={payload} onRetry={retry} />);
      expect(html, name).toContain('<h2');
      expect(html, name).not.toMatch(/\{\{|undefined|\bnull\b|\[object|&lt;app name&gt;/);
      expect(renderToString(<VehicleErrorBanner error={payload} />), name).toContain('<h2');
    }
  });
});

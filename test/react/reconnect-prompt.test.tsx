import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { ReconnectPrompt, VehicleErrorProvider, VEHICLE_ERRORS_NS } from '../../src/index.js';
import { expectConsole } from '../setup.js';
import { payloads } from './helpers.js';

const CONNECT = 'https://connect.example/start';

/** A host instance whose translation of our message is hostile. */
function hostWith(message: string) {
  const host = createInstance();
  void host.init({
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: { en: { [VEHICLE_ERRORS_NS]: { error: { AUTHENTICATION: { default: { title: 'Reconnect needed', message } } } } } },
  });
  return host;
}

describe('ReconnectPrompt', () => {
  it('has one control: the re-connect words of its message, linked to the configured URL', () => {
    render(
      <VehicleErrorProvider appName="Chargely" connectUrl={CONNECT}>
        <ReconnectPrompt />
      </VehicleErrorProvider>,
    );
    const region = screen.getByRole('region', { name: 'Connection expired' });
    expect(region.textContent).toContain('Chargely can no longer reach your car. Reconnect your car to continue.');
    expect(within(region).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Reconnect your car', CONNECT]]);
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('offers the Reconnect control instead when its message has no words to link', () => {
    resetWarnings();
    render(
      <VehicleErrorProvider appName="Chargely" connectUrl={CONNECT} i18n={hostWith('Chargely needs you to connect your car again.')}>
        <ReconnectPrompt />
      </VehicleErrorProvider>,
    );
    expect(screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Reconnect', CONNECT]]);
  });

  it('shows the error it is given, with its action', () => {
    render(
      <VehicleErrorProvider appName="Chargely" connectUrl={CONNECT}>
        <ReconnectPrompt error={payloads.unauthorized} action="lock" />
      </VehicleErrorProvider>,
    );
    expect(screen.getByRole('region').textContent).toMatch(/Chargely couldn't lock your car/);
  });

  it("uses the payload's own safe reconnect URL when the app configured none", () => {
    resetWarnings();
    render(
      <VehicleErrorProvider appName="Chargely">
        <ReconnectPrompt error={{ ...payloads.unauthorized, resolution: { type: 'REAUTHENTICATE', url: 'https://vendor.example/reconnect' } }} />
      </VehicleErrorProvider>,
    );
    expect(screen.getByRole('link', { name: 'Reconnect your car' }).getAttribute('href')).toBe('https://vendor.example/reconnect');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('calls the handler and leaves the words plain when the app gives a handler', async () => {
    const onReauthenticate = vi.fn();
    render(
      <VehicleErrorProvider appName="Chargely" onReauthenticate={onReauthenticate}>
        <ReconnectPrompt />
      </VehicleErrorProvider>,
    );
    expect(screen.queryByRole('link')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['javascript:alert(1)'],
    ['//evil.example/phish'],
    ['http://evil.example/'],
    ['data:text/html,<script>alert(1)</script>'],
    [' java\tscript:alert(1)'],
  ])('drops an unsafe connectUrl (%s): plain text, no link, no dead button', (connectUrl) => {
    resetWarnings();
    const warn = expectConsole('warn');
    render(
      <VehicleErrorProvider appName="Chargely" connectUrl={connectUrl}>
        <ReconnectPrompt />
      </VehicleErrorProvider>,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('region').textContent).toContain('Reconnect your car to continue.');
    expect(warn.messages().join('\n')).toMatch(/not a safe URL/);
  });

  it('ignores an href written into a translation: the tag shows as text', () => {
    resetWarnings();
    render(
      <VehicleErrorProvider appName="Chargely" connectUrl={CONNECT} i18n={hostWith('Go <reconnectLink href="javascript:alert(1)">here</reconnectLink> now.')}>
        <ReconnectPrompt />
      </VehicleErrorProvider>,
    );
    const message = screen.getByText(/^Go /);
    expect(message.textContent).toContain('<reconnectLink href="javascript:alert(1)">here');
    expect(message.children).toHaveLength(0);
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).toBe(CONNECT);
  });

  it('keeps the configured href even where a translation mixes a plain and an attributed tag', () => {
    render(
      <VehicleErrorProvider
        appName="Chargely"
        connectUrl={CONNECT}
        i18n={hostWith('<reconnectLink>Here</reconnectLink> or <reconnectLink href="javascript:alert(1)" onclick="alert(1)">there</reconnectLink>.')}
      >
        <ReconnectPrompt />
      </VehicleErrorProvider>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Here', 'there']);
    for (const link of links) {
      expect(link.getAttribute('href')).toBe(CONNECT);
      expect(link.getAttribute('onclick')).toBeNull();
    }
  });

  it('renders other markup in a translation as text, never as elements', () => {
    const { container } = render(
      <VehicleErrorProvider appName="Chargely" connectUrl={CONNECT} i18n={hostWith('<img src=x onerror=alert(1)> <script>alert(1)</script> <reconnectLink>Reconnect</reconnectLink>')}>
        <ReconnectPrompt />
      </VehicleErrorProvider>,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('region').textContent).toContain('alert(1)');
  });

  it('escapes interpolated values exactly once (no markup, no visible entities)', () => {
    render(
      <VehicleErrorProvider appName="Volt & Co" connectUrl={CONNECT}>
        <ReconnectPrompt />
      </VehicleErrorProvider>,
    );
    expect(screen.getByRole('region').textContent).toContain('Volt & Co can no longer reach your car.');
  });

  it('shows tags in an app name as nothing but text', () => {
    resetWarnings();
    expectConsole('warn');
    const { container } = render(
      <VehicleErrorProvider appName={'<b onmouseover="alert(1)">Evil</b>'} connectUrl={CONNECT}>
        <ReconnectPrompt />
      </VehicleErrorProvider>,
    );
    expect(container.querySelector('b')).toBeNull();
    // An unusable name gets the neutral wording, as plain text, so the Reconnect control is the one.
    expect(screen.getByRole('region').textContent).toContain('The app can no longer reach your car.');
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Reconnect']);
  });
});

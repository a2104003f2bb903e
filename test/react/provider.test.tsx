import { render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { getI18n } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { VehicleErrorBanner, VehicleErrorProvider, VEHICLE_ERRORS_NS } from '../../src/index.js';
import { expectConsole } from '../setup.js';
import { payloads } from './helpers.js';
import pt from '../../locales/pt/vehicle-errors.json' with { type: 'json' };

const retry = () => Promise.resolve();

function hostInstance(lng = 'en', ours: Record<string, unknown> = {}) {
  const host = createInstance();
  void host.init({
    lng,
    fallbackLng: 'en',
    initAsync: false,
    resources: { en: { app: { hello: 'Hello' }, [VEHICLE_ERRORS_NS]: ours } },
  });
  return host;
}

describe('VehicleErrorProvider languages', () => {
  it('shows English at once, then the language once it has loaded', async () => {
    render(
      <VehicleErrorProvider appName="Chargely" lng="de">
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('A door is open');
    expect(await screen.findByRole('heading', { name: 'Eine Tür ist offen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
    expect(screen.getByRole('region').getAttribute('lang')).toBe('de');
  });

  it('sets dir="rtl" for right-to-left languages', async () => {
    render(
      <VehicleErrorProvider appName="Chargely" lng="ar">
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'أحد الأبواب مفتوح' })).toBeTruthy();
    const region = screen.getByRole('region');
    expect(region.getAttribute('dir')).toBe('rtl');
    expect(region.getAttribute('lang')).toBe('ar');
  });

  it('keeps English, with a warning, for a language that does not ship', async () => {
    resetWarnings();
    const warn = expectConsole('warn');
    render(
      <VehicleErrorProvider appName="Chargely" lng="tlh">
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('heading').textContent).toBe('A door is open');
    expect(warn.messages().join('\n')).toMatch(/No translation ships for locale "tlh"/);
  });
});

describe('VehicleErrorProvider with the app’s own i18next instance', () => {
  it('adds our namespace without taking over: host strings win, react-i18next global untouched', () => {
    const host = hostInstance('en', { ui: { tryAgain: 'Retry now' } });
    const globalBefore = getI18n();
    render(
      <VehicleErrorProvider appName="Chargely" i18n={host}>
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    expect(screen.getByRole('button', { name: 'Retry now' })).toBeTruthy();
    expect(screen.getByRole('heading').textContent).toBe('A door is open');
    expect(host.t('hello', { ns: 'app' })).toBe('Hello');
    expect(host.language).toBe('en');
    expect(getI18n()).toBe(globalBefore);
  });

  it("follows the host's language, loading our strings into the host", async () => {
    const host = hostInstance('fr');
    render(
      <VehicleErrorProvider appName="Chargely" i18n={host}>
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Une porte est ouverte' })).toBeTruthy();
    expect(host.hasResourceBundle('fr', VEHICLE_ERRORS_NS)).toBe(true);
    expect(host.language).toBe('fr');
  });

  it('uses the lng prop over the host language, without changing the host language', async () => {
    const host = hostInstance('en');
    render(
      <VehicleErrorProvider appName="Chargely" i18n={host} lng="es">
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Hay una puerta abierta' })).toBeTruthy();
    expect(host.language).toBe('en');
  });
});

describe('VehicleErrorProvider with an app instance that is set up its own way', () => {
  it("loads our language even when the app already overrides some of our strings in it, and keeps the app's", async () => {
    const host = createInstance();
    void host.init({ lng: 'de', fallbackLng: 'en', initAsync: false, resources: { de: { [VEHICLE_ERRORS_NS]: { ui: { tryAgain: 'Nochmal versuchen' } } } } });
    render(
      <VehicleErrorProvider appName="Chargely" i18n={host}>
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Eine Tür ist offen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nochmal versuchen' })).toBeTruthy();
  });

  it('finds our strings under a regional code the host looks up alone (supportedLngs, currentOnly)', async () => {
    const host = createInstance();
    void host.init({ lng: 'pt-BR', supportedLngs: ['en', 'pt-BR'], load: 'currentOnly', fallbackLng: 'en', initAsync: false, resources: {} });
    render(
      <VehicleErrorProvider appName="Chargely" i18n={host}>
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    expect(await screen.findByRole('heading', { name: pt.error.VEHICLE_STATE.DOOR_OPEN.title })).toBeTruthy();
  });

  it('renders with its own instance, and warns, when the app passes an instance before init()', () => {
    resetWarnings();
    const warn = expectConsole('warn');
    // Before init(), an i18next instance has no store and cannot take strings.
    const uninitialised = createInstance();
    render(
      <VehicleErrorProvider appName="Chargely" i18n={uninitialised}>
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    expect(screen.getByRole('heading', { name: 'A door is open' })).toBeTruthy();
    expect(warn.messages().join('\n')).toMatch(/not initialised; call init\(\) first/);
  });
});

describe('VehicleErrorProvider props', () => {
  it('rejects a reconnect URL and handler together, and a support URL and handler together (compile time)', () => {
    const handler = () => undefined;
    const combinations = [
      // @ts-expect-error connectUrl and onReauthenticate exclude each other
      <VehicleErrorProvider key="a" appName="A" connectUrl="/connect" onReauthenticate={handler} />,
      // @ts-expect-error supportUrl and onContactSupport exclude each other
      <VehicleErrorProvider key="b" appName="A" supportUrl="/help" onContactSupport={handler} />,
      // @ts-expect-error appName is required
      <VehicleErrorProvider key="c" connectUrl="/connect" />,
      <VehicleErrorProvider key="d" appName="A" connectUrl="/connect" onContactSupport={handler} />,
    ];
    expect(combinations).toHaveLength(4);
  });
});

import { render, screen } from '@testing-library/react';
import i18next, { createInstance, type BackendModule } from 'i18next';
import { getI18n } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { ReconnectPrompt, VehicleErrorBanner, VehicleErrorProvider, VEHICLE_ERRORS_NS } from '../../src/index.js';
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

  it("does the same for i18next's global instance before init(), then uses it once initialised", async () => {
    resetWarnings();
    const warn = expectConsole('warn');
    const banner = () => (
      <VehicleErrorProvider appName="Chargely" i18n={i18next}>
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>
    );
    const { rerender } = render(banner());
    expect(screen.getByRole('heading', { name: 'A door is open' })).toBeTruthy();
    expect(warn.messages()).toHaveLength(1);
    await i18next.init({ lng: 'fr', fallbackLng: 'en', resources: {} });
    rerender(banner());
    expect(await screen.findByRole('heading', { name: 'Une porte est ouverte' })).toBeTruthy();
  });

  it("loads our language when the app's backend already answered for our namespace with nothing", async () => {
    const emptyBackend: BackendModule = {
      type: 'backend',
      init: () => undefined,
      read: (_lng, _ns, callback) => setTimeout(() => callback(null, {}), 0),
    };
    const host = createInstance().use(emptyBackend);
    await host.init({ lng: 'de', fallbackLng: 'en', ns: ['app', VEHICLE_ERRORS_NS], defaultNS: 'app' });
    expect(host.hasResourceBundle('de', VEHICLE_ERRORS_NS)).toBe(true);
    render(
      <VehicleErrorProvider appName="Chargely" i18n={host}>
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
      </VehicleErrorProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Eine Tür ist offen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });

  it('reads our keys whatever key and namespace separators the app chose, the reconnect link included', async () => {
    const setups = [{ keySeparator: false as const }, { nsSeparator: '_' }, { keySeparator: '/', nsSeparator: '.' }];
    for (const setup of setups) {
      const host = createInstance();
      void host.init({ lng: 'de', fallbackLng: 'en', initAsync: false, resources: {}, ...setup });
      const { unmount } = render(
        <VehicleErrorProvider appName="Chargely" i18n={host} connectUrl="/connect">
          <VehicleErrorBanner error={payloads.doorOpen} onRetry={retry} />
          <ReconnectPrompt error={payloads.unauthorized} />
        </VehicleErrorProvider>,
      );
      const label = JSON.stringify(setup);
      expect(await screen.findByRole('heading', { name: 'Eine Tür ist offen' }), label).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Erneut versuchen' }), label).toBeTruthy();
      // The prompt's message words link to the reconnect page, through <Trans>.
      expect(screen.getByRole('link', { name: 'Verbinden Sie Ihr Auto erneut' }).getAttribute('href'), label).toBe('/connect');
      unmount();
    }
  });

  it('never shows the empty brackets a missing year leaves, in a message rendered with its link', async () => {
    const withLink = '{{appName}} cannot connect your {{make}} {{model}} ({{year}}) yet. <reconnectLink>Connect another car</reconnectLink>.';
    const host = hostInstance('en', { error: { CONNECT: { vehicle_incompatible: { message_withVehicle: withLink } } } });
    render(
      <VehicleErrorProvider appName="Chargely" i18n={host} connectUrl="/connect">
        <VehicleErrorBanner error="error=vehicle_incompatible&make=TESLA&model=Model%203" />
      </VehicleErrorProvider>,
    );
    const region = await screen.findByRole('region');
    expect(region.textContent).toContain('Chargely cannot connect your Tesla Model 3 yet. Connect another car.');
    expect(region.textContent).not.toMatch(/\(\s*\)/);
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

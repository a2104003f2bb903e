import { createInstance } from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { formatVehicleErrorMessage } from '../../src/i18n/format.js';
import { normalizeVehicleError } from '../../src/core/normalize/index.js';
import { describeVehicleError } from '../../src/i18n/describe.js';
import { createVehicleErrorI18n } from '../../src/i18n/instance.js';
import {
  ensureVehicleErrorLocale,
  loadVehicleErrorLocale,
  PSEUDO_LOCALE,
  vehicleErrorLocales,
} from '../../src/i18n/locale-loaders.js';
import { englishResources, VEHICLE_ERRORS_NS } from '../../src/i18n/resources.js';
import { expectConsole } from '../setup.js';

const asleep = { type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409 };

/** A host app's own instance, with its own namespace and language, initialised synchronously. */
function hostInstance(resources: Record<string, Record<string, unknown>> = {}) {
  const host = createInstance();
  void host.init({ lng: 'en', fallbackLng: 'en', initAsync: false, resources: { en: { app: { hello: 'Hello' } }, ...resources } });
  return host;
}

beforeEach(() => resetWarnings());

describe('formatting in another language', () => {
  it('shows English, with a warning, until the language is loaded', () => {
    const console = expectConsole('warn');
    expect(formatVehicleErrorMessage(asleep, { appName: 'EV Buddy', lng: 'de' }).title).toBe('Your car is asleep');
    expect(console.messages().join('\n')).toMatch(/"de" is not loaded/);
  });

  it('is synchronous once loadVehicleErrorLocale has resolved', async () => {
    const german = await loadVehicleErrorLocale('de');
    expect(german).toMatchObject({ ui: { tryAgain: 'Erneut versuchen' } });
    expect(formatVehicleErrorMessage(asleep, { appName: 'EV Buddy', lng: 'de', action: 'lock' })).toEqual({
      title: 'Ihr Auto ist im Ruhemodus',
      message:
        'EV Buddy hat versucht, Ihr Auto zu verriegeln, aber Ihr Auto ist im Ruhemodus, um seine Batterie zu schonen. ' +
        'Wenn Sie es starten und ein Stück fahren, wird es wieder aktiv.',
    });
  });

  it('uses the base language for a regional code', async () => {
    await loadVehicleErrorLocale('es-MX');
    expect(formatVehicleErrorMessage(asleep, { appName: 'EV Buddy', lng: 'es-MX' }).title).toBe('Tu vehículo está en reposo');
  });

  it('resolves to undefined, with a warning, for a language that does not ship', async () => {
    const console = expectConsole('warn');
    await expect(loadVehicleErrorLocale('tlh')).resolves.toBeUndefined();
    expect(console.messages().join('\n')).toMatch(/No translation ships for locale "tlh"; English is shown/);
  });

  it('needs no loading for English', async () => {
    await expect(loadVehicleErrorLocale('en-GB')).resolves.toBe(englishResources);
  });
});

describe('a host app’s i18next instance', () => {
  it('gets our namespace for a regional code without losing its own strings', async () => {
    const host = hostInstance();
    await ensureVehicleErrorLocale(host, 'es-MX');
    await host.changeLanguage('es-MX');
    expect(host.t('ui.tryAgain', { ns: VEHICLE_ERRORS_NS })).toBe('Reintentar');
    expect(host.t('hello', { ns: 'app' })).toBe('Hello');
  });

  it('gets them under the exact regional code too, for hosts that look up nothing else, keeping its own', async () => {
    const setups = [{ supportedLngs: ['en', 'es-MX'] }, { load: 'currentOnly' as const }];
    for (const setup of setups) {
      const host = createInstance();
      void host.init({ lng: 'en', fallbackLng: 'en', initAsync: false, resources: { 'es-MX': { [VEHICLE_ERRORS_NS]: { ui: { close: 'Cierra' } } } }, ...setup });
      await ensureVehicleErrorLocale(host, 'es-MX');
      await host.changeLanguage('es-MX');
      expect(host.t('ui.tryAgain', { ns: VEHICLE_ERRORS_NS }), JSON.stringify(setup)).toBe('Reintentar');
      expect(host.t('ui.close', { ns: VEHICLE_ERRORS_NS }), JSON.stringify(setup)).toBe('Cierra');
    }
  });

  it("is read by describeVehicleError through the host's own t, whatever separators it set", async () => {
    for (const setup of [{ keySeparator: false as const }, { keySeparator: '/', nsSeparator: '.' }]) {
      const host = createInstance();
      void host.init({ lng: 'de', fallbackLng: 'en', initAsync: false, resources: {}, ...setup });
      await ensureVehicleErrorLocale(host, 'de');
      const text = describeVehicleError(host.t, normalizeVehicleError(asleep), { appName: 'EV Buddy' });
      expect(text.title, JSON.stringify(setup)).toBe('Ihr Auto ist im Ruhemodus');
    }
  });

  it('keeps the strings it already had in our namespace', async () => {
    const host = hostInstance({ fr: { [VEHICLE_ERRORS_NS]: { ui: { tryAgain: 'Encore une fois' } } } });
    await ensureVehicleErrorLocale(host, 'fr');
    await host.changeLanguage('fr');
    expect(host.t('ui.tryAgain', { ns: VEHICLE_ERRORS_NS })).toBe('Encore une fois');
    expect(host.t('ui.dismiss', { ns: VEHICLE_ERRORS_NS })).toBe('Masquer');
  });

  it('reads Arabic right to left, whatever the region', async () => {
    const host = hostInstance();
    await ensureVehicleErrorLocale(host, 'ar-EG');
    expect(host.dir('ar-EG')).toBe('rtl');
    expect(createVehicleErrorI18n('ar').dir('ar')).toBe('rtl');
    await host.changeLanguage('ar-EG');
    expect(host.t('ui.close', { ns: VEHICLE_ERRORS_NS })).toBe('إغلاق');
  });

  it('falls back to English, with a warning naming the gaps, where its own translation is partial', async () => {
    const console = expectConsole('warn');
    const host = hostInstance({ cs: { [VEHICLE_ERRORS_NS]: { ui: { tryAgain: 'Zkusit znovu' } } } });
    await ensureVehicleErrorLocale(host, 'cs');
    await host.changeLanguage('cs');
    expect(host.t('ui.tryAgain', { ns: VEHICLE_ERRORS_NS })).toBe('Zkusit znovu');
    expect(host.t('ui.dismiss', { ns: VEHICLE_ERRORS_NS })).toBe('Dismiss');
    expect(console.messages().join('\n')).toMatch(/The cs "vehicle-errors" translation lacks \d+ key\(s\); English is shown for: generic\.title/);
  });

  it('warns, and keeps English, for a language nobody translated', async () => {
    const console = expectConsole('warn');
    const host = hostInstance();
    await ensureVehicleErrorLocale(host, 'fi');
    await host.changeLanguage('fi');
    expect(host.t('ui.tryAgain', { ns: VEHICLE_ERRORS_NS })).toBe('Try again');
    expect(console.messages().join('\n')).toMatch(/No translation ships for locale "fi"/);
  });

  it('loads every shipped language complete, with no warning', async () => {
    const host = hostInstance();
    for (const lng of [...vehicleErrorLocales, PSEUDO_LOCALE]) await ensureVehicleErrorLocale(host, lng);
    for (const lng of vehicleErrorLocales) expect(host.hasResourceBundle(lng, VEHICLE_ERRORS_NS)).toBe(true);
  });
});

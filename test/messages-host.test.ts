import i18next, { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { resetWarnings } from '../src/core/dev-warning.js';
import type { VehicleError } from '../src/core/types.js';
import { describeVehicleError } from '../src/i18n/describe.js';
import { addVehicleErrorResources, createVehicleErrorI18n } from '../src/i18n/instance.js';
import { uiKey } from '../src/i18n/keys.js';
import { VEHICLE_ERRORS_NS } from '../src/i18n/resources.js';
import { expectConsole } from './setup.js';

const asleep: VehicleError = { type: 'VEHICLE_STATE', code: 'ASLEEP', resolution: { type: null }, source: 'v3', known: true };

function hostInstance() {
  const host = createInstance();
  void host.init({
    lng: 'de',
    fallbackLng: 'en',
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: true },
    resources: {
      en: { app: { greeting: 'Hello {{name}}' }, [VEHICLE_ERRORS_NS]: { ui: { tryAgain: 'Retry now' } } },
      de: { app: { greeting: 'Hallo {{name}}' } },
    },
  });
  return host;
}

describe("the library's own i18next instance", () => {
  it('is ready at once, in English, without touching the global i18next', () => {
    const instance = createVehicleErrorI18n();
    expect(instance.isInitialized).toBe(true);
    expect(instance.t(uiKey('tryAgain'))).toBe('Try again');
    expect(instance.t('ui.retryCountdown', { count: 1 })).toBe('Trying again in 1 second');
    expect(instance.t('ui.retryCountdown', { count: 5 })).toBe('Trying again in 5 seconds');
    expect(instance).not.toBe(i18next);
    expect(i18next.isInitialized).toBeFalsy();
    expect(i18next.language).toBeUndefined();
  });

  it('falls back to English for a language it has not loaded', () => {
    expect(createVehicleErrorI18n('fr').t('ui.dismiss')).toBe('Dismiss');
  });
});

describe('a host app’s i18next instance', () => {
  it('gains our namespace and keeps its own strings, overrides and options', () => {
    const host = hostInstance();
    addVehicleErrorResources(host, 'de');
    expect(host.t('greeting', { name: '<b>' })).toBe('Hallo &lt;b&gt;');
    expect(host.options.defaultNS).toBe('app');
    expect(host.options.interpolation?.escapeValue).toBe(true);
    expect(host.language).toBe('de');
    expect(host.t('ui.tryAgain', { ns: VEHICLE_ERRORS_NS })).toBe('Retry now');
    expect(host.t('ui.dismiss', { ns: VEHICLE_ERRORS_NS })).toBe('Dismiss');
    expect(host.hasResourceBundle('de', VEHICLE_ERRORS_NS)).toBe(false);
  });

  it('describes errors through the host’s t, unescaped, without the host re-interpreting the app name', () => {
    const host = hostInstance();
    addVehicleErrorResources(host);
    const text = describeVehicleError(host.t, asleep, { appName: 'Tom & Jerry’s Garage', action: 'lock' });
    expect(text.message).toBe(
      "Your car is asleep to save its battery, so Tom & Jerry’s Garage couldn't lock your car. Starting your car and driving a little wakes it up.",
    );
  });

  it('without our namespace still shows English, and tells the developer once', () => {
    resetWarnings();
    const console = expectConsole('warn');
    const host = hostInstance();
    const text = describeVehicleError(host.t, asleep, { appName: 'EV Buddy' });
    expect(text.title).toBe('Your car is asleep');
    expect(console.messages()).toEqual([expect.stringContaining('addVehicleErrorResources')]);
  });

  it('a host translation with a broken placeholder is replaced by English', () => {
    resetWarnings();
    const console = expectConsole('warn');
    const host = hostInstance();
    host.addResource('de', VEHICLE_ERRORS_NS, 'error.VEHICLE_STATE.ASLEEP.title', 'Auto schläft {{oops}}');
    addVehicleErrorResources(host);
    expect(describeVehicleError(host.getFixedT('de'), asleep, { appName: 'EV Buddy' }).title).toBe('Your car is asleep');
    expect(console.messages()).toHaveLength(1);
  });
});

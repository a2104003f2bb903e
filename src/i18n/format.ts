import type { i18n } from 'i18next';
import { warnOnce } from '../core/dev-warning.js';
import { normalizeVehicleError } from '../core/normalize/index.js';
import { describeVehicleError } from './describe.js';
import { sharedVehicleErrorI18n } from './instance.js';
import { localeLoaders } from './locale-loaders.js';
import { VEHICLE_ERRORS_NS } from './resources.js';

/** Options of {@link formatVehicleErrorMessage}. */
export interface FormatOptions {
  /** Your app's name as owners know it. */
  appName: string;
  /** A permission name (`read_odometer`) or action key (`lock`) naming what the app tried to do. */
  action?: string;
  /** Language; one that is not loaded yet falls back to English. Default `'en'`. */
  lng?: string;
}

/** The loaded language closest to `lng` (itself, else its base language), or English. */
function loadedLanguage(instance: i18n, lng: unknown): string {
  if (typeof lng !== 'string' || lng === '') return 'en';
  const base = lng.split('-')[0] ?? lng;
  const loaded = [lng, base].find((code) => code === 'en' || instance.hasResourceBundle(code, VEHICLE_ERRORS_NS));
  // Development only: bundlers drop the check, the message and the loaders it names.
  if (loaded === undefined && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    const hint = Object.hasOwn(localeLoaders, base) ? 'Load it first: await loadVehicleErrorLocale(lng)' : 'No translation ships for it';
    warnOnce(`Locale ${JSON.stringify(lng.slice(0, 20))} is not loaded; English is shown. ${hint}.`);
  }
  return loaded ?? 'en';
}

/**
 * Turns anything an app received (API body, SDK error, Connect redirect, webhook event) into a
 * plain-text title and message for an owner. Works without React: push notifications, e-mails,
 * servers. Synchronous; English is always available, other languages once loaded.
 *
 * @example
 * formatVehicleErrorMessage(body, { appName: 'EV Buddy', action: 'lock' });
 * // { title: 'A door is open', message: "EV Buddy couldn't lock your car because a door is open. …" }
 */
export function formatVehicleErrorMessage(input: unknown, options: FormatOptions): { title: string; message: string } {
  const instance = sharedVehicleErrorI18n();
  const t = instance.getFixedT(loadedLanguage(instance, options?.lng), VEHICLE_ERRORS_NS);
  const { title, message } = describeVehicleError(t, normalizeVehicleError(input), {
    appName: options?.appName,
    ...(options?.action === undefined ? {} : { action: options.action }),
  });
  return { title, message };
}

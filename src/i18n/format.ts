import { warnOnce } from '../core/dev-warning.js';
import { normalizeVehicleError } from '../core/normalize/index.js';
import { describeWithLookup } from './describe.js';
import { sharedVehicleErrorI18n } from './instance.js';
import { createLookup, rawCacheFor } from './lookup.js';
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
function loadedLanguage(lng: unknown): string {
  if (typeof lng !== 'string' || lng === '') return 'en';
  const instance = sharedVehicleErrorI18n();
  const base = lng.split('-')[0] ?? lng;
  for (const candidate of [lng, base]) {
    if (candidate === 'en' || instance.hasResourceBundle(candidate, VEHICLE_ERRORS_NS)) return candidate;
  }
  const hint = Object.hasOwn(localeLoaders, base)
    ? 'Load it first: await loadVehicleErrorLocale(lng)'
    : 'No translation ships for it';
  warnOnce(`Locale ${JSON.stringify(lng.slice(0, 20))} is not loaded; English is shown. ${hint}.`);
  return 'en';
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
  const lng = loadedLanguage(options?.lng);
  const instance = sharedVehicleErrorI18n();
  const t = instance.getFixedT(lng, VEHICLE_ERRORS_NS);
  const describeOptions = { appName: options?.appName, ...(options?.action === undefined ? {} : { action: options.action }) };
  const lookup = createLookup(t, rawCacheFor(instance, lng));
  const { title, message } = describeWithLookup(lookup, normalizeVehicleError(input), describeOptions);
  return { title, message };
}

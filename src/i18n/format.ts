import type { TFunction } from 'i18next';
import { warnOnce } from '../core/dev-warning.js';
import { normalizeVehicleError } from '../core/normalize/index.js';
import { describeVehicleError } from './describe.js';
import type { VehicleErrorActionName } from './keys.js';
import { loadedStrings } from './instance.js';
import { localeLoaders } from './locale-loaders.js';
import { baseLanguage, englishResources, textAt } from './resources.js';

/** Options of {@link formatVehicleErrorMessage}. */
export interface FormatOptions {
  /** Your app's name as owners know it. */
  appName: string;
  /** A permission name (`read_odometer`) or action key (`lock`) naming what the app tried to do. */
  action?: VehicleErrorActionName;
  /** Language; one that is not loaded yet falls back to English. Default `'en'`. */
  lng?: string;
}

/** The strings of the loaded language closest to `lng` (itself, else its base language); none means English. */
function stringsFor(lng: unknown): unknown {
  if (typeof lng !== 'string' || lng === '') return undefined;
  const base = baseLanguage(lng);
  for (const code of [lng, base]) {
    if (code === 'en') return undefined;
    const strings = loadedStrings(code);
    if (strings) return strings;
  }
  try {
    // Development only: bundlers drop the check, the message and the loaders it names.
    if (process.env.NODE_ENV !== 'production') {
      const hint = Object.hasOwn(localeLoaders, base) ? 'Load it first: await loadVehicleErrorLocale(lng)' : 'No translation ships for it';
      warnOnce(`Locale ${JSON.stringify(lng.slice(0, 20))} is not loaded; English is shown. ${hint}.`);
    }
  } catch {
    // No `process` and no bundler (plain browser ESM): stay quiet.
  }
  return undefined;
}

/**
 * Turns anything an app received (API body, SDK error, HTTP client or `fetch` error, Connect
 * redirect, webhook event) into a plain-text title and message for an owner. Works without React:
 * push notifications, e-mails, servers. Synchronous; English is always available, other languages
 * once loaded. So given a fetch `Response` it reads only the status and headers: read the body
 * first with `await normalizeVehicleErrorResponse(response)` and pass its result. A request the app
 * cancelled itself (an `AbortError`) gives a calm "nothing to do" text, never an exception; send
 * nothing when `normalizeVehicleError(input).code === 'ABORTED'`.
 *
 * @example
 * formatVehicleErrorMessage(body, { appName: 'EV Buddy', action: 'lock' });
 * // { title: 'A door is open', message: "EV Buddy couldn't lock your car because a door is open. …" }
 */
export function formatVehicleErrorMessage(input: unknown, options: FormatOptions): { title: string; message: string } {
  const strings = stringsFor(options?.lng);
  // Key by key, the loaded language else English, read straight from the strings: no i18next needed.
  const t = ((key: string) => textAt(strings, key) || textAt(englishResources, key)) as unknown as TFunction;
  // Checked there: callers without types may hand over anything as options.
  const { title, message } = describeVehicleError(t, normalizeVehicleError(input), options);
  return { title, message };
}

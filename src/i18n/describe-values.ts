import type { VehicleError } from '../core/types.js';
import { warnOnce } from '../core/dev-warning.js';
import type { Lookup } from './lookup.js';
import { isDisplayable, tidySpaces } from './plain-text.js';
import { englishResources } from './resources.js';

const MAX_VALUE_LENGTH = 80;

// Warnings are for development: production bundles drop the checks below and their messages.

/** A value that is safe to interpolate: single-line, capped, no markup, no leftovers. */
function cleanValue(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = tidySpaces(String(value).replace(/[\p{Cc}\p{Cf}]/gu, ' ')).slice(0, MAX_VALUE_LENGTH).trim();
  return text !== '' && !/[<>]/.test(text) && isDisplayable(text) ? text : undefined;
}

/**
 * The app's name as the owner should read it. A missing or unusable name gets a development warning
 * and the locale's neutral wording ("the app"), so no sentence is left with a hole.
 */
export function appNameValue(appName: unknown, lookup: Lookup): { appName: string; fallback: boolean } {
  const clean = cleanValue(appName);
  if (clean !== undefined) return { appName: clean, fallback: false };
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnOnce('appName is missing or not usable as text; messages say "the app" instead. Pass your app\'s name.');
  return { appName: lookup('ui.appNameFallback') ?? englishResources.ui.appNameFallback, fallback: true };
}

/** The translated phrase for a permission name or action key, or nothing when it is unknown. */
export function actionValue(action: unknown, lookup: Lookup): string | undefined {
  if (action === undefined || action === null || action === '') return undefined;
  if (typeof action !== 'string' || !Object.hasOwn(englishResources.action, action)) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnOnce(`Unknown action ${JSON.stringify(String(action)).slice(0, 60)}; the message is shown without it.`);
    return undefined;
  }
  return lookup(`action.${action}`);
}

/** `TESLA` reads as a shout; long all-caps brand names become title case, `BMW` stays. */
function displayMake(make: string): string {
  if (make.length < 4 || make !== make.toUpperCase() || make === make.toLowerCase()) return make;
  return make.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_match, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** Make, model and year for `message_withVehicle`, when at least the make is known. */
export function vehicleValues(error: Partial<VehicleError>): Record<'make' | 'model' | 'year', string> | undefined {
  const make = cleanValue(error.vehicle?.make);
  if (make === undefined) return undefined;
  const year = cleanValue(error.vehicle?.year);
  return {
    make: displayMake(make),
    model: cleanValue(error.vehicle?.model) ?? '',
    year: year !== undefined && /^\d{4}$/.test(year) ? year : '',
  };
}

/** Capitalises the neutral app wording where it starts a sentence ("The app couldn't…"). */
export function capitaliseFallbackName(text: string, name: string): string {
  if (name === '') return text;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(^|[.!?]\\s+)${escaped}`, 'gu'), (_m, lead: string) => lead + name.charAt(0).toLocaleUpperCase() + name.slice(1));
}

import type { VehicleError } from '../core/types.js';
import { warnOnce } from '../core/dev-warning.js';
import type { Lookup } from './lookup.js';
import { isDisplayable } from './plain-text.js';
import { tidySpaces } from './tidy-text.js';
import { englishResources } from './resources.js';

/**
 * A value that is safe to interpolate: single-line, capped at 80 characters, no markup (it could
 * become a tag in `<Trans>`), no leftovers.
 */
export function cleanValue(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = tidySpaces(String(value).replace(/[\p{Cc}\p{Cf}]/gu, ' ')).slice(0, 80).trim();
  return isDisplayable(text) && !/[<>]/.test(text) ? text : undefined;
}

/** The translated phrase for a permission name or action key, or nothing when it is unknown. */
export function actionValue(action: unknown, lookup: Lookup): string | undefined {
  if (typeof action === 'string' && Object.hasOwn(englishResources.action, action)) return lookup(`action.${action}`);
  try {
    // Development only: bundlers drop the check and its message from production builds.
    if (process.env.NODE_ENV !== 'production' && action !== undefined && action !== null && action !== '') {
      warnOnce(`Unknown action ${JSON.stringify(String(action)).slice(0, 60)}; the message is shown without it.`);
    }
  } catch {
    // No `process` and no bundler (plain browser ESM): stay quiet.
  }
  return undefined;
}

/** Make, model and year for `message_withVehicle`, when at least the make is known. */
export function vehicleValues(error: Partial<VehicleError>): Record<'make' | 'model' | 'year', string> | undefined {
  const { make, model, year } = error.vehicle ?? {};
  const shown = cleanValue(make);
  if (shown === undefined) return undefined;
  const shownYear = cleanValue(year) ?? '';
  return {
    // `TESLA` reads as a shout; long all-caps brand names become title case, `BMW` stays.
    make:
      shown.length < 4 || shown !== shown.toUpperCase() || shown === shown.toLowerCase()
        ? shown
        : shown.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (start) => start.toUpperCase()),
    model: cleanValue(model) ?? '',
    year: /^\d{4}$/.test(shownYear) ? shownYear : '',
  };
}

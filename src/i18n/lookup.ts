import type { TFunction } from 'i18next';
import { warnOnce } from '../core/dev-warning.js';
import { sharedVehicleErrorI18n } from './instance.js';
import { isDisplayable } from './plain-text.js';
import { VEHICLE_ERRORS_NS } from './resources.js';

/** Returns a finished string for a key, or `undefined` when no usable text exists. */
export type Lookup = (key: string, values?: Record<string, string>) => string | undefined;

type LooseT = (key: string, options: Record<string, unknown>) => unknown;

const MISSING = '\u0000vehicle-error-ui:missing';

/**
 * The raw text of a key, filled in by us in one pass: the host's interpolation settings (prefix,
 * escaping) do not matter, and a value is never read as markup or as another placeholder. An
 * unknown placeholder stays, and the text is then rejected.
 */
function translate(t: LooseT, key: string, values: Record<string, string>): string | undefined {
  let raw: unknown;
  try {
    raw = t(key, { ns: VEHICLE_ERRORS_NS, defaultValue: MISSING, skipInterpolation: true });
  } catch {
    return undefined; // a throwing postProcessor or formatter counts as a miss
  }
  // A host's parseMissingKeyHandler may turn a miss into text that still names the key.
  if (typeof raw !== 'string' || raw === MISSING || raw.includes(key)) return undefined;
  const text = raw.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] ?? whole) : whole));
  return isDisplayable(text) ? text : undefined;
}

/**
 * Looks keys up with the caller's `t`, then in bundled English: a host instance without our
 * namespace, or a translation with a broken placeholder, still gets a sentence.
 */
export function createLookup(t: TFunction): Lookup {
  return (key, values = {}) => {
    const found = translate(t as unknown as LooseT, key, values);
    if (found !== undefined) return found;
    const english = sharedVehicleErrorI18n().getFixedT('en', VEHICLE_ERRORS_NS) as unknown as LooseT;
    const fallback = translate(english, key, values);
    // Development only: bundlers drop the check and the message from production builds.
    if (fallback !== undefined && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      warnOnce(
        `The i18next instance in use has no usable "${VEHICLE_ERRORS_NS}" text for some keys; English is shown. ` +
          'Call addVehicleErrorResources(i18n) on a host instance, and check the translation.',
      );
    }
    return fallback;
  };
}

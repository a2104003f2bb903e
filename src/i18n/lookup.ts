import type { TFunction } from 'i18next';
import { warnOnce } from '../core/dev-warning.js';
import { isDisplayable } from './plain-text.js';
import { englishResources, ourKeys, textAt, VEHICLE_ERRORS_NS } from './resources.js';

/** Returns a finished string for a key, or `undefined` when no usable text exists. */
export type Lookup = (key: string, values?: Record<string, string>) => string | undefined;

type LooseT = (key: string, options: Record<string, unknown>) => unknown;

/**
 * Raw text filled in by us in one pass: the host's interpolation settings (prefix, escaping) do not
 * matter, and a value is never read as markup or as another placeholder. An unknown placeholder
 * stays, and the text is then rejected.
 */
function fill(raw: unknown, values: Record<string, string>): string | undefined {
  const text = typeof raw === 'string' ? raw.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] ?? whole) : whole)) : raw;
  return isDisplayable(text) ? text : undefined;
}

/**
 * Looks keys up with the caller's `t`, then in bundled English: a host instance without our
 * namespace, or a translation with a broken placeholder, still gets a sentence.
 */
export function createLookup(t: TFunction): Lookup {
  return (key, values = {}) => {
    let raw: unknown;
    try {
      raw = (t as unknown as LooseT)(key, { ...ourKeys, defaultValue: '', skipInterpolation: true });
    } catch {
      // A throwing postProcessor or formatter counts as a miss.
    }
    // A miss reads as '' or, through a host's parseMissingKeyHandler, as text that names the key.
    const found = typeof raw === 'string' && raw.includes(key) ? undefined : fill(raw, values);
    if (found !== undefined) return found;
    const english = fill(textAt(englishResources, key), values);
    try {
      // Development only: bundlers drop the check and the message from production builds.
      if (english !== undefined && process.env.NODE_ENV !== 'production') {
        warnOnce(
          `The i18next instance in use has no usable "${VEHICLE_ERRORS_NS}" text for some keys; English is shown. ` +
            'Call addVehicleErrorResources(i18n) on a host instance, and check the translation.',
        );
      }
    } catch {
      // No `process` and no bundler (plain browser ESM): stay quiet.
    }
    return english;
  };
}

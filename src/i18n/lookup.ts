import type { i18n, TFunction } from 'i18next';
import { warnOnce } from '../core/dev-warning.js';
import { sharedVehicleErrorI18n } from './instance.js';
import { isDisplayable } from './plain-text.js';
import { VEHICLE_ERRORS_NS } from './resources.js';

/** Returns a finished string for a key, or `undefined` when no usable text exists. */
export type Lookup = (key: string, values?: Record<string, string>) => string | undefined;

/** Raw (not yet interpolated) strings by key; `null` remembers a miss. */
export type RawCache = Map<string, string | null>;

type LooseT = (key: string, options: Record<string, unknown>) => unknown;

const MISSING = '\u0000vehicle-error-ui:missing';
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const caches = new WeakMap<i18n, Map<string, RawCache>>();

/**
 * The raw strings of one language of an instance, kept until its resources change. i18next takes
 * microseconds per lookup; servers formatting many errors ask for the same few keys again and again.
 */
export function rawCacheFor(instance: i18n, lng: string): RawCache {
  let byLanguage = caches.get(instance);
  if (!byLanguage) {
    const fresh = new Map<string, RawCache>();
    const clear = () => fresh.clear();
    instance.store.on('added', clear);
    instance.store.on('removed', clear);
    caches.set(instance, fresh);
    byLanguage = fresh;
  }
  let cache = byLanguage.get(lng);
  if (!cache) byLanguage.set(lng, (cache = new Map()));
  return cache;
}

/**
 * Fills `{{name}}` ourselves, in one pass: the host's interpolation settings (prefix, escaping)
 * do not matter, and a value is never read as markup or as another placeholder. An unknown
 * placeholder stays, and the text is then rejected.
 */
function interpolate(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] ?? whole) : whole));
}

function rawText(t: LooseT, key: string, cache: RawCache | undefined): string | undefined {
  const cached = cache?.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let raw: string | null = null;
  try {
    const result = t(key, { ns: VEHICLE_ERRORS_NS, defaultValue: MISSING, skipInterpolation: true });
    // A host's parseMissingKeyHandler may turn a miss into text that still names the key.
    if (typeof result === 'string' && result !== MISSING && !result.includes(key)) raw = result;
  } catch {
    // A throwing postProcessor or formatter counts as a miss.
  }
  cache?.set(key, raw);
  return raw ?? undefined;
}

function translate(t: LooseT, key: string, values: Record<string, string>, cache?: RawCache): string | undefined {
  const raw = rawText(t, key, cache);
  if (raw === undefined) return undefined;
  const text = interpolate(raw, values);
  return isDisplayable(text) ? text : undefined;
}

/**
 * Looks keys up with the caller's `t`, then in bundled English: a host instance without our
 * namespace, or a translation with a broken placeholder, still gets a sentence.
 */
export function createLookup(t: TFunction, cache?: RawCache): Lookup {
  const primary = t as unknown as LooseT;
  return (key, values = {}) => {
    const found = translate(primary, key, values, cache);
    if (found !== undefined) return found;
    const shared = sharedVehicleErrorI18n();
    const english = shared.getFixedT('en', VEHICLE_ERRORS_NS) as unknown as LooseT;
    const fallback = translate(english, key, values, rawCacheFor(shared, 'en'));
    if (fallback !== undefined) {
      warnOnce(
        `The i18next instance in use has no usable "${VEHICLE_ERRORS_NS}" text for some keys; English is shown. ` +
          'Call addVehicleErrorResources(i18n) on a host instance, and check the translation.',
      );
    }
    return fallback;
  };
}

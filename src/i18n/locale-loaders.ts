import type { i18n } from 'i18next';
import { warnOnce } from '../core/dev-warning.js';
import { addVehicleErrorResources, loadedStrings, sharedVehicleErrorI18n } from './instance.js';
import { warnIfIncomplete } from './locale-completeness.js';
import { baseLanguage, englishResources, VEHICLE_ERRORS_NS } from './resources.js';

/** A locale's strings: the same tree as `locales/en/vehicle-errors.json`. */
type LocaleResources = Record<string, unknown>;
type Loader = () => Promise<{ default: LocaleResources }>;

// One dynamic import per file, so a bundler puts every language in its own chunk and an app that
// only renders in English never downloads the others. No import attributes: Vite's dev server
// rejects them on dynamic JSON imports (vitejs/vite#19095), and every bundler knows JSON anyway.
const translations = {
  ar: () => import('../../locales/ar/vehicle-errors.json'),
  de: () => import('../../locales/de/vehicle-errors.json'),
  es: () => import('../../locales/es/vehicle-errors.json'),
  fr: () => import('../../locales/fr/vehicle-errors.json'),
  it: () => import('../../locales/it/vehicle-errors.json'),
  ja: () => import('../../locales/ja/vehicle-errors.json'),
  ko: () => import('../../locales/ko/vehicle-errors.json'),
  nb: () => import('../../locales/nb/vehicle-errors.json'),
  nl: () => import('../../locales/nl/vehicle-errors.json'),
  pl: () => import('../../locales/pl/vehicle-errors.json'),
  pt: () => import('../../locales/pt/vehicle-errors.json'),
  sv: () => import('../../locales/sv/vehicle-errors.json'),
  zh: () => import('../../locales/zh/vehicle-errors.json'),
} as const satisfies Record<string, Loader>;

/** A language this library ships translations for. */
export type VehicleErrorLocale = 'en' | keyof typeof translations;

/**
 * Every language that ships, English first. Storybook's locale toolbar and apps' language pickers
 * read it.
 *
 * @example
 * vehicleErrorLocales.includes('fr'); // true
 */
export const vehicleErrorLocales: readonly VehicleErrorLocale[] = [
  'en',
  ...(Object.keys(translations) as Array<keyof typeof translations>),
];

/**
 * The pseudo-locale: English accented, about 40 % longer and bracketed, for spotting clipped and
 * hard-coded text. Loads like any other locale; never meant for owners.
 *
 * @example
 * await ensureVehicleErrorLocale(i18n, PSEUDO_LOCALE);
 */
export const PSEUDO_LOCALE = 'en-XA';

/** Loaders by locale code (the pseudo-locale included); English is bundled and has none. */
export const localeLoaders: Readonly<Record<string, Loader>> = {
  ...translations,
  [PSEUDO_LOCALE]: () => import('./pseudo-locale.js').then((m) => ({ default: m.pseudoLocalize(englishResources) })),
};

/** The shipped code for a requested language: itself, else its base language (`es-MX` → `es`). */
function shippedLocaleFor(lng: unknown): string | undefined {
  if (typeof lng !== 'string') return undefined;
  return [lng, baseLanguage(lng)].find((code) => code === 'en' || Object.hasOwn(localeLoaders, code));
}

/**
 * Loads one language's strings on demand and registers them with the library's own i18next
 * instance, so `formatVehicleErrorMessage(…, { lng })` can then format synchronously. Resolves to
 * the strings, or to `undefined` (with a development warning) when no translation ships for `lng`;
 * English is then used. Never rejects.
 *
 * @example
 * await loadVehicleErrorLocale('fr');
 * formatVehicleErrorMessage(body, { appName: 'EV Buddy', lng: 'fr' }); // French
 */
export async function loadVehicleErrorLocale(lng: string): Promise<LocaleResources | undefined> {
  const code = shippedLocaleFor(lng);
  if (code === 'en') return englishResources;
  // Warnings are for development, like every one here: production bundles drop the check and its
  // message. A page without `process` (plain browser ESM, no bundler) lands in a catch, quietly.
  try {
    if (code === undefined) {
      if (process.env.NODE_ENV !== 'production') warnOnce(`No translation ships for locale ${JSON.stringify(String(lng)).slice(0, 40)}; English is shown.`);
      return undefined;
    }
    const cached = loadedStrings(code) as LocaleResources | undefined;
    if (cached) return cached;
    const resources = (await (localeLoaders[code] as Loader)()).default;
    sharedVehicleErrorI18n().addResourceBundle(code, VEHICLE_ERRORS_NS, resources, true, false);
    return resources;
  } catch (error) {
    // A chunk that fails to download (offline, bad deploy) leaves English, not a broken screen.
    try {
      if (process.env.NODE_ENV !== 'production') warnOnce(`Could not load the ${String(code)} translation (${String(error).slice(0, 120)}); English is shown.`);
    } catch {
      // No `process` and no bundler (plain browser ESM): stay quiet.
    }
    return undefined;
  }
}

/**
 * Makes an app's own i18next instance ready to show this library's text in `lng`: adds English and
 * the language's strings to the `vehicle-errors` namespace, without overwriting any string the app
 * already has there. Regional codes use their base language (`ar-EG` → `ar`). Keys the language
 * lacks fall back to English with a development warning.
 *
 * @example
 * await ensureVehicleErrorLocale(appI18n, 'es-MX');
 * await appI18n.changeLanguage('es-MX');
 */
export async function ensureVehicleErrorLocale(host: i18n, lng: string): Promise<void> {
  const code = shippedLocaleFor(lng);
  if (code !== undefined) await loadVehicleErrorLocale(code);
  addVehicleErrorResources(host, code);
  // Hosts that only look up the exact code (`supportedLngs: ['pt-BR']`, `load: 'currentOnly'`)
  // find the strings there too; the app's own strings still win.
  const loaded = code === undefined || code === lng ? undefined : loadedStrings(code);
  if (loaded) host.addResourceBundle(lng, VEHICLE_ERRORS_NS, loaded, true, false);
  try {
    if (code !== 'en' && process.env.NODE_ENV !== 'production') {
      // The app may bring its own translation of our namespace for a language we do not ship.
      const base = String(lng).split(/[-_]/)[0] ?? '';
      const target = code ?? [String(lng), base].find((c) => host.hasResourceBundle(c, VEHICLE_ERRORS_NS));
      if (target === undefined) warnOnce(`No translation ships for locale ${JSON.stringify(String(lng)).slice(0, 40)}; English is shown.`);
      else warnIfIncomplete(target, host.getResourceBundle(target, VEHICLE_ERRORS_NS) as unknown);
    }
  } catch {
    // No `process` (plain browser ESM, no bundler): stay quiet.
  }
}

import en from '../../locales/en/vehicle-errors.json' with { type: 'json' };

/**
 * The i18next namespace that holds every string of this library.
 *
 * @example
 * i18n.t('ui.tryAgain', { ns: VEHICLE_ERRORS_NS }); // 'Try again'
 */
export const VEHICLE_ERRORS_NS = 'vehicle-errors';

/**
 * What every lookup of our keys passes to `t`: our namespace, and our keys read as dotted paths
 * with no namespace prefix, whatever separators the app's own instance was set up with.
 */
export const ourKeys = { ns: VEHICLE_ERRORS_NS, keySeparator: '.', nsSeparator: false } as const;

/** The shape every locale file follows; English is the reference. */
export type VehicleErrorResources = typeof en;

/** English, bundled: it must work synchronously and is the fallback for every other language. */
export const englishResources: VehicleErrorResources = en;

/**
 * What sits at a dotted key of a locale's strings (`undefined` when nothing does). Our keys hold no
 * dots of their own, so a plain walk finds what i18next would, without an i18next instance.
 */
export function textAt(strings: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | null | undefined)?.[part], strings);
}

/**
 * The base language of a locale code, the way every part of the library reads it: `pt_BR`, `PT-br`
 * and `pt` all give `pt`.
 */
export function baseLanguage(lng: string): string {
  return (lng.split(/[-_]/)[0] ?? '').toLowerCase();
}

import en from '../../locales/en/vehicle-errors.json' with { type: 'json' };

/**
 * The i18next namespace that holds every string of this library.
 *
 * @example
 * i18n.t('ui.tryAgain', { ns: VEHICLE_ERRORS_NS }); // 'Try again'
 */
export const VEHICLE_ERRORS_NS = 'vehicle-errors';

/** The shape every locale file follows; English is the reference. */
export type VehicleErrorResources = typeof en;

/** English, bundled: it must work synchronously and is the fallback for every other language. */
export const englishResources: VehicleErrorResources = en;

/** The i18next options the library relies on; a host instance may differ, so calls pass what matters. */
export const i18nOptions = {
  fallbackLng: 'en',
  keySeparator: '.',
  nsSeparator: false,
  returnNull: false,
  // React escapes when rendering and plain-text callers want the raw characters.
  interpolation: { escapeValue: false },
} as const;

import { createInstance } from 'i18next';
import type { i18n } from 'i18next';
import { englishResources, VEHICLE_ERRORS_NS } from './resources.js';

let shared: i18n | undefined;

/**
 * A fresh i18next instance that holds only this library's namespace, English bundled and ready at
 * once (synchronous init), plus any locale loaded so far. It never touches the global i18next nor
 * react-i18next.
 *
 * @example
 * const i18n = createVehicleErrorI18n('en');
 * i18n.t('ui.tryAgain'); // 'Try again'
 */
export function createVehicleErrorI18n(lng = 'en'): i18n {
  const instance = createInstance();
  // With resources inline and no backend, init finishes before it returns.
  void instance.init({
    lng,
    fallbackLng: 'en',
    defaultNS: VEHICLE_ERRORS_NS,
    // React escapes when rendering and plain-text callers want the raw characters.
    interpolation: { escapeValue: false },
    // Copies of every locale loaded so far (ensureVehicleErrorLocale) and of the bundled English:
    // addResource on one instance must not change the strings of another.
    resources: { ...structuredClone(shared?.store.data), en: { [VEHICLE_ERRORS_NS]: structuredClone(englishResources) } },
  });
  return instance;
}

/**
 * The one instance the framework-free helpers share; loaded locales are added to it. Created on
 * first use so importing the library has no side effects.
 */
export function sharedVehicleErrorI18n(): i18n {
  return (shared ??= createVehicleErrorI18n());
}

/**
 * The strings loaded so far for exactly `lng` (`loadVehicleErrorLocale`), if any. It creates no
 * instance, so the formatter needs none for English.
 */
export function loadedStrings(lng: string): unknown {
  return shared?.getResourceBundle(lng, VEHICLE_ERRORS_NS);
}

/**
 * Adds this library's namespace to an app's own i18next instance: English always, and `lng` too
 * when that locale is already loaded. Strings the host already has win, and its other namespaces
 * and options stay as they are.
 *
 * @example
 * addVehicleErrorResources(appI18n, 'fr');
 * appI18n.t('ui.tryAgain', { ns: VEHICLE_ERRORS_NS });
 */
export function addVehicleErrorResources(host: i18n, lng?: string): void {
  host.addResourceBundle('en', VEHICLE_ERRORS_NS, englishResources, true, false);
  if (lng && lng !== 'en') {
    const loaded = loadedStrings(lng);
    if (loaded) host.addResourceBundle(lng, VEHICLE_ERRORS_NS, loaded, true, false);
  }
}

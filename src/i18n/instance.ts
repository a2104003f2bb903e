import { createInstance } from 'i18next';
import type { i18n } from 'i18next';
import { englishResources, i18nOptions, VEHICLE_ERRORS_NS } from './resources.js';

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
  // With initAsync false and resources inline, init finishes before it returns.
  void instance.init({
    ...i18nOptions,
    lng,
    ns: [VEHICLE_ERRORS_NS],
    defaultNS: VEHICLE_ERRORS_NS,
    // A copy: addResource on one instance must not change the bundled strings of every other.
    resources: { en: { [VEHICLE_ERRORS_NS]: structuredClone(englishResources) } },
    initAsync: false,
  });
  // Locales already loaded for the shared instance (ensureVehicleErrorLocale) are usable here too.
  for (const loaded of shared ? Object.keys(shared.store.data) : []) {
    const bundle = shared?.getResourceBundle(loaded, VEHICLE_ERRORS_NS) as unknown;
    if (loaded !== 'en' && bundle && typeof bundle === 'object') {
      instance.addResourceBundle(loaded, VEHICLE_ERRORS_NS, bundle, true, false);
    }
  }
  return instance;
}

/**
 * The one instance the framework-free helpers share; loaded locales are added to it. Created on
 * first use so importing the library has no side effects.
 */
export function sharedVehicleErrorI18n(): i18n {
  shared ??= createVehicleErrorI18n();
  return shared;
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
  if (lng === undefined || lng === 'en') return;
  const loaded = sharedVehicleErrorI18n().getResourceBundle(lng, VEHICLE_ERRORS_NS) as unknown;
  if (loaded && typeof loaded === 'object') host.addResourceBundle(lng, VEHICLE_ERRORS_NS, loaded, true, false);
}

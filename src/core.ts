/**
 * The framework-free entry: the error core and the plain-text formatter, no React. Use it on
 * servers, in workers and in push-notification or e-mail code.
 *
 * @example
 * import { formatVehicleErrorMessage, loadVehicleErrorLocale } from 'vehicle-error-ui/core';
 * await loadVehicleErrorLocale('fr');
 * formatVehicleErrorMessage(body, { appName: 'EV Buddy', lng: 'fr' });
 */
export * from './core/index.js';
export { formatVehicleErrorMessage } from './i18n/format.js';
export type { FormatOptions } from './i18n/format.js';
export { loadVehicleErrorLocale, vehicleErrorLocales } from './i18n/locale-loaders.js';
export type { VehicleErrorLocale } from './i18n/locale-loaders.js';

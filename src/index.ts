"use client";
/**
 * The full entry: the error core, messages and i18n helpers, and the React components and hooks.
 * Framework-free code can import `vehicle-error-ui/core` instead.
 *
 * @example
 * import { VehicleErrorProvider, VehicleErrorBanner } from 'vehicle-error-ui';
 * import 'vehicle-error-ui/styles.css';
 */
export * from './core/index.js';
export * from './i18n/index.js';
export * from './react/index.js';

import type { i18n as I18n, TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import { defaultRetryStore, type VehicleErrorRetryStore } from '../../core/retry-store.js';
import { sharedVehicleErrorI18n } from '../../i18n/instance.js';
import { VEHICLE_ERRORS_NS } from '../../i18n/resources.js';
import type { UrlForError, VehicleErrorEvent } from './provider-props.js';
import type { ResolutionKind, VehicleError } from '../../core/types.js';

/** Everything the hooks and components read from the nearest provider (or the defaults). */
export interface VehicleErrorConfig {
  /** `undefined` without a provider: messages then use neutral wording. */
  appName: string | undefined;
  connectUrl?: UrlForError;
  onReauthenticate?: (error: VehicleError) => void;
  supportUrl?: UrlForError;
  onContactSupport?: (error: VehicleError) => void;
  onEvent?: (event: VehicleErrorEvent) => void;
  i18n: I18n;
  lng: string;
  /** Bound to `lng` and our namespace; a new function whenever translations arrive, so text caches keyed on it refresh. */
  t: TFunction;
  dir: 'ltr' | 'rtl';
  /** Retry state per problem, shared by every component below the provider. */
  retryStore: VehicleErrorRetryStore;
}

export const VehicleErrorContext = createContext<VehicleErrorConfig | null>(null);

// Created on first use, never at import: importing the library must not do work (or touch i18next).
let fallback: VehicleErrorConfig | undefined;

/** The nearest provider's settings, or English with no actions configured. */
export function useVehicleErrorConfig(): VehicleErrorConfig {
  const provided = useContext(VehicleErrorContext);
  if (provided) return provided;
  const i18n = sharedVehicleErrorI18n();
  fallback ??= { appName: undefined, i18n, lng: 'en', t: i18n.getFixedT('en', VEHICLE_ERRORS_NS), dir: 'ltr', retryStore: defaultRetryStore() };
  return fallback;
}

/**
 * Tells the app's `onEvent` that an error was shown, or (given `action`) which step the owner took.
 *
 * @example reportEvent(config, error, 'retry', 'retry'); // { type: 'action', action: 'retry', … }
 */
export function reportEvent(
  { onEvent }: VehicleErrorConfig,
  error: VehicleError,
  kind: ResolutionKind,
  action?: Extract<VehicleErrorEvent, { type: 'action' }>['action'],
): void {
  const about = { kind, errorType: error.type, code: error.code };
  onEvent?.(action ? { type: 'action', action, ...about } : { type: 'shown', ...about });
}

import type { i18n as I18n, TFunction } from 'i18next';
import { useEffect, useMemo, useReducer } from 'react';
import { warnOnce } from '../../core/dev-warning.js';
import { defaultRetryStore } from '../../core/retry-store.js';
import { addVehicleErrorResources, sharedVehicleErrorI18n } from '../../i18n/instance.js';
import { ensureVehicleErrorLocale } from '../../i18n/locale-loaders.js';
import { ourKeys, VEHICLE_ERRORS_NS } from '../../i18n/resources.js';
import { VehicleErrorContext, type VehicleErrorConfig } from './context.js';
import type { VehicleErrorProviderProps } from './provider-props.js';

const preparedHosts = new WeakSet<I18n>();
/** The languages already ensured per instance: the app's own strings must not stop ours loading. */
const ensuredLocales = new WeakMap<I18n, Set<string>>();

/**
 * Adds our namespace to the host's instance, once per instance (adding emits store events, which
 * must not reach components already rendering); it never overwrites the host's own strings. An
 * instance that cannot take strings yet (`init()` not called) is not used: the library's own
 * instance renders instead, and development says why.
 */
function prepareHost(host: I18n): I18n {
  if (!preparedHosts.has(host)) {
    try {
      addVehicleErrorResources(host);
    } catch {
      try {
        if (process.env.NODE_ENV !== 'production') warnOnce('The i18next instance given to VehicleErrorProvider is not initialised; call init() first. The library\'s own instance is used meanwhile.');
      } catch {
        // No `process` and no bundler (plain browser ESM): stay quiet.
      }
      return sharedVehicleErrorI18n();
    }
    preparedHosts.add(host);
  }
  return host;
}

/** Whether this language still has to be ensured on this instance; true once per pair. */
function firstTimeFor(i18n: I18n, lng: string): boolean {
  let ensured = ensuredLocales.get(i18n);
  if (!ensured) ensuredLocales.set(i18n, (ensured = new Set()));
  return !ensured.has(lng) && Boolean(ensured.add(lng));
}

/**
 * Gives every vehicle error component below it the app's name, language, reconnect and support
 * destinations, and an analytics callback. Components work without it too, in English, with
 * neutral wording and no reconnect or support actions.
 *
 * @example
 * <VehicleErrorProvider appName="Acme Drive" lng="de" connectUrl="/connect" supportUrl="/help">
 *   <VehicleErrorBanner error={error} onRetry={refetch} />
 * </VehicleErrorProvider>
 */
export function VehicleErrorProvider(props: VehicleErrorProviderProps) {
  const { appName, lng: lngProp, i18n: host, onEvent, children } = props;
  const { connectUrl, onReauthenticate, supportUrl, onContactSupport, retryStore = defaultRetryStore() } = props;
  const i18n = host ? prepareHost(host) : sharedVehicleErrorI18n();
  const lng = lngProp ?? host?.language ?? 'en';
  // Counts translation additions and language changes, so messages re-render when they arrive.
  const [revision, bump] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    i18n.store.on('added', bump);
    i18n.on('languageChanged', bump);
    // Locales other than English load on demand; English shows meanwhile, and stays if loading fails.
    // A bundle the app already has for this language (its own overrides) must not stop ours loading.
    if (lng !== 'en' && firstTimeFor(i18n, lng)) void ensureVehicleErrorLocale(i18n, lng);
    return () => {
      i18n.store.off('added', bump);
      i18n.off('languageChanged', bump);
    };
  }, [i18n, lng]);

  const value = useMemo<VehicleErrorConfig>(() => {
    const fixed = i18n.getFixedT(lng, VEHICLE_ERRORS_NS);
    return {
      appName,
      connectUrl,
      onReauthenticate,
      supportUrl,
      onContactSupport,
      onEvent,
      i18n,
      lng,
      // A new `t` after every translation change, so text cached per `t` is looked up afresh. It
      // reads our dotted keys whatever separators the host set, for `<Trans>` and custom UIs too.
      t: ((key: string, options?: object) => fixed(key, { ...options, ...ourKeys })) as unknown as TFunction,
      dir: i18n.dir(lng),
      retryStore,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` is the reason to recompute `t`
  }, [appName, connectUrl, onReauthenticate, supportUrl, onContactSupport, onEvent, i18n, lng, revision, retryStore]);
  return <VehicleErrorContext.Provider value={value}>{children}</VehicleErrorContext.Provider>;
}

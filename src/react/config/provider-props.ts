import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import type { VehicleErrorRetryStore } from '../../core/retry-store.js';
import type { ResolutionKind, VehicleError } from '../../core/types.js';

/** A URL, or a function that builds one for the error at hand. */
export type UrlForError = string | ((error: VehicleError) => string | undefined);

/**
 * What the library reports for analytics: a message was `shown`, or the owner took an `action`
 * (`retry`, `reauthenticate`, `contactSupport`, `dismiss`).
 *
 * @example
 * onEvent={(event) => analytics.track(`vehicle_error_${event.type}`, event)}
 */
export type VehicleErrorEvent =
  | { type: 'shown'; kind: ResolutionKind; errorType: string; code: string | null }
  | {
      type: 'action';
      action: 'retry' | 'reauthenticate' | 'contactSupport' | 'dismiss';
      kind: ResolutionKind;
      errorType: string;
      code: string | null;
    };

interface SharedProviderProps {
  /**
   * The app's name as owners know it; it appears in messages ("Acme Drive can't reach your car").
   *
   * @example <VehicleErrorProvider appName="Acme Drive" …>
   */
  appName: string;
  /**
   * The owner's language (`'de'`, `'ar'`…). Locales other than English load on demand; English
   * shows meanwhile. Defaults to the host instance's language, else English.
   *
   * @example <VehicleErrorProvider lng={user.locale} …>
   */
  lng?: string;
  /**
   * The app's own i18next instance. The library adds its `vehicle-errors` namespace without
   * overwriting the app's strings, and never changes react-i18next's global instance.
   *
   * @example <VehicleErrorProvider i18n={appI18n} …>
   */
  i18n?: I18n;
  /**
   * Analytics: called when a message is shown and when the owner acts on it.
   *
   * @example onEvent={(event) => track(event)}
   */
  onEvent?: (event: VehicleErrorEvent) => void;
  /**
   * Where retry state lives, per problem: by default one store shared by every component and by
   * `vehicleErrorQueryRetry`/`vehicleErrorSwrRetry`. Give one of your own to keep a part of the
   * app apart (pass it to the helpers' `store` too), or to forget everything on sign-out (`clear()`).
   *
   * @example <VehicleErrorProvider retryStore={useState(createVehicleErrorRetryStore)[0]} …>
   */
  retryStore?: VehicleErrorRetryStore;
  children?: ReactNode;
}

type ReconnectByUrl = {
  /**
   * Where the owner re-connects the car (the app's Connect flow); a function gets the error.
   * Only safe URLs are used (`https:`, relative, `http:` on localhost).
   *
   * @example connectUrl="/connect" or connectUrl={(error) => `/connect?make=${error.vehicle?.make}`}
   */
  connectUrl: UrlForError;
  onReauthenticate?: never;
};
type ReconnectByHandler = {
  connectUrl?: never;
  /**
   * Called when the owner chooses to re-connect, instead of following a link.
   *
   * @example onReauthenticate={() => connect.openDialog()}
   */
  onReauthenticate: (error: VehicleError) => void;
};
type NoReconnect = { connectUrl?: never; onReauthenticate?: never };

type SupportByUrl = {
  /**
   * Where the owner gets help: `https:`, relative, `mailto:` or `tel:`; a function gets the error.
   *
   * @example supportUrl="mailto:help@example.com"
   */
  supportUrl: UrlForError;
  onContactSupport?: never;
};
type SupportByHandler = {
  supportUrl?: never;
  /**
   * Called when the owner asks for help, instead of following a link (opening a chat, say).
   *
   * @example onContactSupport={(error) => chat.open({ reference: error.requestId })}
   */
  onContactSupport: (error: VehicleError) => void;
};
type NoSupport = { supportUrl?: never; onContactSupport?: never };

/**
 * Settings for every vehicle error component below it. Give a reconnect URL *or* handler and a
 * support URL *or* handler; giving both of a pair does not compile.
 *
 * @example
 * <VehicleErrorProvider appName="Acme Drive" connectUrl="/connect" supportUrl="mailto:help@acme.test">
 *   <App />
 * </VehicleErrorProvider>
 */
export type VehicleErrorProviderProps = SharedProviderProps &
  (ReconnectByUrl | ReconnectByHandler | NoReconnect) &
  (SupportByUrl | SupportByHandler | NoSupport);

import type { i18n as I18n, TFunction } from 'i18next';
import type { VehicleError } from '../../core/types.js';
import { describeVehicleError, type VehicleErrorText } from '../../i18n/describe.js';
import type { VehicleErrorActionName } from '../../i18n/keys.js';
import { ourKeys } from '../../i18n/resources.js';
import { useVehicleErrorConfig, type VehicleErrorConfig } from '../config/context.js';
import { cachedIn, normalizedError } from './error-cache.js';
import { useResponseError } from './use-response-error.js';

/** Options of {@link useVehicleErrorMessage}. */
export interface VehicleErrorMessageOptions {
  /**
   * What the app tried to do: a permission name or action key, itself translated.
   *
   * @example useVehicleErrorMessage(error, { action: 'lock' }) // "… couldn't lock your car …"
   */
  action?: VehicleErrorActionName;
}

/** The words for one error, and what a custom UI needs to render the message with its link. */
export interface VehicleErrorMessage extends VehicleErrorText {
  /** The normalized error the words are for. */
  error: VehicleError;
  /** The language the text is meant to be in (English shows while it loads). */
  lng: string;
  /** Writing direction of `lng`: put it on your root element as `dir`. */
  dir: 'ltr' | 'rtl';
  /**
   * True when `<Trans i18n={i18n} t={t} i18nKey={messageKey} values={values}>` renders the same
   * message with its `<reconnectLink>`; otherwise render `message` as plain text.
   */
  richText: boolean;
  i18n: I18n;
  t: TFunction;
}

// Text per `t` (language and translations), error, app name and action: looked up once, shared.
const messages = new WeakMap<TFunction, WeakMap<VehicleError, Map<string, VehicleErrorMessage>>>();

function describe(config: VehicleErrorConfig, error: VehicleError, action: string | undefined): VehicleErrorMessage {
  const { appName, t, i18n, lng, dir } = config;
  const text = describeVehicleError(t, error, { appName: appName ?? '', ...(action ? { action } : {}) });
  const richText =
    text.hasReconnectLink &&
    text.messageKey !== '' &&
    // The neutral "the app" wording is capitalised in `message` only; keep that version.
    text.values.appName === appName &&
    // `<Trans>` cannot tidy what an empty value leaves ("Model 3 ()"); `message` is tidied.
    !Object.values(text.values).includes('') &&
    i18n.exists(text.messageKey, { ...ourKeys, lng });
  return { ...text, error, lng, dir, richText, i18n, t };
}

/**
 * The message for a normalized error, from the cache when this language already described it.
 * For components that already hold the config (one context read per component).
 *
 * @example const text = messageFor(config, normalizedError(input), 'unlock');
 */
export function messageFor(config: VehicleErrorConfig, error: VehicleError, action: string | undefined): VehicleErrorMessage {
  const byOptions = cachedIn(cachedIn(messages, config.t, () => new WeakMap()), error, () => new Map());
  return cachedIn(byOptions, `${config.appName ?? '\u0000'}\u0000${action ?? ''}`, () => describe(config, error, action));
}

/**
 * The title and message for anything normalizable (API body, SDK error, HTTP client or `fetch`
 * error, Connect redirect, webhook event), in the provider's language, with the provider's app
 * name. A fetch `Response` gives its status's words at once, then its body's when read (once,
 * shared with every component). A request the app cancelled itself gives a calm "nothing to do"
 * message (`error.code === 'ABORTED'`): the components show nothing for it, and so may you.
 *
 * @example
 * const { title, message, dir, lng } = useVehicleErrorMessage(error, { action: 'unlock' });
 * return <div dir={dir} lang={lng}><strong>{title}</strong> {message}</div>;
 */
export function useVehicleErrorMessage(error: unknown, options: VehicleErrorMessageOptions = {}): VehicleErrorMessage {
  return messageFor(useVehicleErrorConfig(), normalizedError(useResponseError(error)), options.action);
}

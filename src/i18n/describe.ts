import type { TFunction } from 'i18next';
import { catalogEntryFor } from '../core/catalog.js';
import type { VehicleError } from '../core/types.js';
import { actionValue, appNameValue, capitaliseFallbackName, vehicleValues } from './describe-values.js';
import { createLookup } from './lookup.js';
import { hasReconnectLink, stripReconnectLink, suggestedMessageText, tidySpaces } from './plain-text.js';
import { englishResources } from './resources.js';

/** What the message is about, besides the error itself. */
export interface DescribeOptions {
  /** Your app's name as owners know it; it fills `{{appName}}`. */
  appName: string;
  /** A permission name (`read_odometer`) or action key (`lock`) naming what the app tried to do. */
  action?: string;
}

/** The words for one error, ready for plain text or for `<Trans i18nKey={messageKey} values={values}>`. */
export interface VehicleErrorText {
  /** Plain-text title. */
  title: string;
  /** Plain-text message: `<reconnectLink>` tags removed, their text kept. */
  message: string;
  /** The full key of the message, context suffix included; `''` when the payload's own text is used. */
  messageKey: string;
  /** The interpolation values the message used (appName, action, make…). */
  values: Record<string, string>;
  /** `'withAction'` or `'withVehicle'` when such a variant of the message was used. */
  context?: 'withAction' | 'withVehicle';
  /** Whether the message wraps some words in `<reconnectLink>`. */
  hasReconnectLink: boolean;
}

/** Our keys for an error, most specific first. Only catalog strings become keys, never payload text. */
function keyBases({ type, code }: Partial<VehicleError>): string[] {
  const entry = typeof type === 'string' ? catalogEntryFor(type, typeof code === 'string' ? code : null) : undefined;
  if (!entry) return [];
  const typeLevel = `error.${entry.type}.default`;
  return entry.code === null ? [typeLevel] : [`error.${entry.type}.${entry.code}`, typeLevel];
}

/**
 * Picks the title and message for an error, in this order: our text for the type and code, our text
 * for the type, the payload's `suggestedUserMessage` (plain text, `<app name>` filled in), then the
 * generic text. A known `action` selects the `withAction` wording; known vehicle facts the
 * `withVehicle` wording. The result never contains `{{`, `undefined`, `null` or `[object`.
 *
 * @example
 * const { title, message } = describeVehicleError(i18n.t, error, { appName: 'EV Buddy', action: 'lock' });
 */
export function describeVehicleError(t: TFunction, error: VehicleError, options: DescribeOptions): VehicleErrorText {
  const lookup = createLookup(t);
  // Callers without types may hand over anything; it then reads as an unknown error.
  const safeError: Partial<VehicleError> = error !== null && typeof error === 'object' ? error : {};
  const { appName, fallback } = appNameValue(options?.appName, lookup);
  const action = actionValue(options?.action, lookup);
  const vehicle = vehicleValues(safeError);
  const plain = { appName };

  // Most specific wording first; the plain message always comes last.
  const variants: Array<Pick<VehicleErrorText, 'context' | 'values'>> = [];
  if (vehicle) variants.push({ context: 'withVehicle', values: { appName, ...vehicle } });
  if (action !== undefined) variants.push({ context: 'withAction', values: { appName, action } });
  variants.push({ values: plain });

  let title: string | undefined;
  let chosen: Pick<VehicleErrorText, 'context' | 'values' | 'messageKey'> | undefined;
  let text: string | undefined;
  for (const base of keyBases(safeError)) {
    title ??= lookup(`${base}.title`, plain);
    for (const variant of chosen ? [] : variants) {
      const messageKey = `${base}.message${variant.context ? `_${variant.context}` : ''}`;
      text = lookup(messageKey, variant.values);
      if (text !== undefined) {
        chosen = { ...variant, messageKey };
        break;
      }
    }
  }
  if (!chosen) {
    chosen = { values: plain, messageKey: '' };
    text = suggestedMessageText(safeError.suggestedUserMessage, appName);
  }
  if (text === undefined) {
    chosen.messageKey = 'generic.message';
    text = lookup('generic.message', plain) ?? englishResources.generic.message.replace('{{appName}}', () => appName);
  }
  title ??= lookup('generic.title', plain) ?? englishResources.generic.title;

  const finish = (words: string) => {
    const tidy = tidySpaces(stripReconnectLink(words));
    return fallback ? capitaliseFallbackName(tidy, appName) : tidy;
  };
  return {
    title: finish(title),
    message: finish(text),
    messageKey: chosen.messageKey,
    values: chosen.values,
    ...(chosen.context ? { context: chosen.context } : {}),
    hasReconnectLink: hasReconnectLink(text),
  };
}

import type { TFunction } from 'i18next';
import { findCatalogEntry, isKnownType } from '../core/catalog.js';
import type { VehicleError } from '../core/types.js';
import { actionValue, appNameValue, capitaliseFallbackName, vehicleValues } from './describe-values.js';
import { createLookup } from './lookup.js';
import type { Lookup } from './lookup.js';
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

type MessageChoice = Pick<VehicleErrorText, 'messageKey' | 'values' | 'context'> & { text: string };

/** Our keys for an error, most specific first. Only catalog strings become keys, never payload text. */
function keyBases({ type, code }: Partial<VehicleError>): string[] {
  if (typeof type !== 'string' || !isKnownType(type)) return [];
  const entry = typeof code === 'string' ? findCatalogEntry(type, code) : undefined;
  const typeEntry = findCatalogEntry(type, null);
  return [
    ...(entry?.code ? [`error.${entry.type}.${entry.code}`] : []),
    ...(typeEntry ? [`error.${typeEntry.type}.default`] : []),
  ];
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
  return describeWithLookup(createLookup(t), error, options);
}

/** {@link describeVehicleError} over a prepared lookup (the formatter's is cached). */
export function describeWithLookup(lookup: Lookup, error: VehicleError, options: DescribeOptions): VehicleErrorText {
  // Callers without types may hand over anything; it then reads as an unknown error.
  const safeError: Partial<VehicleError> = error !== null && typeof error === 'object' ? error : {};
  const { appName, fallback } = appNameValue(options?.appName, lookup);
  const action = actionValue(options?.action, lookup);
  const vehicle = vehicleValues(safeError);
  const bases = keyBases(safeError);

  const variants: Array<Omit<MessageChoice, 'text' | 'messageKey'> & { suffix: string }> = [];
  if (vehicle) variants.push({ suffix: '_withVehicle', context: 'withVehicle', values: { appName, ...vehicle } });
  if (action !== undefined) variants.push({ suffix: '_withAction', context: 'withAction', values: { appName, action } });
  variants.push({ suffix: '', values: { appName } });

  let title: string | undefined;
  let chosen: MessageChoice | undefined;
  for (const base of bases) {
    title ??= lookup(`${base}.title`, { appName });
    for (const { suffix, ...variant } of chosen ? [] : variants) {
      const messageKey = `${base}.message${suffix}`;
      const text = lookup(messageKey, variant.values);
      if (text !== undefined) {
        chosen = { ...variant, messageKey, text };
        break;
      }
    }
  }
  if (!chosen) {
    const suggested = suggestedMessageText(safeError.suggestedUserMessage, appName);
    if (suggested !== undefined) chosen = { messageKey: '', values: { appName }, text: suggested };
  }
  chosen ??= {
    messageKey: 'generic.message',
    values: { appName },
    text: lookup('generic.message', { appName }) ?? englishResources.generic.message.replace('{{appName}}', () => appName),
  };
  title ??= lookup('generic.title', { appName }) ?? englishResources.generic.title;

  const finish = (text: string) => (fallback ? capitaliseFallbackName(text, appName) : text);
  return {
    title: finish(tidySpaces(stripReconnectLink(title))),
    message: finish(tidySpaces(stripReconnectLink(chosen.text))),
    messageKey: chosen.messageKey,
    values: chosen.values,
    ...(chosen.context ? { context: chosen.context } : {}),
    hasReconnectLink: hasReconnectLink(chosen.text),
  };
}

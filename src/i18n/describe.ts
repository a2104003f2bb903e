import type { TFunction } from 'i18next';
import { catalogEntryFor, catalogEntryForStatus } from '../core/catalog.js';
import type { CatalogEntry, VehicleError } from '../core/types.js';
import { warnOnce } from '../core/dev-warning.js';
import { actionValue, cleanValue, vehicleValues } from './describe-values.js';
import type { VehicleErrorActionName } from './keys.js';
import { createLookup } from './lookup.js';
import { suggestedMessageText } from './plain-text.js';
import { stripReconnectLink, tidySpaces } from './tidy-text.js';

/** What the message is about, besides the error itself. */
export interface DescribeOptions {
  /** Your app's name as owners know it; it fills `{{appName}}`. */
  appName: string;
  /** A permission name (`read_odometer`) or action key (`lock`) naming what the app tried to do. */
  action?: VehicleErrorActionName;
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

type Wording = Pick<VehicleErrorText, 'context' | 'values' | 'messageKey'>;

/** Our keys for a catalog row, most specific first. Only catalog strings become keys, never payload text. */
function keyBases(entry: CatalogEntry | undefined): string[] {
  if (!entry) return [];
  const typeLevel = `error.${entry.type}.default`;
  return entry.code === null ? [typeLevel] : [`error.${entry.type}.${entry.code}`, typeLevel];
}

/**
 * Picks the title and message for an error, in this order: our text for the type and code, our text
 * for the type, the payload's `suggestedUserMessage` (plain text, `<app name>` filled in), our text
 * for the type the HTTP status stands for (when the type is not ours), then the generic text. A
 * webhook error whose condition ended (`state: 'RESOLVED'`) says so. A known `action` selects the
 * `withAction` wording; known vehicle facts the `withVehicle` wording. The result never contains `{{`, `undefined`, `null` or `[object`.
 *
 * @example
 * const { title, message } = describeVehicleError(i18n.t, error, { appName: 'EV Buddy', action: 'lock' });
 */
export function describeVehicleError(t: TFunction, error: VehicleError, options: DescribeOptions): VehicleErrorText {
  const lookup = createLookup(t);
  // Callers without types may hand over anything; it then reads as an unknown error.
  const safeError: Partial<VehicleError> = error !== null && typeof error === 'object' ? error : {};
  const ownName = cleanValue(options?.appName);
  try {
    // Development only: bundlers drop the check and its message from production builds.
    if (ownName === undefined && process.env.NODE_ENV !== 'production') warnOnce('appName is missing or not usable as text; messages say "the app" instead. Pass your app\'s name.');
  } catch {
    // No `process` and no bundler (plain browser ESM): stay quiet.
  }
  // A missing or unusable name reads as the locale's neutral wording ("the app"), never as a hole.
  // English always has it, so the lookup never comes back empty.
  const appName = ownName ?? lookup('ui.appNameFallback') ?? '';
  const action = actionValue(options?.action, lookup);
  const vehicle = vehicleValues(safeError);
  const plain = { appName };

  // Most specific wording first; the plain message always comes last.
  const variants: Array<Omit<Wording, 'messageKey'>> = [];
  if (vehicle) variants.push({ context: 'withVehicle', values: { appName, ...vehicle } });
  if (action !== undefined) variants.push({ context: 'withAction', values: { appName, action } });
  variants.push({ values: plain });

  let title: string | undefined;
  let text: string | undefined;
  let chosen: Wording = { values: plain, messageKey: '' };
  const pick = (bases: string[]) => {
    for (const base of bases) {
      title ??= lookup(`${base}.title`, plain);
      for (const variant of text === undefined ? variants : []) {
        const messageKey = `${base}.message${variant.context ? `_${variant.context}` : ''}`;
        text = lookup(messageKey, variant.values);
        if (text !== undefined) {
          chosen = { ...variant, messageKey };
          break;
        }
      }
    }
  };
  const { type, code, statusCode, state } = safeError;
  const own = typeof type === 'string' ? catalogEntryFor(type, typeof code === 'string' ? code : null) : undefined;
  if (state === 'RESOLVED') {
    // Only when every error ended: the problem text would report what is already fixed.
    title = lookup('ui.resolved.title', plain);
    text = lookup((chosen.messageKey = 'ui.resolved.message'), plain);
  }
  pick(keyBases(own));
  text ??= suggestedMessageText(safeError.suggestedUserMessage, appName);
  // A type we do not know still has a status: word it like the type that status stands for, as
  // resolution does, so the message and the next step agree.
  if (!own) pick(keyBases(catalogEntryForStatus(typeof statusCode === 'number' ? statusCode : undefined)));
  if (text === undefined) {
    chosen.messageKey = 'generic.message';
    // English always has the generic words, so the lookup never comes back empty.
    text = lookup('generic.message', plain) ?? '';
  }

  const capital = appName.charAt(0).toLocaleUpperCase() + appName.slice(1);
  const finish = (words: string) => {
    const tidy = tidySpaces(stripReconnectLink(words));
    // The neutral "the app" starts some sentences: "The app couldn't…".
    return ownName === undefined ? tidy.split(appName).reduce((out, part) => out + (/(^|[.!?]\s+)$/.test(out) ? capital : appName) + part) : tidy;
  };
  return {
    title: finish(title ?? lookup('generic.title', plain) ?? ''),
    message: finish(text),
    ...chosen,
    hasReconnectLink: /<reconnectLink>[^]*<\/reconnectLink>/.test(text),
  };
}

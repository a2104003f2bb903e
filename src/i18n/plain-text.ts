/** Things that must never reach an owner: unfilled placeholders and leaked JavaScript values. */
const LEFTOVER = /\{\{|\}\}|undefined|null|\[object|<app name>/i;

/** Longest payload sentence we show; longer ones are cut at a word boundary. */
const MAX_SUGGESTED_LENGTH = 280;

/**
 * Whether a finished string can be shown: not blank, and free of leftovers.
 *
 * @example
 * isDisplayable('Your car is asleep.'); // true
 * isDisplayable('Hello {{appName}}'); // false
 */
export function isDisplayable(text: unknown): text is string {
  return typeof text === 'string' && text.trim() !== '' && !LEFTOVER.test(text);
}

const RECONNECT_TAG = /<\/?reconnectLink>/g;

/**
 * Removes the `<reconnectLink>` tags and keeps their text, for plain-text output.
 *
 * @example
 * stripReconnectLink('<reconnectLink>Reconnect your car</reconnectLink> to continue.');
 * // 'Reconnect your car to continue.'
 */
export function stripReconnectLink(text: string): string {
  return text.replace(RECONNECT_TAG, '');
}

/** Whether a message carries the re-connect link tag. */
export function hasReconnectLink(text: string): boolean {
  return text.includes('<reconnectLink>') && text.includes('</reconnectLink>');
}

const UNTIDY = /\s\s|[^\S ]|^\s|\s$| [.,]/;

/**
 * Collapses runs of white space left by empty values (a missing model or year). Spaces before `!?;:`
 * stay: French typography wants them.
 */
export function tidySpaces(text: string): string {
  return UNTIDY.test(text) ? text.replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1').trim() : text;
}

/**
 * A payload's `suggestedUserMessage` as plain text with the app's name filled in, or `undefined`
 * when it is unusable (empty, other placeholders left such as `<action>`, leftovers).
 *
 * @example
 * suggestedMessageText('Your car cannot reach <app name>.', 'EV Buddy'); // 'Your car cannot reach EV Buddy.'
 */
export function suggestedMessageText(raw: unknown, appName: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const filled = raw.replace(/<app name>/gi, () => appName);
  // Any other vendor placeholder (<action>, <link to …>) would leave a hole in the sentence.
  if (/<[^<>]*>/.test(filled)) return undefined;
  const text = capLength(tidySpaces(filled), MAX_SUGGESTED_LENGTH);
  return isDisplayable(text) ? text : undefined;
}

function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair (an emoji) in half.
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

import { LEAKED_VALUE } from '../core/leaked-values.js';
import { tidySpaces } from './tidy-text.js';

/** Unfilled placeholders, ours or the vendor's; leaked JavaScript values are `LEAKED_VALUE`. */
const PLACEHOLDER_LEFT = /\{\{|\}\}|<app name>/i;

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
  return typeof text === 'string' && text.trim() !== '' && !PLACEHOLDER_LEFT.test(text) && !LEAKED_VALUE.test(text);
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
  let text = tidySpaces(raw.replace(/<app name>/gi, () => appName));
  // Any other vendor placeholder (<action>, <link to …>) would leave a hole in the sentence.
  if (/<[^<>]*>/.test(text)) return undefined;
  if (text.length > MAX_SUGGESTED_LENGTH) {
    // Cut after the last whole word if that keeps over half (a last word of at most 137
    // characters), else anywhere but inside a surrogate pair (an emoji); then drop dangling
    // punctuation before the ellipsis.
    text = `${text
      .slice(0, MAX_SUGGESTED_LENGTH - 1)
      .replace(/\s\S{0,137}$|[\uD800-\uDBFF]$/, '')
      .replace(/[\s.,;:]+$/, '')}…`;
  }
  return isDisplayable(text) ? text : undefined;
}

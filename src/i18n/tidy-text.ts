// No imports: i18n:check (scripts/i18n-sentence-rules.ts) runs this file as it is under Node, so
// translators' files are rendered exactly the way the library renders plain text.

/**
 * Removes the `<reconnectLink>` tags and keeps their text, for plain-text output.
 *
 * @example
 * stripReconnectLink('<reconnectLink>Reconnect your car</reconnectLink> to continue.');
 * // 'Reconnect your car to continue.'
 */
export function stripReconnectLink(text: string): string {
  return text.replace(/<\/?reconnectLink>/g, '');
}

/**
 * Collapses runs of white space and drops empty brackets left by empty values (a missing model, or
 * "(2021)" without a year; full-width "（）" too, for Chinese and Japanese). A full-width bracket
 * brings its own spacing, so no space stays before one (a missing model leaves "BMW （2019）").
 * Spaces before `!?;:` stay: French typography wants them.
 *
 * @example
 * tidySpaces('Your BMW  (2019).'); // 'Your BMW (2019).'
 * tidySpaces('您的BMW （2019）。'); // '您的BMW（2019）。'
 */
export function tidySpaces(text: string): string {
  return text
    .replace(/\s*[(（]\s*[)）]/g, '')
    .replace(/\s+(?=（)/g, '')
    .replace(/\s+([.,]?)/g, (_space, stop: string) => stop || ' ')
    .trim();
}

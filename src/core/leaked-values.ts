/**
 * What code that stringified a missing value leaves in text: `null`, `undefined` and
 * `[object Object]`. Only whole words count, so Italian "annullato", German "Nullpunkt" or an app
 * named "Nullify" are words, not leaks. Used wherever text reaches an owner.
 *
 * @example
 * LEAKED_VALUE.test('Your undefined car'); // true
 * LEAKED_VALUE.test('Accesso annullato'); // false
 */
export const LEAKED_VALUE = /\[object\b|(?<![\p{L}\p{M}\p{N}_])(?:null|undefined)(?![\p{L}\p{M}\p{N}_])/iu;

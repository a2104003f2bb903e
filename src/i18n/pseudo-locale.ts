/**
 * The pseudo-locale: English run through accents, about 40 % longer and bracketed, generated at
 * run time from the bundled English so it never drifts. It shows clipped text and hard-coded
 * strings at a glance, in Storybook and in tests.
 */

const accents: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);

// Placeholders and tags are code, not text: they pass through untouched.
const protectedToken = /(\{\{[^}]*\}\}|<\/?[A-Za-z][\w-]*>)/;
const fillerWords = ['ļöŕéɱ', 'îþšûɱ', 'ðöļöŕ', 'šîţ', 'áɱéţ', 'çöñšéçţéţûŕ', 'áðîþîšçîñĝ', 'éļîţ'];

/** Whole filler words, at least `length` characters, so padded text still wraps like real text. */
function padding(length: number): string {
  let out = '';
  for (let index = 0; out.length < length; index += 1) {
    out += ` ${fillerWords[index % fillerWords.length] ?? ''}`;
  }
  return out;
}

function pseudoString(text: string): string {
  const parts = text.split(protectedToken);
  let letters = 0;
  const body = parts
    .map((part, index) => {
      if (index % 2 === 1) return part;
      letters += part.length;
      return [...part].map((char) => accents[char] ?? char).join('');
    })
    .join('');
  // About 40 % longer than the text (placeholders excluded), so clipping shows up.
  return `[${body}${padding(Math.ceil(letters * 0.4))}]`;
}

function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return pseudoString(value);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoValue(inner)]));
}

/**
 * Turns a resource tree into its pseudo-localized twin: same keys, every string accented, padded
 * and bracketed, `{{placeholders}}` and `<tags>` kept as they are.
 *
 * @example
 * pseudoLocalize({ ui: { retry: 'Try again' } }); // { ui: { retry: '[Ţŕý áĝáîñ ļöŕ]' } }
 */
export function pseudoLocalize<T>(resources: T): T {
  return pseudoValue(resources) as T;
}

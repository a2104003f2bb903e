/**
 * How much of an input the normalizer reads. Error payloads are small; anything bigger is a bug
 * or an attack, and reading it all would only slow the page down.
 */
export const limits = {
  /** Nested readings (array in batch in JSON string …) before we stop. */
  depth: 6,
  /** Errors kept from one input. */
  errors: 50,
  /** Values looked at in one input, nested ones included. */
  visits: 500,
  /** Characters of developer or owner text (description, suggested message). */
  text: 500,
  /** Characters of ids and vehicle facts. */
  short: 128,
  /** Characters of a JSON string we are willing to parse. */
  json: 100_000,
  /** Characters of a URL or query string we are willing to parse. */
  query: 16_384,
} as const;

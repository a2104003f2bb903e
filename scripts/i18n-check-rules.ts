import { checkSentences } from './i18n-check-sentences.ts';
import { leftoverProblems } from './i18n-sentence-rules.ts';

/**
 * The rules behind `npm run i18n:check`: every locale has exactly English's keys, no empty string,
 * the same placeholders and tags as English, tags without attributes and never empty, every plural
 * form its language needs (each showing `{{count}}` unless it stands for one number only), English
 * has no key the code never uses, and every message reads right once rendered
 * (`i18n-check-sentences.ts`). Pure functions: the files are read by `i18n-check-sources.ts`, so
 * tests can feed them a broken locale directory.
 */

/** One finding, named by locale and key so a translator can go straight to it. */
export interface I18nProblem {
  locale: string;
  key: string;
  message: string;
}

/** What the check looks at. */
export interface I18nCheckInput {
  /** Parsed `vehicle-errors.json` by locale code; `en` is the reference. */
  locales: Readonly<Record<string, unknown>>;
  /** Catalog rows: `error.<type>.<code|default>` keys are used through them; `retry` rows show a countdown. */
  catalog: ReadonlyArray<{ type: string; code: string | null; resolution: string }>;
  /** Every string literal in the source: a `ui.*` or `generic.*` key is used when it appears there. */
  sourceLiterals: ReadonlySet<string>;
  /** Locale codes the loader registers; a locale directory missing from it is a problem. */
  registeredLocales: ReadonlySet<string>;
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^{}\s,]+)[^{}]*\}\}/g;
const TAG = /<(\/?)([A-Za-z][\w-]*)([^<>]*)>/g;
// A tag pair around nothing but white space: `<reconnectLink> </reconnectLink>` is a link with no name.
const EMPTY_TAG = /<([A-Za-z][\w-]*)>\s*<\/\1>/;
// Whole numbers a plural form is checked against: every countdown and issue count the UI shows.
const LARGEST_COUNT = 200;

/** Flattens a locale tree to dotted keys; anything but text or groups is reported. */
function flatten(tree: unknown, locale: string, problems: I18nProblem[], prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) {
    problems.push({ locale, key: prefix || '(file)', message: 'must be an object of strings' });
    return out;
  }
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, text] of flatten(value, locale, problems, path)) out.set(inner, text);
    } else problems.push({ locale, key: path, message: `must be text, found ${JSON.stringify(value)}` });
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

function tags(text: string): string[] {
  return [...text.matchAll(TAG)].map((match) => `<${match[1] ?? ''}${match[2] ?? ''}>`).sort();
}

/** Problems one string has on its own: empty, broken braces, tags with attributes or unbalanced. */
function textProblems(text: string): string[] {
  if (text.trim() === '') return ['is empty'];
  const found: string[] = [];
  // The library refuses text containing these (they look like leaked code values) and shows English.
  found.push(...leftoverProblems(text));
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) found.push('has a broken {{placeholder}}');
  const open: string[] = [];
  for (const [, slash, name, attributes] of text.matchAll(TAG)) {
    if ((attributes ?? '').trim() !== '') found.push(`tag <${name ?? ''}> has attributes; tags never carry any`);
    if (slash === '') open.push(name ?? '');
    else if (open.pop() !== name) found.push(`closing tag </${name ?? ''}> does not match an opening tag`);
  }
  if (open.length > 0) found.push(`tag <${open.join('>, <')}> is never closed`);
  if (/<\/?[A-Za-z]/.test(text.replace(TAG, ''))) found.push('has a broken tag');
  const empty = EMPTY_TAG.exec(text);
  if (empty) found.push(`tag <${empty[1] ?? ''}> wraps no words, so the link would have no name; put the words it stands for inside`);
  return found;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function describe(list: readonly string[], wrap: (item: string) => string): string {
  return list.length === 0 ? 'none' : list.map(wrap).join(' ');
}

/**
 * The whole numbers from 0 to 200 each plural category of a language stands for: English "one" is
 * [1], Russian "one" is [1, 21, 31, …], French "one" is [0, 1], French "many" is [] (millions).
 */
function numbersByCategory(locale: string): Map<string, number[]> {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Map<string, number[]>();
  for (let count = 0; count <= LARGEST_COUNT; count += 1) {
    const category = rules.select(count);
    numbers.set(category, [...(numbers.get(category) ?? []), count]);
  }
  return numbers;
}

function describeNumbers(numbers: readonly number[]): string {
  // French "many" is for millions, Polish "other" for fractions like 1.5.
  if (numbers.length === 0) return `no whole number up to ${LARGEST_COUNT} (only fractions or millions)`;
  return numbers.length > 4 ? `${numbers.slice(0, 4).join(', ')}…` : numbers.join(', ');
}

/** Plural categories a language needs, or `undefined` for a code Intl does not accept. */
function pluralCategories(locale: string): readonly string[] | undefined {
  try {
    return new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  } catch {
    return undefined;
  }
}

interface Expected {
  english: string;
  placeholders: string[];
  tags: string[];
  category?: string;
}

/** The keys a locale must have, each with what English says there. */
function expectedKeys(english: ReadonlyMap<string, string>, categories: readonly string[]): Map<string, Expected> {
  const expected = new Map<string, Expected>();
  const groups = new Map<string, string[]>();
  for (const [key, text] of english) {
    const plural = PLURAL.exec(key);
    if (plural) groups.set(plural[1] ?? '', [...(groups.get(plural[1] ?? '') ?? []), text]);
    else expected.set(key, { english: text, placeholders: [...new Set(placeholders(text))], tags: tags(text) });
  }
  for (const [base, forms] of groups) {
    const other = english.get(`${base}_other`) ?? forms[0] ?? '';
    const union = [...new Set(forms.flatMap(placeholders))].sort();
    for (const category of categories) {
      expected.set(`${base}_${category}`, { english: other, placeholders: union, tags: tags(other), category });
    }
  }
  return expected;
}

function checkLocale(locale: string, strings: ReadonlyMap<string, string>, english: ReadonlyMap<string, string>, problems: I18nProblem[]): void {
  const report = (key: string, message: string) => problems.push({ locale, key, message });
  const categories = pluralCategories(locale);
  if (categories === undefined) {
    report('(file)', 'the directory name is not a valid locale code (BCP 47, like "fr" or "pt-BR")');
    return;
  }
  const expected = expectedKeys(english, categories);
  const pluralNumbers = numbersByCategory(locale);
  for (const [key, want] of expected) {
    const text = strings.get(key);
    if (text === undefined) {
      const form = want.category ? ` (plural form "${want.category}", needed in ${locale}: ${categories.join(', ')})` : '';
      report(key, `is missing${form}; English: ${JSON.stringify(want.english)}`);
      continue;
    }
    const got = [...new Set(placeholders(text))];
    const numbers = want.category === undefined ? undefined : (pluralNumbers.get(want.category) ?? []);
    // Only a form that stands for one number may say it in words and leave {{count}} out ("one more
    // issue", Arabic "ثانيتين"); Russian "one" is also 21 and 31, so it must show the digits.
    const countInWords = numbers?.length === 1;
    const fits = same(got, want.placeholders) || (countInWords && same(got, want.placeholders.filter((name) => name !== 'count')));
    if (!fits) {
      const mustCount =
        numbers !== undefined && !countInWords && want.placeholders.includes('count') && !got.includes('count')
          ? `; the "${want.category ?? ''}" form in ${locale} stands for ${describeNumbers(numbers)}, so it must show {{count}}`
          : '';
      report(key, `placeholders differ from English: has ${describe(got, (n) => `{{${n}}}`)}, English has ${describe(want.placeholders, (n) => `{{${n}}}`)}${mustCount}`);
    }
    if (!same(tags(text), want.tags)) {
      report(key, `tags differ from English: has ${describe(tags(text), (t) => t)}, English has ${describe(want.tags, (t) => t)}`);
    }
  }
  for (const [key, text] of strings) {
    for (const message of textProblems(text)) report(key, message);
    if (expected.has(key)) continue;
    const plural = PLURAL.exec(key);
    if (plural && [...expected.keys()].some((other) => other.startsWith(`${plural[1] ?? ''}_`))) {
      report(key, `plural form "${plural[2] ?? ''}" is not used in ${locale} (it uses ${categories.join(', ')})`);
    } else if ([...english.keys()].some((other) => other.startsWith(`${key}.`))) {
      report(key, 'is text where English has a group of keys');
    } else report(key, 'is not in English (an extra key); remove it');
  }
}

/** English keys the code never reads, and catalog rows English has no text for. */
function checkEnglishUsage(english: ReadonlyMap<string, string>, input: I18nCheckInput, problems: I18nProblem[]): void {
  const report = (key: string, message: string) => problems.push({ locale: 'en', key, message });
  const rows = new Set(input.catalog.map((row) => `${row.type}.${row.code ?? 'default'}`));
  for (const row of rows) {
    for (const leaf of ['title', 'message']) {
      if (!english.has(`error.${row}.${leaf}`)) report(`error.${row}.${leaf}`, 'is missing: every catalog row needs a title and a message');
    }
  }
  for (const key of english.keys()) {
    const error = /^error\.([^.]+\.[^.]+)\.(title|message(?:_(.+))?)$/.exec(key);
    if (key.startsWith('error.')) {
      if (!error || !rows.has(error[1] ?? '')) report(key, 'is not used: no catalog row in src/core/catalog.ts has this type and code');
      else if (error[3] !== undefined && !input.sourceLiterals.has(error[3])) {
        report(key, `is not used: the code never asks for the context "${error[3]}"`);
      }
      continue;
    }
    // Action phrases are what the `action` option accepts: each key is a documented input.
    if (key.startsWith('action.')) continue;
    const base = PLURAL.exec(key)?.[1] ?? key;
    const used = input.sourceLiterals.has(base) || (base.startsWith('ui.') && input.sourceLiterals.has(base.slice(3)));
    if (!used) report(key, `is not used: no string literal "${base}" (or its ui key) appears in src/`);
  }
}

/**
 * Checks every locale against English and English against the code.
 *
 * @example
 * checkTranslations({ locales: readLocaleDir('locales').locales, catalog, sourceLiterals, registeredLocales });
 */
export function checkTranslations(input: I18nCheckInput): I18nProblem[] {
  const problems: I18nProblem[] = [];
  if (input.locales.en === undefined) return [{ locale: 'en', key: '(file)', message: 'is missing: English is the reference' }];
  const english = flatten(input.locales.en, 'en', problems);
  checkEnglishUsage(english, input, problems);
  for (const [locale, tree] of Object.entries(input.locales)) {
    if (locale !== 'en' && !input.registeredLocales.has(locale)) {
      problems.push({ locale, key: '(file)', message: 'is not registered in src/i18n/locale-loaders.ts' });
    }
    const strings = locale === 'en' ? english : flatten(tree, locale, problems);
    checkLocale(locale, strings, english, problems);
    checkSentences(locale, strings, input.catalog, problems);
  }
  // A leftover shows both in the file and in its rendering: report it once.
  const seen = new Set<string>();
  return problems.filter(({ locale, key, message }) => !seen.has(`${locale}\u0000${key}\u0000${message}`) && seen.add(`${locale}\u0000${key}\u0000${message}`));
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { I18nProblem } from './i18n-check-rules.js';

/**
 * What `npm run i18n:check` reads from disk: the locale files, the string literals of the source
 * (how it tells which keys the code uses), and the locales the loader registers.
 */

/** Reads `<dir>/<locale>/vehicle-errors.json` for every locale directory; bad JSON is a problem. */
export function readLocaleDir(dir: string): { locales: Record<string, unknown>; problems: I18nProblem[] } {
  const locales: Record<string, unknown> = {};
  const problems: I18nProblem[] = [];
  for (const locale of readdirSync(dir).sort()) {
    const file = join(dir, locale, 'vehicle-errors.json');
    if (!statSync(join(dir, locale)).isDirectory()) continue;
    try {
      locales[locale] = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      problems.push({ locale, key: '(file)', message: `cannot be read as JSON: ${(error as Error).message}` });
    }
  }
  return { locales, problems };
}

/** Every quoted string literal in the `.ts`/`.tsx` files under `dir`. */
export function collectSourceLiterals(dir: string): Set<string> {
  const literals = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(entry)) continue;
    const source = readFileSync(join(dir, entry), 'utf8');
    for (const match of source.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`\\$]*)`/g)) {
      literals.add(match[1] ?? match[2] ?? match[3] ?? '');
    }
  }
  return literals;
}

/** Locale codes whose JSON file the loader imports. */
export function registeredLocaleCodes(loaderSource: string): Set<string> {
  return new Set([...loaderSource.matchAll(/locales\/([\w-]+)\/vehicle-errors\.json/g)].map((match) => match[1] ?? ''));
}

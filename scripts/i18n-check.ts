import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as CatalogModule from '../src/core/catalog.js';
import type * as RulesModule from './i18n-check-rules.js';
import type * as SourcesModule from './i18n-check-sources.js';

/**
 * `npm run i18n:check`: checks every `locales/<lng>/vehicle-errors.json` against English and English
 * against the code, renders every message with real values (i18n-check-sentences.ts), prints each
 * problem as `file  key: what is wrong`, and exits 1 when any exists.
 * `--locales <dir>` checks another directory (the tests use it).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { locales: { type: 'string' }, src: { type: 'string' } } });
const localesDir = resolve(values.locales ?? join(root, 'locales'));
const srcDir = resolve(values.src ?? join(root, 'src'));

// Loaded by URL: Node runs these TypeScript files directly, and type-checking still sees their types.
const rules = (await import(pathToFileURL(join(root, 'scripts/i18n-check-rules.ts')).href)) as typeof RulesModule;
const sources = (await import(pathToFileURL(join(root, 'scripts/i18n-check-sources.ts')).href)) as typeof SourcesModule;
const { vehicleErrorCatalog } = (await import(pathToFileURL(join(root, 'src/core/catalog.ts')).href)) as typeof CatalogModule;

const read = sources.readLocaleDir(localesDir);
const problems = [
  ...read.problems,
  ...rules.checkTranslations({
    locales: read.locales,
    catalog: vehicleErrorCatalog,
    sourceLiterals: sources.collectSourceLiterals(srcDir),
    registeredLocales: sources.registeredLocaleCodes(readFileSync(join(srcDir, 'i18n/locale-loaders.ts'), 'utf8')),
  }),
];

const shown = relative(process.cwd(), localesDir) || '.';
if (problems.length > 0) {
  console.error(`i18n:check found ${problems.length} problem(s):`);
  for (const { locale, key, message } of problems) {
    console.error(`  ${join(shown, locale, 'vehicle-errors.json')}  ${key}: ${message}`);
  }
  console.error('See locales/README.md for what each rule means.');
  process.exit(1);
}
console.log(`i18n:check: ${Object.keys(read.locales).join(', ')}: every key, placeholder, tag and plural form matches English, and every message reads right with real values.`);

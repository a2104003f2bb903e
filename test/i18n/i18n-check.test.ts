import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTranslations } from '../../scripts/i18n-check-rules.js';
import { collectSourceLiterals, readLocaleDir, registeredLocaleCodes } from '../../scripts/i18n-check-sources.js';
import { vehicleErrorCatalog } from '../../src/core/catalog.js';

type Tree = Record<string, unknown>;

const repo = join(import.meta.dirname, '../..');
const sourceLiterals = collectSourceLiterals(join(repo, 'src'));
const registeredLocales = registeredLocaleCodes(readFileSync(join(repo, 'src/i18n/locale-loaders.ts'), 'utf8'));
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real locales in a temp directory, with one file changed by `breakIt`. */
function brokenLocales(lng: string, breakIt: (tree: Tree) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  dirs.push(dir);
  cpSync(join(repo, 'locales'), dir, { recursive: true });
  const file = join(dir, lng, 'vehicle-errors.json');
  const tree = JSON.parse(readFileSync(file, 'utf8')) as Tree;
  breakIt(tree);
  writeFileSync(file, JSON.stringify(tree, null, 2));
  return dir;
}

function group(tree: Tree, path: string): Tree {
  return path.split('.').reduce((node, key) => node[key] as Tree, tree);
}

function problemsIn(dir: string) {
  const read = readLocaleDir(dir);
  const problems = [...read.problems, ...checkTranslations({ locales: read.locales, catalog: vehicleErrorCatalog, sourceLiterals, registeredLocales })];
  // Problems English has today (a key the UI does not use yet) are not what these tests break.
  return problems.filter((problem) => problem.locale !== 'en' || !/^ui\./.test(problem.key) || problem.key.includes('neverUsed'));
}

describe('npm run i18n:check', () => {
  it('passes every shipped locale', () => {
    expect(problemsIn(join(repo, 'locales')).filter((problem) => problem.locale !== 'en')).toEqual([]);
  });

  it.each([
    ['a missing key', 'fr', (t: Tree) => delete group(t, 'ui').dismiss, 'ui.dismiss', /is missing; English: "Dismiss"/],
    ['an extra key', 'de', (t: Tree) => (group(t, 'ui').shiny = 'Glänzend'), 'ui.shiny', /not in English/],
    ['an empty string', 'es', (t: Tree) => (group(t, 'ui').close = '  '), 'ui.close', /is empty/],
    ['a renamed placeholder', 'fr', (t: Tree) => (group(t, 'ui').requestId = 'Référence : {{id}}'), 'ui.requestId', /placeholders differ.*\{\{id\}\}.*English has \{\{requestId\}\}/],
    ['a dropped placeholder', 'de', (t: Tree) => (group(t, 'error.VEHICLE_STATE.ASLEEP').message_withAction = 'Ihr Auto schläft.'), 'error.VEHICLE_STATE.ASLEEP.message_withAction', /placeholders differ/],
    ['a missing tag', 'es', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = 'Tu vehículo no se conectó con {{appName}}.'), 'error.CONNECT.user_cancelled.message', /tags differ/],
    ['a tag with attributes', 'ar', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = 'لم يتم ربط سيارتك مع {{appName}}. <reconnectLink href="https://evil.example">ربط سيارتك</reconnectLink>'), 'error.CONNECT.user_cancelled.message', /has attributes/],
    ['an unclosed tag', 'fr', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = '<reconnectLink>Connectez {{appName}}</reconnect>'), 'error.CONNECT.user_cancelled.message', /does not match|never closed|broken tag/],
    ['a broken placeholder', 'de', (t: Tree) => (group(t, 'generic').message = '{{appName} konnte das nicht.'), 'generic.message', /broken \{\{placeholder\}\}/],
    ['a plural form Arabic needs', 'ar', (t: Tree) => delete group(t, 'ui').moreErrors_few, 'ui.moreErrors_few', /plural form "few", needed in ar: zero, one, two, few, many, other/],
    ['a plural form German does not have', 'de', (t: Tree) => (group(t, 'ui').moreErrors_few = '{{count}} weitere Probleme'), 'ui.moreErrors_few', /plural form "few" is not used in de/],
    ['{{count}} missing where the number is not in words', 'ar', (t: Tree) => (group(t, 'ui').moreErrors_few = 'مشكلات أخرى'), 'ui.moreErrors_few', /placeholders differ/],
    ['a word the library mistakes for a leaked value', 'it', (t: Tree) => (group(t, 'ui').retrySucceeded = 'Fatto, nulla da fare.'), 'ui.retrySucceeded', /contains "null"/],
    ['text where a group belongs', 'fr', (t: Tree) => (t.error = 'oops'), 'error', /is text where English has a group of keys/],
  ])('fails on %s', (_name, lng, breakIt, key, message) => {
    const problems = problemsIn(brokenLocales(lng, breakIt));
    expect(problems).toContainEqual({ locale: lng, key, message: expect.stringMatching(message) as string });
  });

  it('fails on an English key the code never uses, and on a catalog row English has no text for', () => {
    const problems = problemsIn(
      brokenLocales('en', (t) => {
        group(t, 'ui').neverUsed = 'Never shown';
        group(t, 'error.VEHICLE_STATE').NOT_A_CODE = { title: 'Nope', message: 'Nope' };
        delete group(t, 'error.VEHICLE_STATE').HOOD_OPEN;
      }),
    );
    expect(problems).toContainEqual({ locale: 'en', key: 'ui.neverUsed', message: expect.stringMatching(/is not used/) as string });
    expect(problems).toContainEqual({ locale: 'en', key: 'error.VEHICLE_STATE.NOT_A_CODE.title', message: expect.stringMatching(/no catalog row/) as string });
    expect(problems).toContainEqual({ locale: 'en', key: 'error.VEHICLE_STATE.HOOD_OPEN.title', message: expect.stringMatching(/every catalog row needs/) as string });
  });

  it('fails on a locale the loader does not register, and on a file that is not JSON', () => {
    const dir = brokenLocales('fr', () => undefined);
    cpSync(join(dir, 'fr'), join(dir, 'fi'), { recursive: true });
    writeFileSync(join(dir, 'de', 'vehicle-errors.json'), '{ "ui": ');
    const problems = problemsIn(dir);
    expect(problems).toContainEqual({ locale: 'fi', key: '(file)', message: expect.stringMatching(/not registered in src\/i18n\/locale-loaders\.ts/) as string });
    expect(problems).toContainEqual({ locale: 'de', key: '(file)', message: expect.stringMatching(/cannot be read as JSON/) as string });
  });

  it('exits 1 from the command line and names the file and key', () => {
    const dir = brokenLocales('es', (t) => delete group(t, 'ui').dismiss);
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [join(repo, 'scripts/i18n-check.ts'), '--locales', dir], { stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      ({ status, stderr: output } = failed);
    }
    expect(status).toBe(1);
    expect(output).toMatch(/es\/vehicle-errors\.json {2}ui\.dismiss: is missing/);
  });
});

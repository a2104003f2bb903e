// @vitest-environment node
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, expect, it } from 'vitest';
import englishJson from '../../locales/en/vehicle-errors.json' with { type: 'json' };

/**
 * `action` is typed as the known actions plus any string (`VehicleErrorActionName`): an editor
 * offers every known permission name and action key, and a name newer than the types still
 * compiles. Checked with TypeScript's own language service (what editors ask) at every public
 * place that takes an `action`.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const knownActions = Object.keys(englishJson.action);

/** Each public place that takes an `action`; `ACTION` stands for the value written there. */
const places: Record<string, string> = {
  'formatVehicleErrorMessage (./core)': `formatVehicleErrorMessage(error, { appName: 'Chargely', action: ACTION });`,
  describeVehicleError: `describeVehicleError(t, normalized, { appName: 'Chargely', action: ACTION });`,
  useVehicleErrorMessage: `export function useText() { return useVehicleErrorMessage(error, { action: ACTION }); }`,
  VehicleErrorBanner: `export const banner = <VehicleErrorBanner error={error} action=ACTION />;`,
  VehicleErrorModal: `export const modal = <VehicleErrorModal open onOpenChange={() => {}} error={error} action=ACTION />;`,
  ReconnectPrompt: `export const prompt = <ReconnectPrompt error={error} action=ACTION />;`,
};

const header = `import type { TFunction } from 'i18next';
import { formatVehicleErrorMessage } from '../../src/core.js';
import { describeVehicleError, ReconnectPrompt, useVehicleErrorMessage, VehicleErrorBanner, VehicleErrorModal } from '../../src/index.js';
import type { VehicleError } from '../../src/index.js';
declare const t: TFunction;
declare const normalized: VehicleError;
declare const error: unknown;
`;

/** Every place, one per line, with `value` (or, for JSX, `{value}`) where ACTION stands. */
function fileWith(value: (place: string) => string): string {
  return header + Object.values(places).map((place) => place.replace('ACTION', value(place))).join('\n');
}

/** A language service over the repository's compiler options and the one file a check writes. */
function createService() {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('tsconfig.json could not be read');
  const file = join(root, 'test/types/__action-name__.tsx');
  let text = '';
  let version = 0;
  const service = ts.createLanguageService({
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => [file],
    getScriptVersion: (name) => (name === file ? String(version) : '0'),
    getScriptSnapshot: (name) => {
      const content = name === file ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => root,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  const write = (content: string) => {
    text = content;
    version += 1;
  };
  /** Each error in `content`, as the line it is on (a place) and its message. */
  const errorsIn = (content: string) => {
    write(content);
    return service.getSemanticDiagnostics(file).map((diagnostic) => {
      const line = content.slice(0, diagnostic.start).split('\n').pop() ?? '';
      return `${line}…: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    });
  };
  /** What an editor offers with the cursor just inside the empty quotes of `place`'s value. */
  const completionsIn = (place: string) => {
    const content = fileWith(() => "''");
    write(content);
    const line = place.replace('ACTION', "''");
    const inside = content.indexOf(line) + place.indexOf('ACTION') + 1;
    return service.getCompletionsAtPosition(file, inside, {})?.entries.map((entry) => entry.name) ?? [];
  };
  return { errorsIn, completionsIn };
}

const service = createService();
// The first check loads the library's sources and React's types (seconds on a busy machine); the
// others reuse them.
beforeAll(() => {
  service.errorsIn(fileWith(() => "'lock'"));
}, 120_000);

const inBraces = (place: string) => place.includes('<'); // a JSX attribute takes an expression in braces

it.each(Object.entries(places))('`action` of %s offers every known permission name and action key as you type', (_name, place) => {
  expect(service.completionsIn(place)).toEqual(expect.arrayContaining(knownActions));
});

it('takes a known action and an action newer than the types everywhere', () => {
  expect(service.errorsIn(fileWith(() => "'lock'"))).toEqual([]);
  expect(service.errorsIn(fileWith(() => "'openFrunk'"))).toEqual([]);
});

it('refuses a value that is not a string everywhere', () => {
  const errors = service.errorsIn(fileWith((place) => (inBraces(place) ? '{42}' : '42')));
  expect(errors).toHaveLength(Object.keys(places).length);
});

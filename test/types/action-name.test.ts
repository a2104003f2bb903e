// @vitest-environment node
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
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

/** A language service over the repository's compiler options and one file we write per check. */
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
  /** Writes `place` with `value` for ACTION; returns the file and the offset just inside the value's first quote. */
  const write = (place: string, value: string) => {
    text = `${header}${place.replace('ACTION', value)}\n`;
    version += 1;
    return { file, inside: header.length + place.indexOf('ACTION') + 1 };
  };
  const errorsIn = (place: string, value: string) => {
    const { file: name } = write(place, value);
    return service.getSemanticDiagnostics(name).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  };
  const completionsIn = (place: string) => {
    const { file: name, inside } = write(place, "''");
    return service.getCompletionsAtPosition(name, inside, {})?.entries.map((entry) => entry.name) ?? [];
  };
  return { errorsIn, completionsIn };
}

const service = createService();

describe.each(Object.entries(places))('`action` of %s', (_name, place) => {
  it('offers every known permission name and action key as you type', () => {
    expect(service.completionsIn(place)).toEqual(expect.arrayContaining(knownActions));
  });

  it('accepts a known action and an action newer than the types, and nothing that is not a string', () => {
    expect(service.errorsIn(place, "'lock'")).toEqual([]);
    expect(service.errorsIn(place, "'openFrunk'")).toEqual([]);
    const aNumber = place.includes('<') ? '{42}' : '42'; // a JSX attribute takes an expression in braces
    expect(service.errorsIn(place, aNumber)).not.toEqual([]);
  }, 30_000);
});


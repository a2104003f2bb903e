import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finish, npmCache, packOnce, repoRoot, run } from './consumer-shell.js';
import { typeScriptSnippets } from './readme-snippets.js';

/**
 * What a TypeScript app sees after installing the packed tarball: `import
 * 'vehicle-error-ui/styles.css'` and every ```ts and ```tsx block of README.md type-check under
 * `strict`, with TypeScript 6 (this repository's) and TypeScript 7 (the native compiler:
 * `typescript@7` from the npm registry, so it never shadows this repository's `tsc`), each with
 * `moduleResolution` bundler and nodenext. The app resolves everything else a snippet imports
 * (React's types, TanStack Query, SWR…) from this repository's node_modules.
 */

const snippets = typeScriptSnippets(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
const STYLES_IMPORT = 'styles-import.ts';
const snippetFile = (snippet: { line: number; language: string }) => `readme/line-${snippet.line}.${snippet.language}`;

type Compiler = 'TypeScript 6' | 'TypeScript 7';
type Resolution = 'bundler' | 'nodenext';
const matrix: Array<[Compiler, Resolution]> = [
  ['TypeScript 6', 'bundler'],
  ['TypeScript 6', 'nodenext'],
  ['TypeScript 7', 'bundler'],
  ['TypeScript 7', 'nodenext'],
];

/** A consumer's settings: strict, as `tsc --init` and most templates write it, and nothing looser. */
function tsconfigFor(resolution: Resolution, files: string[]): object {
  return {
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: resolution === 'bundler' ? 'ESNext' : 'NodeNext',
      moduleResolution: resolution,
      jsx: 'react-jsx',
      // Each snippet is a module of its own, with or without an import.
      moduleDetection: 'force',
      noEmit: true,
      // Only what a snippet imports: the repository's @types/node must not lend its globals.
      types: [],
      // The shipped declarations (and what they import) are checked too; TypeScript's own
      // lib.*.d.ts are not, which would take most of the time and prove nothing about us.
      skipLibCheck: false,
      skipDefaultLibCheck: true,
    },
    files,
  };
}

/** Errors per file, as `tsc --pretty false` prints them (`file(line,col): error TS…: …`). */
function errorsByFile(output: string): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of output.split('\n')) {
    const located = /^(.+?)\(\d+,\d+\): error /.exec(line);
    if (located?.[1]) {
      last = errors.get(located[1]) ?? [];
      errors.set(located[1], last);
      last.push(line);
    } else if (line.trim() !== '') {
      // A continuation of the previous message, or (first) an error with no file, filed under ''.
      if (!last) errors.set('', (last = []));
      last.push(line);
    }
  }
  return errors;
}

/** Installs `typescript@7` (the native compiler) into a scratch directory; returns its `tsc`. */
async function installTypeScript7(dir: string): Promise<string> {
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  await run('npm', ['install', 'typescript@7', '--cache', npmCache, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return join(dir, 'node_modules/typescript/bin/tsc');
}

let scratch = '';
const results = new Map<string, { version: string; errors: Map<string, string[]> }>();

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'vehicle-error-ui-types-'));
  const app = join(scratch, 'app');
  const typescript7 = join(scratch, 'typescript-7');
  mkdirSync(join(app, 'node_modules/vehicle-error-ui'), { recursive: true });
  mkdirSync(typescript7);
  // The app's own node_modules holds the packed library; the rest resolves one level up.
  symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const [tarball, tsc7] = await Promise.all([packOnce(), installTypeScript7(typescript7)]);
  await run('tar', ['-xzf', tarball, '-C', join(app, 'node_modules/vehicle-error-ui'), '--strip-components=1'], app);
  rmSync(dirname(tarball), { recursive: true, force: true });

  writeFileSync(join(app, 'package.json'), '{ "name": "typed-app", "private": true, "type": "module" }\n');
  writeFileSync(join(app, STYLES_IMPORT), "import 'vehicle-error-ui/styles.css';\n");
  mkdirSync(join(app, 'readme'));
  const checked = snippets.filter((snippet) => !snippet.fragment);
  for (const snippet of checked) writeFileSync(join(app, snippetFile(snippet)), snippet.code);
  const compilers: Record<Compiler, string> = { 'TypeScript 6': join(repoRoot, 'node_modules/typescript/bin/tsc'), 'TypeScript 7': tsc7 };

  await Promise.all(
    matrix.map(async ([compiler, resolution]) => {
      const project = `tsconfig.${compiler.replace(' ', '')}-${resolution}.json`;
      writeFileSync(join(app, project), JSON.stringify(tsconfigFor(resolution, [STYLES_IMPORT, ...checked.map(snippetFile)]), null, 2));
      const [version, check] = await Promise.all([
        run(process.execPath, [compilers[compiler], '--version'], app),
        finish(process.execPath, [compilers[compiler], '-p', project, '--pretty', 'false'], app),
      ]);
      results.set(`${compiler} ${resolution}`, { version: version.trim(), errors: errorsByFile(check.stdout + check.stderr) });
    }),
  );
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function resultFor(compiler: Compiler, resolution: Resolution) {
  const result = results.get(`${compiler} ${resolution}`);
  if (!result) throw new Error(`${compiler} with ${resolution} did not run`);
  return result;
}

it('reads the README’s TypeScript blocks, indented ones included', () => {
  expect(snippets.filter((snippet) => !snippet.fragment).length).toBeGreaterThanOrEqual(2);
  expect(snippets.some((snippet) => snippet.code.startsWith('import '))).toBe(true);
});

describe.each(matrix)('%s, moduleResolution %s, strict', (compiler, resolution) => {
  it(`is ${compiler}`, () => {
    expect(resultFor(compiler, resolution).version).toMatch(compiler === 'TypeScript 6' ? /^Version 6\./ : /^Version 7\./);
  });

  it("type-checks import 'vehicle-error-ui/styles.css'", () => {
    expect(resultFor(compiler, resolution).errors.get(STYLES_IMPORT) ?? []).toEqual([]);
  });

  it.each(snippets.map((snippet) => [snippet.line, snippet.language, snippet] as const))(
    'compiles the README block at line %i (```%s)',
    (_line, _language, snippet) => {
      if (snippet.fragment) return; // marked ```ts fragment: partial on purpose
      expect(resultFor(compiler, resolution).errors.get(snippetFile(snippet)) ?? [], snippet.code).toEqual([]);
    },
  );

  it('finds no error in the shipped declarations or anything else the app compiles', () => {
    const ours = new Set([STYLES_IMPORT, ...snippets.map(snippetFile)]);
    const elsewhere = [...resultFor(compiler, resolution).errors].filter(([file]) => !ours.has(file));
    expect(Object.fromEntries(elsewhere)).toEqual({});
  });
});

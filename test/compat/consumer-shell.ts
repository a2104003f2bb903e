import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the tests that act as an app team share: this repository's root, the npm download cache
 * kept between runs, a shell without the test runner's or an outer `npm test`'s settings, and one
 * packed tarball per test file.
 */

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The same npm cache the example apps use (scripts/pack-example.ts): repeat runs download nothing. */
export const npmCache = join(tmpdir(), 'vehicle-error-ui-npm-cache');

/**
 * An app team's shell: no test-runner variables, and none of the `npm_*` settings an outer
 * `npm test` exports, so each package manager runs with its own defaults.
 */
export const shellEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|vitest)/i.test(name) && name !== 'NODE_ENV' && name !== 'TEST'),
);

/** How a command ended: its exit code and what it printed. */
export interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion in the app team's shell; resolves however it exits. */
export function finish(command: string, args: string[], cwd: string): Promise<Finished> {
  return new Promise((resolvePromise) => {
    execFile(command, args, { cwd, env: shellEnv, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** Runs a command to completion; resolves with its stdout, or rejects with all it printed. */
export async function run(command: string, args: string[], cwd: string): Promise<string> {
  const { code, stdout, stderr } = await finish(command, args, cwd);
  if (code !== 0) throw new Error(`${[command, ...args].join(' ')} failed in ${cwd} (exit ${code}):\n${stdout}\n${stderr}`);
  return stdout;
}

/**
 * Packs the library once into a directory of this run's own (another checkout on the machine may
 * be packing into the shared one) and returns the tarball's path.
 *
 * @example const tarball = await packOnce(); // /tmp/vehicle-error-ui-pack-Ab12/vehicle-error-ui-0.1.0.tgz
 */
export async function packOnce(): Promise<string> {
  const destination = mkdtempSync(join(tmpdir(), 'vehicle-error-ui-pack-'));
  return (await run(process.execPath, [join(repoRoot, 'scripts/pack-tarball.ts'), destination], repoRoot)).trim();
}

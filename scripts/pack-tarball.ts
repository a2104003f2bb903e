import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Packs the library exactly as `npm publish` would (`npm pack`) into a temp directory and prints
 * the tarball's path. Builds first when `dist` is missing or older than what it is built from, so
 * a single test run on a fresh checkout still checks a current package.
 *
 * Usage: `node scripts/pack-tarball.ts [destination]` → `/tmp/vehicle-error-ui-pack/vehicle-error-ui-0.1.0.tgz`
 * (a test that must not share the tarball with another checkout's run names its own destination).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_INPUTS = ['src', 'locales', 'package.json', 'vite.config.ts', 'tsconfig.build.json'];
const BUILD_OUTPUTS = ['dist/index.js', 'dist/index.d.ts', 'dist/core.js', 'dist/core.d.ts', 'dist/styles.css', 'dist/styles.css.d.ts'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

function oldestOutputMtime(): number {
  try {
    return Math.min(...BUILD_OUTPUTS.map((file) => statSync(join(root, file)).mtimeMs));
  } catch {
    return 0; // an output is missing
  }
}

function isBuildCurrent(): boolean {
  const newestInput = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(root, input))));
  return oldestOutputMtime() >= newestInput;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// Output goes to stderr: stdout carries only the tarball path for the scripts that call this one.
const quiet = { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] as ['ignore', 'pipe', 'inherit'] };

if (!isBuildCurrent()) {
  process.stderr.write('dist is missing or stale: running npm run build\n');
  const log = execFileSync(npm, ['run', 'build'], quiet);
  process.stderr.write(log);
}

const destination = resolve(process.argv[2] ?? join(tmpdir(), 'vehicle-error-ui-pack'));
mkdirSync(destination, { recursive: true });
// --ignore-scripts: a prepack hook must not rebuild behind the freshness check above.
const report = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], quiet);
const [packed] = JSON.parse(report.toString()) as Array<{ filename: string }>;
if (!packed) throw new Error('npm pack reported no tarball');
process.stdout.write(`${join(destination, packed.filename)}\n`);

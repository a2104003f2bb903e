import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Installs the example app the way an app team would: a copy of `examples/vite-react` outside the
 * repository (so nothing resolves from our own node_modules) that `npm install`s the packed
 * tarball, then builds it. The repository tree stays untouched; downloads are cached in a temp dir.
 *
 * Usage: `node scripts/pack-example.ts [name] [package@version …]`, e.g.
 * `node scripts/pack-example.ts react18 react@18.3.1 react-dom@18.3.1 @types/react@18 @types/react-dom@18`
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const exampleSource = join(root, 'examples/vite-react');
const workRoot = join(tmpdir(), 'vehicle-error-ui-examples');
const npmCache = join(tmpdir(), 'vehicle-error-ui-npm-cache');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** What `installExample` did: where the built app is and which versions it ended up with. */
export interface InstalledExample {
  dir: string;
  versions: Record<string, string>;
}

export interface ExampleOptions {
  /** The copy's directory name; copies are kept between runs so installs hit the cache. */
  name: string;
  /** Dependency versions to use instead of the example's (`{ react: '18.0.0' }`). */
  versions?: Record<string, string>;
  /** Type-check the app against the packed declarations before building. */
  typecheck?: boolean;
}

/** The environment of an app team's shell: a test runner's NODE_ENV=test would make a dev build. */
const consumerEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST'),
);

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env: consumerEnv, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

function packTarball(): string {
  return run(process.execPath, [join(root, 'scripts/pack-tarball.ts')], root).trim();
}

type Manifest = { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/**
 * Copies, installs (the tarball plus `versions`) and builds the example; returns where it is.
 *
 * @example
 * const { dir } = installExample({ name: 'react19', typecheck: true }); // dir/dist is the built app
 */
export function installExample({ name, versions = {}, typecheck = false }: ExampleOptions): InstalledExample {
  const tarball = packTarball();
  const dir = join(workRoot, name);
  mkdirSync(dir, { recursive: true });
  // Fresh sources and a fresh copy of the library every time; other packages stay for speed.
  for (const stale of ['src', 'dist', 'dist-server', 'package-lock.json', 'node_modules/vehicle-error-ui']) {
    rmSync(join(dir, stale), { recursive: true, force: true });
  }
  cpSync(exampleSource, dir, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist|dist-server)([\\/]|$)/.test(source.slice(exampleSource.length)),
  });

  const manifestPath = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  manifest.dependencies['vehicle-error-ui'] = `file:${tarball}`;
  for (const [pkg, version] of Object.entries(versions)) {
    const section = pkg in manifest.devDependencies ? manifest.devDependencies : manifest.dependencies;
    section[pkg] = version;
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--cache', npmCache], dir);
  if (typecheck) run(npm, ['run', 'typecheck'], dir);
  run(npm, ['run', 'build'], dir);

  const installed = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).map((pkg) => {
    const pkgJson = join(dir, 'node_modules', pkg, 'package.json');
    const version = existsSync(pkgJson) ? (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version : '';
    return [pkg, version] as const;
  });
  return { dir, versions: Object.fromEntries(installed) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name = 'manual', ...specs] = process.argv.slice(2);
  const versions = Object.fromEntries(
    specs.map((spec) => {
      const at = spec.lastIndexOf('@');
      return at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, 'latest'];
    }),
  );
  const installed = installExample({ name, versions, typecheck: true });
  console.log(JSON.stringify(installed, null, 2));
  console.log(`Preview: cd ${installed.dir} && npx vite preview`);
}

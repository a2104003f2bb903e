import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmCache, repoRoot, run, shellEnv } from './consumer-shell.js';

/**
 * A fresh app outside this repository that installs the packed library the way most people do,
 * `npm install vehicle-error-ui react react-dom` (or `pnpm add` the same), with nothing else and
 * each tool's defaults. It is plain JavaScript (`createElement`, no JSX), so it needs no build
 * plugin: what reaches the page or the server is exactly what those three packages brought.
 */

export type PackageManager = 'npm' | 'pnpm';

/** This repository's Vite builds and serves the app: the app's own install stays the three packages. */
const viteCli = join(repoRoot, 'node_modules/vite/bin/vite.js');
const pnpmCli = join(repoRoot, 'node_modules/.bin/pnpm');
/** pnpm's download store, kept between runs like npm's cache. */
const pnpmStore = join(tmpdir(), 'vehicle-error-ui-pnpm-store');

// ---------------------------------------------------------------------------------------------
// The app's files
// ---------------------------------------------------------------------------------------------

/** A missing permission: the banner offers to reconnect, which the provider's `connectUrl` configures. */
const APP = `import { createElement as h } from 'react';
import { VehicleErrorBanner, VehicleErrorProvider } from 'vehicle-error-ui';

const missingPermission = {
  type: 'PERMISSION',
  code: null,
  statusCode: 403,
  description: 'The access token lacks a permission this request needs.',
  requestId: 'req-plain-install',
  resolution: { type: 'REAUTHENTICATE' },
};

export function App() {
  return h(VehicleErrorProvider, { appName: 'Chargely', connectUrl: '/connect' }, h(VehicleErrorBanner, { error: missingPermission }));
}
`;

const CLIENT = `import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import 'vehicle-error-ui/styles.css';
import { App } from './app.js';

createRoot(document.getElementById('root')).render(h(App));
`;

const SERVER = `import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './src/app.js';

process.stdout.write(renderToString(h(App)));
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <title>Plain install</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.js"></script>
  </body>
</html>
`;

function writeApp(dir: string): void {
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'plain-app', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'src/app.js'), APP);
  writeFileSync(join(dir, 'src/main.js'), CLIENT);
  writeFileSync(join(dir, 'server.js'), SERVER);
}

// ---------------------------------------------------------------------------------------------
// Installing, building, rendering
// ---------------------------------------------------------------------------------------------

/** Only the library and React, as typed; caches make repeat runs fast without changing what is resolved. */
function install(manager: PackageManager, tarball: string, dir: string): Promise<string> {
  const packages = [tarball, 'react', 'react-dom'];
  if (manager === 'npm') {
    return run('npm', ['install', ...packages, '--cache', npmCache, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  }
  return run(pnpmCli, ['add', ...packages, '--store-dir', pnpmStore, '--prefer-offline', '--reporter=append-only'], dir);
}

/** What a step printed, or why it failed: a test reads the outcome of its own step. */
export type Step = { ok: true; output: string } | { ok: false; output: string };

async function step(work: () => Promise<string>): Promise<Step> {
  try {
    return { ok: true, output: await work() };
  } catch (error) {
    return { ok: false, output: error instanceof Error ? error.message : String(error) };
  }
}

/** A plain app after its install, its production build (`dist`) and one server render. */
export interface PlainApp {
  manager: PackageManager;
  dir: string;
  install: Step;
  build: Step;
  /** The HTML `renderToString` printed, under Node's own ESM resolution. */
  serverRender: Step;
}

/**
 * Writes a fresh app in a new temp directory, installs the tarball with React, builds it with
 * Vite and renders it on the server. Never rejects: each step's outcome is recorded for its test.
 *
 * @example const app = await setUpPlainApp('pnpm', await packOnce());
 */
export async function setUpPlainApp(manager: PackageManager, tarball: string): Promise<PlainApp> {
  const dir = mkdtempSync(join(tmpdir(), `vehicle-error-ui-plain-${manager}-`));
  writeApp(dir);
  const installed = await step(() => install(manager, tarball, dir));
  const skipped: Step = { ok: false, output: `not run: the ${manager} install failed` };
  if (!installed.ok) return { manager, dir, install: installed, build: skipped, serverRender: skipped };
  const [build, serverRender] = await Promise.all([
    step(() => run(process.execPath, [viteCli, 'build', '--logLevel', 'warn'], dir)),
    step(() => run(process.execPath, ['server.js'], dir)),
  ]);
  return { manager, dir, install: installed, build, serverRender };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
  return port;
}

/** A running Vite dev server for an app: its origin and how to stop it. */
export interface DevServer {
  origin: string;
  /** Everything the server printed so far, for a failing test's message. */
  log(): string;
  close(): Promise<void>;
}

/**
 * Starts `vite` (the dev server) in the app's directory and resolves once it answers.
 *
 * @example const dev = await startDevServer(app.dir); await page.goto(dev.origin); await dev.close();
 */
export async function startDevServer(dir: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [viteCli, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: dir,
    env: { ...shellEnv, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  const close = async () => {
    if (child.exitCode === null) child.kill();
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (child.exitCode !== null) break;
    const answered = await fetch(`${origin}/`).then((response) => response.ok, () => false);
    if (answered) return { origin, log: () => output, close };
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 200));
  }
  await close();
  throw new Error(`the Vite dev server did not start in ${dir}:\n${output}`);
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Metafile, Plugin } from 'esbuild';

/**
 * Size budgets (`npm run size`, part of `npm test`), measured on the packed tarball the way an app
 * bundles it: only the named exports imported, minified for production, peers left to the app.
 * A budget counts the code an app loads up front; lazily imported locale chunks are listed apart.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1000;
const PEERS = ['react', 'react-dom', 'i18next', 'react-i18next'];
const RADIX = ['@radix-ui/*'];
/** The bundled English messages, as the build emits them (`dist/locales/en/vehicle-errors.json.js`). */
const ENGLISH_MODULE = /\/locales\/en\/vehicle-errors\.json(\.js)?$/;

interface Budget {
  label: string;
  imports: string;
  external: string[];
  /** Modules left out of this budget because another line reports them. */
  leaveOut?: RegExp;
  /** The budget product.md promises app teams (restated in issue 12: 12 kB, 5 kB, 2 kB). */
  target: number;
  /**
   * While a target is not met yet, the size it may not grow past (today's figure plus a little):
   * a regression fails CI, and the table says the target is still missed.
   */
  ceiling?: number;
  /** Measured as the growth over this import: what the addition itself costs. */
  over?: string;
}

const budgets: Budget[] = [
  {
    label: 'Provider + banner (English messages in, peers out)',
    imports: "export { VehicleErrorProvider, VehicleErrorBanner } from 'vehicle-error-ui';",
    external: PEERS,
    target: 12 * KB,
    ceiling: 17.45 * KB,
  },
  {
    // The formatter's code only: the English messages it carries are reported on their own line
    // (and counted in the banner's budget).
    label: 'Core formatter code (formatVehicleErrorMessage from ./core, English out)',
    imports: "export { formatVehicleErrorMessage } from 'vehicle-error-ui/core';",
    external: PEERS,
    leaveOut: ENGLISH_MODULE,
    target: 5 * KB,
    ceiling: 7.1 * KB,
  },
  {
    label: "Modal's own code (added to provider + banner, Radix out)",
    imports: "export { VehicleErrorProvider, VehicleErrorBanner, VehicleErrorModal } from 'vehicle-error-ui';",
    over: "export { VehicleErrorProvider, VehicleErrorBanner } from 'vehicle-error-ui';",
    external: [...PEERS, ...RADIX],
    target: 2 * KB,
  },
];

/** The English messages on their own: the shipped JSON, as a bundler inlines it. */
const ENGLISH_ONLY = "export { default } from 'vehicle-error-ui/locales/en/vehicle-errors.json';";

/** Unpacks the tarball as `node_modules/vehicle-error-ui` of a scratch app. */
function installTarball(app: string): void {
  const tarball = execFileSync(process.execPath, [join(root, 'scripts/pack-tarball.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
    .toString()
    .trim();
  const target = join(app, 'node_modules/vehicle-error-ui');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
}

/** Marks the modules whose resolved path matches `pattern` as external: the bundle leaves them out. */
function leaveOut(pattern: RegExp): Plugin {
  return {
    name: 'leave-out',
    setup(bundler) {
      bundler.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === 'leave-out') return undefined;
        const resolved = await bundler.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'leave-out' });
        return pattern.test(resolved.path) ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

/** Gzipped bytes of what loads up front, and each lazily imported chunk on its own. */
async function measure(app: string, source: string, external: string[], leftOut?: RegExp) {
  const outdir = mkdtempSync(join(app, 'out-'));
  const entryFile = join(outdir, 'entry.js');
  writeFileSync(entryFile, source);
  const { metafile } = await build({
    entryPoints: [entryFile],
    outdir: join(outdir, 'bundle'),
    absWorkingDir: app,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    metafile: true,
    write: true,
    external: external.flatMap((name) => (name.endsWith('*') ? [name] : [name, `${name}/*`])),
    // Radix is a dependency of the tarball; the scratch app resolves it from this repository.
    nodePaths: [join(root, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: leftOut ? [leaveOut(leftOut)] : [],
    logLevel: 'error',
  });
  const sizeOf = (file: string) => gzipSync(readFileSync(join(app, file)), { level: 9 }).length;
  // Lazily imported modules are entry points too; the bundle's entry is the file we wrote.
  const entry = Object.keys(metafile.outputs).find((file) => metafile.outputs[file]?.entryPoint === relative(app, entryFile));
  if (!entry) throw new Error('esbuild produced no entry chunk');
  const upFront = staticClosure(metafile, entry);
  const lazy = Object.keys(metafile.outputs).filter((file) => file.endsWith('.js') && !upFront.has(file));
  const localesIn = (files: Iterable<string>) =>
    [...files].flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {})).flatMap((input) => /\/locales\/([^/]+)\//.exec(input)?.[1] ?? []);
  return {
    upFront: [...upFront].reduce((sum, file) => sum + sizeOf(file), 0),
    upFrontLocales: localesIn(upFront),
    lazy: lazy.map((file) => ({ name: localesIn([file])[0] ?? basename(file, '.js').replace(/-[A-Z0-9]+$/, ''), bytes: sizeOf(file) })),
  };
}

/** The entry chunk and every chunk it imports statically, transitively. */
function staticClosure(metafile: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  return seen;
}

const format = (bytes: number) => `${(bytes / KB).toFixed(2)} kB`;

const app = mkdtempSync(join(tmpdir(), 'vehicle-error-ui-size-'));
try {
  installTarball(app);
  const rows: string[][] = [];
  let failed = false;
  let lazyChunks: Array<{ name: string; bytes: number }> = [];
  for (const budget of budgets) {
    const measured = await measure(app, budget.imports, budget.external, budget.leaveOut);
    const otherLocales = measured.upFrontLocales.filter((lng) => lng !== 'en');
    if (otherLocales.length > 0) {
      console.error(`${budget.label}: locales other than English load up front (${otherLocales.join(', ')}); they must be lazy.`);
      failed = true;
    }
    const base = budget.over ? (await measure(app, budget.over, budget.external)).upFront : 0;
    const bytes = measured.upFront - base;
    const limit = budget.ceiling ?? budget.target;
    const verdict = bytes <= budget.target ? 'ok' : bytes <= limit ? `target missed (ceiling ${format(limit)})` : 'OVER BUDGET';
    failed ||= bytes > limit;
    if (lazyChunks.length === 0) lazyChunks = measured.lazy;
    rows.push([budget.label, format(bytes), format(budget.target), verdict]);
  }
  const header = ['Budget (gzip, minified, from the packed tarball)', 'Size', 'Target', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));
  const english = (await measure(app, ENGLISH_ONLY, [])).upFront;
  const lazyList = lazyChunks.map((chunk) => `${chunk.name} ${format(chunk.bytes)}`).join(', ');
  console.log(`English messages (in provider + banner, not in the formatter's code): ${format(english)}`);
  console.log(`Loaded on demand by provider + banner: ${lazyList || 'nothing'}`);
  if (failed) {
    console.error('A size budget is exceeded (see the table above).');
    process.exitCode = 1;
  }
} finally {
  rmSync(app, { recursive: true, force: true });
}

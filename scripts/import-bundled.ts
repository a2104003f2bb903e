import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}node_modules/.cache/vehicle-error-ui`;

/**
 * Imports a script that imports the TypeScript sources (whose `.js` specifiers Node cannot
 * resolve): bundles it first with esbuild in production mode (no development warnings).
 *
 * @example const simulation = (await importBundled('scripts/outage-simulation.ts')) as typeof Simulation;
 */
export async function importBundled(entry: string): Promise<unknown> {
  const outfile = `${outdir}/${basename(entry, '.ts')}.mjs`;
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [`${root}${entry}`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * `npm run bench:core`: throughput of normalize + format. The workload imports the TypeScript
 * sources, so it is bundled first (esbuild, production mode: no development warnings) and then run.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}node_modules/.cache/vehicle-error-ui`;
const outfile = `${outdir}/bench-core.mjs`;

mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [`${root}scripts/bench-core-workload.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);

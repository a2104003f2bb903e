/**
 * `npm run bench:core`: throughput of normalize + format. The workload imports the TypeScript
 * sources, so it is bundled first (esbuild, production mode: no development warnings) and then run.
 */
import type * as Bundling from './import-bundled.js';

const { importBundled } = (await import(new URL('./import-bundled.ts', import.meta.url).href)) as typeof Bundling;
await importBundled('scripts/bench-core-workload.ts');

// @vitest-environment node
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { vehicleErrorLocales } from '../../src/i18n/locale-loaders.js';

const repo = join(import.meta.dirname, '../..');
const others = vehicleErrorLocales.filter((lng) => lng !== 'en');

/** Bundles an entry the way an app's bundler would (code splitting on): output path → output. */
async function chunksOf(entry: string) {
  const result = await build({
    absWorkingDir: repo,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/*', 'i18next', 'react-i18next', '@radix-ui/*'],
  });
  const outputs = Object.entries(result.metafile.outputs);
  const main = outputs.find(([, output]) => output.entryPoint === entry)?.[1];
  if (!main) throw new Error(`no output for ${entry}`);
  return { main, outputs };
}

describe.each(['src/core.ts', 'src/index.ts'])('an app importing %s', (entry) => {
  it('gets English in its main bundle and no other language', async () => {
    const { main } = await chunksOf(entry);
    const inputs = Object.keys(main.inputs);
    expect(inputs).toContain('locales/en/vehicle-errors.json');
    for (const lng of others) expect(inputs).not.toContain(`locales/${lng}/vehicle-errors.json`);
  });

  it('gets every other language as its own chunk, only ever imported dynamically', async () => {
    const { main, outputs } = await chunksOf(entry);
    for (const lng of others) {
      const found = outputs.find(([, output]) => Object.keys(output.inputs).includes(`locales/${lng}/vehicle-errors.json`));
      expect(found, lng).toBeDefined();
      const [path, chunk] = found ?? ['', { inputs: {} }];
      expect(Object.keys(chunk.inputs), lng).toEqual([`locales/${lng}/vehicle-errors.json`]);
      expect(main.imports, lng).toContainEqual({ path, kind: 'dynamic-import' });
      const staticImporters = outputs.filter(([, output]) => output.imports.some((imported) => imported.path === path && imported.kind !== 'dynamic-import'));
      expect(staticImporters, lng).toEqual([]);
    }
  });
});

// @vitest-environment node
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');

/** The formatter as an app's production bundle carries it: minified, peers and English left out. */
async function productionFormatter(define: Record<string, string>) {
  const result = await build({
    absWorkingDir: repo,
    stdin: { contents: "export { formatVehicleErrorMessage } from './src/core.js';", resolveDir: repo, loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['i18next', './locales/en/vehicle-errors.json', '../../locales/*'],
    define,
  });
  // Modules that contributed code; tree-shaken ones are listed with no bytes.
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs).flatMap(([path, { bytesInOutput }]) => (bytesInOutput > 0 ? [path] : [])),
  );
  return { code: result.outputFiles[0]?.text ?? '', inputs };
}

// Words of each development warning the formatter can give.
const WARNINGS = ['appName is missing', 'Unknown action', 'is not loaded; English is shown', 'addVehicleErrorResources'];

describe('the formatter in an app’s production bundle', () => {
  it('carries no development warning and no locale loaders', async () => {
    const { code, inputs } = await productionFormatter({ 'process.env.NODE_ENV': '"production"' });
    for (const words of WARNINGS) expect(code).not.toContain(words);
    expect(inputs).not.toContain('src/i18n/locale-loaders.ts');
    expect(code).toContain('vehicle-errors');
  });

  it('keeps every warning in development', async () => {
    const { code, inputs } = await productionFormatter({ 'process.env.NODE_ENV': '"development"' });
    for (const words of WARNINGS) expect(code).toContain(words);
    expect(inputs).toContain('src/i18n/locale-loaders.ts');
  });
});

// @vitest-environment node
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
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

/**
 * The formatter and everything it imports as one browser script, run where no `process` exists:
 * Vite's dev server (which replaces `process.env.NODE_ENV` but defines no `process`) when `define`
 * names a mode, a plain browser page with no bundler at all when it does not.
 */
async function formatInBrowser(define: Record<string, string>) {
  const result = await build({
    absWorkingDir: repo,
    stdin: { contents: "export { formatVehicleErrorMessage } from './src/core.js';", resolveDir: repo, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'vehicleErrorUi',
    // 'browser' would define NODE_ENV itself; 'neutral' leaves `process.env.NODE_ENV` as written.
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    write: false,
    logLevel: 'silent',
    define,
  });
  const warnings: string[] = [];
  const page = createContext({ console: { warn: (...args: unknown[]) => warnings.push(args.join(' ')) }, structuredClone });
  runInContext(`${result.outputFiles[0]?.text ?? ''}\nglobalThis.format = vehicleErrorUi.formatVehicleErrorMessage;`, page);
  const format = (page as { format: (input: unknown, options: unknown) => { title: string } }).format;
  const text = format({ type: 'VEHICLE_STATE', code: 'ASLEEP' }, { appName: '', action: 'fly', lng: 'de' });
  return { text, warnings };
}

describe('the formatter in a browser without `process`', () => {
  it('warns in a Vite-style development build', async () => {
    const { text, warnings } = await formatInBrowser({ 'process.env.NODE_ENV': '"development"' });
    expect(text.title).toBe('Your car is asleep');
    for (const words of ['appName is missing', 'Unknown action', 'is not loaded; English is shown']) {
      expect(warnings.join('\n')).toContain(words);
    }
  });

  it('stays quiet, and works, with no bundler at all', async () => {
    const { text, warnings } = await formatInBrowser({});
    expect(text.title).toBe('Your car is asleep');
    expect(warnings).toEqual([]);
  });
});

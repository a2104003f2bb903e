// @vitest-environment node
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');

/** `normalizeVehicleError` as an app bundles it: minified, with `process.env.NODE_ENV` replaced as given. */
async function bundleNormalizer(define: Record<string, string>, format: 'esm' | 'iife' = 'esm'): Promise<string> {
  const result = await build({
    absWorkingDir: repo,
    stdin: { contents: "export { normalizeVehicleError } from './src/core.js';", resolveDir: repo, loader: 'ts' },
    bundle: true,
    format,
    globalName: 'vehicleErrorUi',
    // 'neutral' leaves `process.env.NODE_ENV` as written unless `define` replaces it.
    platform: 'neutral',
    minify: true,
    write: false,
    logLevel: 'silent',
    external: ['i18next'],
    define,
  });
  return result.outputFiles[0]?.text ?? '';
}

// Problem keys and words of the warnings they stand for: development-only, like the warnings.
const DEVELOPMENT_ONLY = ['notUnderstood', 'manyValues', 'manyEventErrors', 'webhookNoType', 'connectCode', 'badJson', 'does not parse', 'nested more than'];

describe('the normalizer in an app’s production bundle', () => {
  it('carries no development warning and no problem key', async () => {
    const code = await bundleNormalizer({ 'process.env.NODE_ENV': '"production"' });
    for (const words of DEVELOPMENT_ONLY) expect(code).not.toContain(words);
    expect(code).toContain('VEHICLE_STATE');
  });

  it('keeps them in development', async () => {
    const code = await bundleNormalizer({ 'process.env.NODE_ENV': '"development"' });
    for (const words of DEVELOPMENT_ONLY) expect(code).toContain(words);
  });

  it('reads input, and stays quiet, in a browser with no bundler and no `process`', async () => {
    const script = await bundleNormalizer({}, 'iife');
    const warnings: string[] = [];
    const page = createContext({ console: { warn: (...args: unknown[]) => warnings.push(args.join(' ')) }, URL, URLSearchParams });
    runInContext(`${script}\nglobalThis.normalize = vehicleErrorUi.normalizeVehicleError;`, page);
    const normalize = (page as { normalize: (input: unknown) => { type: string; code: string | null } }).normalize;
    expect(normalize('{"type":"VEHICLE_STATE","code":"ASLEEP"}')).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP' });
    expect(normalize('?error=access_denied')).toMatchObject({ type: 'CONNECT', code: 'access_denied' });
    expect(normalize('{not json')).toMatchObject({ type: 'UNKNOWN', code: null });
    expect(warnings).toEqual([]);
  });
});

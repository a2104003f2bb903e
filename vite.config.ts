import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { transform } from 'esbuild';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * The library build (`npm run build`): ESM only, two entries (`.` with React, `./core` without),
 * peers and Radix external, one file per module, the stylesheet as `dist/styles.css`, English
 * imported statically and every other locale in its own lazily imported module, and declarations
 * (`tsc -p tsconfig.build.json`) beside each module.
 */

/** Peers and Radix stay external: the app brings one copy of each. */
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^i18next($|\/)/, /^react-i18next($|\/)/, /^@radix-ui\//];

const CLIENT_DIRECTIVE = '"use client";';

/**
 * React Server Components need `"use client"` as the first statement of the React entry. Rollup
 * drops module directives and Rolldown keeps them only in some output modes, so this guarantees
 * it. Only that entry gets it: `./core` stays usable in server code.
 */
function preserveClientDirective(entryName: string): Plugin {
  return {
    name: 'vehicle-error-ui:use-client',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || chunk.name !== entryName) continue;
        if (chunk.code.startsWith(CLIENT_DIRECTIVE)) continue;
        chunk.code = `${CLIENT_DIRECTIVE}\n${chunk.code}`;
        // Every generated line moved one down; shift the map rather than ship a wrong one.
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  };
}

/** What `import 'vehicle-error-ui/styles.css'` gives TypeScript: nothing, but a module to find. */
const STYLESHEET_DECLARATION = `// The stylesheet exports nothing; this lets \`import 'vehicle-error-ui/styles.css'\` type-check
// where side-effect imports are checked (TypeScript 6's default, noUncheckedSideEffectImports).
export {};
`;

/**
 * The entries never import the stylesheet (apps opt in with `import 'vehicle-error-ui/styles.css'`),
 * so it is emitted on its own, minified, as `dist/styles.css`, with a declaration beside it
 * (`dist/styles.css.d.ts`, the `types` condition of its export).
 */
function emitStylesheet(source: string, fileName: string): Plugin {
  return {
    name: 'vehicle-error-ui:stylesheet',
    apply: 'build',
    async generateBundle() {
      this.addWatchFile(source);
      const css = await readFile(source, 'utf8');
      const { code } = await transform(css, { loader: 'css', minify: true, target: ['chrome111', 'firefox114', 'safari16.4'] });
      this.emitFile({ type: 'asset', fileName, source: code });
      this.emitFile({ type: 'asset', fileName: `${fileName}.d.ts`, source: STYLESHEET_DECLARATION });
    },
  };
}

/** The TypeScript type of a JSON value, as `resolveJsonModule` would infer it. */
function jsonType(value: unknown): string {
  if (Array.isArray(value)) return `Array<${value.length > 0 ? jsonType(value[0]) : 'unknown'}>`;
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  const members = Object.entries(value).map(([key, member]) => `${JSON.stringify(key)}: ${jsonType(member)};`);
  return `{ ${members.join(' ')} }`;
}

/**
 * Declarations beside the modules they describe (`dist/**\/*.d.ts`), by `tsc`. A declaration that
 * imports a locale JSON file gets the file's type written inline instead: a JSON import in a
 * `.d.ts` breaks apps without `resolveJsonModule` and, under `nodenext`, needs an import attribute.
 */
function emitDeclarations(tsconfig: string, outDir: string): Plugin {
  return {
    name: 'vehicle-error-ui:declarations',
    apply: 'build',
    async closeBundle() {
      execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', tsconfig], { stdio: 'inherit' });
      const jsonImport = /^import (\w+) from '(\.{1,2}\/[^']+\.json)'(?: with \{ type: 'json' \})?;$/gm;
      const declarations = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.d.ts'));
      for (const file of declarations.map((name) => resolve(outDir, name))) {
        const declaration = await readFile(file, 'utf8');
        let inlined = declaration;
        for (const [statement, name, path] of declaration.matchAll(jsonImport)) {
          // dist mirrors src, so the path is right from src's side of the tree.
          const json: unknown = JSON.parse(await readFile(resolve(dirname(file), path ?? ''), 'utf8'));
          inlined = inlined.replace(statement, `declare const ${name}: ${jsonType(json)};`);
        }
        if (inlined !== declaration) await writeFile(file, inlined);
      }
    },
  };
}

export default defineConfig({
  // Quiet in `npm test`; `npm run size` reports what matters.
  logLevel: 'warn',
  // Each locale file as one object literal, the default export we import: not a variable per
  // top-level key, nor `JSON.parse("…")` with a backslash before every quote, which gzips worse
  // (about 0.1 kB in English and in every other locale's chunk).
  json: { stringify: false, namedExports: false },
  plugins: [
    react(),
    preserveClientDirective('index'),
    emitStylesheet('src/react/styles.css', 'styles.css'),
    emitDeclarations('tsconfig.build.json', 'dist'),
  ],
  build: {
    lib: {
      entry: { index: 'src/index.ts', core: 'src/core.ts' },
      formats: ['es'],
    },
    target: 'es2022',
    // Apps minify; shipping readable code keeps stack traces and reviews honest.
    minify: false,
    rollupOptions: {
      external,
      output: {
        // One file per source module: with `sideEffects` limited to CSS, an app's bundler drops
        // every module it does not use (the modal and Radix when only the banner is imported).
        preserveModules: true,
        preserveModulesRoot: 'src',
      },
    },
    sourcemap: true,
    emptyOutDir: true,
    copyPublicDir: false,
  },
});

import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * Vite's dev server serves JSON as JavaScript but keeps `{ with: { type: 'json' } }` on dynamic
 * imports, so the browser refuses every on-demand locale (vitejs/vite#19095) and `npm run
 * storybook` would show English only. Builds bundle the JSON and are not affected.
 */
function jsonImportAttributesInDev(): Plugin {
  const attributed = /(import\(\s*(['"])[^'"]+\.json\2)\s*,\s*\{\s*with:\s*\{\s*type:\s*(['"])json\3\s*\}\s*\}\s*\)/g;
  return {
    name: 'storybook:json-import-attributes-in-dev',
    apply: 'serve',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/') || !attributed.test(code)) return null;
      attributed.lastIndex = 0;
      return { code: code.replace(attributed, '$1)'), map: null };
    },
  };
}

/**
 * Storybook's own Vite config, so the library build's settings (library mode, the stylesheet
 * emitter in the root vite.config.ts) stay out of it. The React plugin comes from
 * `@storybook/react-vite`.
 */
export default defineConfig({
  plugins: [jsonImportAttributesInDev()],
});

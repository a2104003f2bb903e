import { defineConfig } from 'vite';

/**
 * Storybook's own Vite config, so the library build's settings (library mode, the stylesheet
 * emitter in the root vite.config.ts) stay out of it. The React plugin comes from
 * `@storybook/react-vite`.
 */
export default defineConfig({});

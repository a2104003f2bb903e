import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Peers and Radix stay external: the app brings one copy of each. */
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^i18next($|\/)/, /^react-i18next($|\/)/, /^@radix-ui\//];

export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: { index: 'src/index.ts', core: 'src/core.ts' },
      formats: ['es'],
    },
    rollupOptions: { external },
    sourcemap: true,
    emptyOutDir: true,
  },
});

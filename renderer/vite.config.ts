import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The renderer build, shared by browser mode (npm run serve, e2e) and electron-vite. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  // `@shared/…` is the pure core (tsconfig.json "paths"), instead of ../../../../shared.
  resolve: { alias: { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import rendererConfig from '../renderer/vite.config';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** `npm start` / `npm run build`: main (ESM), preload (one CJS file, as the sandbox requires), renderer. */
export default defineConfig({
  main: {
    build: {
      outDir: at('../out/main'),
      // The workbook reader and the start-up snapshot run in worker threads: entries next to main.js.
      lib: {
        entry: {
          main: at('./main.ts'),
          'parse-worker': at('./services/excel/parse-worker.ts'),
          'snapshot-worker': at('./services/backup/snapshot-worker.ts'),
        },
        formats: ['es'],
        fileName: (_f, name) => `${name}.js`,
      },
      // lowdb and steno are ESM-only: bundle them rather than require() them.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
    },
  },
  preload: {
    build: {
      outDir: at('../out/preload'),
      lib: { entry: at('./preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
      externalizeDeps: false,
    },
  },
  renderer: {
    ...rendererConfig,
    root: at('../renderer'),
    build: { ...rendererConfig.build, outDir: at('../out/renderer'), rollupOptions: { input: at('../renderer/index.html') } },
  },
});

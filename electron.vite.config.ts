import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { FONT_DIR_NAME, FONT_FILES } from './electron/backend/reports/pdf/fontCatalog';

/**
 * Copies the fonts the report PDF embeds into out/main/fonts (about 3.5 MB): the packaged app
 * has no node_modules/@fontsource, and reportFonts.ts looks beside the bundled code first.
 */
function reportFonts(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'crossing-report-fonts',
    generateBundle() {
      for (const { pkg, file } of FONT_FILES) {
        const dir = dirname(require.resolve(`${pkg}/package.json`));
        this.emitFile({
          type: 'asset',
          fileName: `${FONT_DIR_NAME}/${file}`,
          source: readFileSync(join(dir, 'files', file)),
        });
      }
    },
  };
}

// One config, three builds. The main build also bundles the loopback web host and the CLI:
// they share the backend with the Electron shell, and bundling lets Vite inline the SQL
// migrations (import.meta.glob) so no loose files are needed at run time.
export default defineConfig({
  main: {
    plugins: [reportFonts()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          web: resolve('electron/web/main.ts'),
          cli: resolve('electron/cli/main.ts'),
          // The job thread's entry (history checks, backups): found beside the hosts' entries.
          jobWorker: resolve('electron/backend/jobs/jobWorker.ts'),
          // The report thread's entry (drawing export files): found the same way.
          reportWorker: resolve('electron/backend/jobs/reportWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // Sandboxed preloads must be CommonJS, and self-contained.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      // The first screen's code is one chunk; other screens and the chart library load when
      // first used (React.lazy in App.tsx and ProjectAudits.tsx), so parsing before the first
      // paint stays small. Budget: initial JavaScript under 250 KB gzip (npm run bench:ui).
      chunkSizeWarningLimit: 600,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});

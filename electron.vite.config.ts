import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

// One config, three builds. The main build also bundles the loopback web host and the CLI:
// they share the backend with the Electron shell, and bundling lets Vite inline the SQL
// migrations (import.meta.glob) so no loose files are needed at run time.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          web: resolve('electron/web/main.ts'),
          cli: resolve('electron/cli/main.ts'),
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
      // One bundle loaded from local disk (app:// or loopback): splitting would add requests,
      // not save time, so the web-oriented 500 kB warning does not apply.
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});

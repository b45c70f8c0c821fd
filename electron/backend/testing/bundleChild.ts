import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Bundles a child-process script of the backend (under electron/backend/testing/) with Vite,
 * exactly as electron-vite bundles the app (migrations inlined by import.meta.glob, which tsx
 * cannot run), better-sqlite3 left external and resolved through a node_modules link. Returns
 * the bundle's path and a function that removes it.
 */
export async function bundleChild(script: string): Promise<{ path: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'crossing-child-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: join(ROOT, 'electron/backend/testing', script),
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'child.mjs' } },
    },
    ssr: { noExternal: true, external: ['better-sqlite3', 'pdfkit'] },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    path: join(dir, 'child.mjs'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

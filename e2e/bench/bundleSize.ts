import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  /** JavaScript the page loads before it can paint: the entry and its static imports. */
  initialGzip: number;
  /** Every JavaScript file of the build, lazy chunks included. */
  totalGzip: number;
  chunks: { file: string; gzip: number; initial: boolean }[];
}

/** Gzip sizes of the built renderer's scripts (out/renderer), read from index.html. */
export function bundleFigures(rendererDir: string): BundleFigures {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const initialFiles = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? ''),
  );
  const assets = join(rendererDir, 'assets');
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({
      file: f,
      gzip: gzipSync(readFileSync(join(assets, f)), { level: 9 }).length,
      initial: initialFiles.has(`assets/${f}`),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (list: typeof chunks) => list.reduce((n, c) => n + c.gzip, 0);
  return {
    initialGzip: sum(chunks.filter((c) => c.initial)),
    totalGzip: sum(chunks),
    chunks,
  };
}

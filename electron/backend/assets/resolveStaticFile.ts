import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * Maps a URL path to a file inside `root`, never outside it (`..`, encoded slashes and absolute
 * paths all resolve inside or are refused). Unknown paths without an extension get index.html,
 * so client-side routes survive a reload.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (target !== base && !target.startsWith(base + sep)) return null;
  const file = existsSync(target) && statSync(target).isFile() ? target : fallback(base, target);
  if (!file) return null;
  return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

function fallback(base: string, target: string): string | null {
  if (extname(target) !== '') return null;
  const index = resolve(base, 'index.html');
  return existsSync(index) ? index : null;
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/tempWorkspace';
import { resolveStaticFile } from './resolveStaticFile';

let tmp: ReturnType<typeof makeTempDir>;
let root: string;

beforeAll(() => {
  tmp = makeTempDir();
  root = join(tmp.dir, 'static');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), 'INDEX');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'SECRET');
  // A sibling whose name starts with the root's: the classic prefix-check mistake.
  mkdirSync(join(tmp.dir, 'static-evil'));
  writeFileSync(join(tmp.dir, 'static-evil', 'x.txt'), 'SECRET');
});
afterAll(() => tmp.remove());

const body = (path: string) => resolveStaticFile(root, path)?.body.toString('utf8') ?? null;

describe('resolveStaticFile', () => {
  it('serves files inside the root with their type', () => {
    expect(resolveStaticFile(root, '/assets/app.css')).toEqual({
      body: Buffer.from('body{}'),
      type: 'text/css; charset=utf-8',
    });
    expect(body('/index.html?x=1')).toBe('INDEX');
    expect(body('index.html')).toBe('INDEX');
  });

  it('answers extension-less unknown paths (client routes, folders) with index.html', () => {
    expect(body('/')).toBe('INDEX');
    expect(body('/projects/123')).toBe('INDEX');
    expect(body('/assets')).toBe('INDEX');
  });

  it('answers unknown files with an extension with nothing', () => {
    expect(resolveStaticFile(root, '/missing.png')).toBeNull();
  });

  it.each([
    '/../secret.txt',
    '../secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/../static-evil/x.txt',
    `/${'../'.repeat(20)}etc/passwd`,
    '/index.html%00.css',
    '/%E0%A4%A',
  ])('never resolves outside the root: %s', (path) => {
    expect(resolveStaticFile(root, path)).toBeNull();
  });

  it('keeps absolute-looking paths inside the root', () => {
    expect(body('//etc/passwd')).toBe('INDEX');
    expect(body(`/${join(tmp.dir, 'secret.txt')}`)).toBeNull();
  });
});

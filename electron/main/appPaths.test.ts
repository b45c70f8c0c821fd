import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appPaths } from './appPaths';

describe('appPaths', () => {
  it('finds the preload, renderer, icon and native folder from out/main/index.js', () => {
    const root = join('/opt', 'Crossing', 'resources', 'app.asar');
    const paths = appPaths(pathToFileURL(join(root, 'out', 'main', 'index.js')).href);
    expect(paths).toEqual({
      preload: join(root, 'out', 'preload', 'index.cjs'),
      rendererDir: join(root, 'out', 'renderer'),
      icon: join(root, 'resources', 'icon.png'),
      nativeDir: join(root, 'out', 'native'),
    });
  });
});

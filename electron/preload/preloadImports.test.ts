import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A sandboxed preload can require only a few Electron modules: any package it imports at run
// time (zod, say, through a shared file) must be bundled or the preload fails silently and
// window.api is missing. electron-vite externalises package.json dependencies, so the rule is
// simply: at run time the preload reaches 'electron' and our own files, nothing else.
const runtimeImport = /^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function runtimeGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(runtimeImport)) {
      if (!spec) continue;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const target = resolve(dirname(file), spec);
      const withExt = [target, `${target}.ts`, join(target, 'index.ts')].find(
        (p) => existsSync(p) && p.endsWith('.ts'),
      );
      if (!withExt) throw new Error(`cannot resolve ${spec} from ${file}`);
      visit(withExt);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the preload bundle', () => {
  const { files, packages } = runtimeGraph(join(import.meta.dirname, 'index.ts'));

  it("reaches no package but 'electron' at run time", () => {
    expect([...packages]).toEqual(['electron']);
  });

  it('reaches shared/ only for the plain channel list, never the zod contract', () => {
    const root = resolve(import.meta.dirname, '../..');
    const shared = [...files]
      .map((f) => relative(root, f).split('\\').join('/'))
      .filter((f) => f.startsWith('shared/'));
    expect(shared).toEqual(['shared/api/channels.ts']);
  });
});

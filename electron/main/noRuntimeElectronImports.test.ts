import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Everything here except index.ts must be testable under plain Node, where require('electron')
// throws: Electron objects come in as parameters, and 'electron' is imported for types only.
const dir = import.meta.dirname;
const runtimeElectronImport = /^\s*import\s+(?!type\b)[^;]*?from\s+['"]electron['"]/m;

describe('electron/main modules', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

  it.each(files)('%s imports electron for types only', (file) => {
    expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(runtimeElectronImport);
  });

  it('index.ts is the one place that does (the check above can see an import)', () => {
    expect(readFileSync(join(dir, 'index.ts'), 'utf8')).toMatch(runtimeElectronImport);
  });
});

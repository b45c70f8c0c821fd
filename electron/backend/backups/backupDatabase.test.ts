import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, contentOf } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { makeTempDir, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { backupDatabase, fileStamp } from './backupDatabase';

let ws: TempWorkspace;
let out: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  ws = openTempWorkspace();
  out = makeTempDir();
});
afterEach(() => {
  ws.dispose();
  out.remove();
});

describe('backupDatabase', () => {
  it('writes a copy that passes integrity_check and holds the same rows', async () => {
    for (const name of ['Alpha', 'Beta ✓', 'Gamma 中文'])
      await callOk(
        ws.dispatch,
        'projects.create',
        projectInput({ name, description: 'd'.repeat(3000) }),
      );
    const file = backupDatabase(ws.openDb(), join(out.dir, 'backups'), 'nightly');

    expect(file).toBe(join(out.dir, 'backups', 'nightly.sqlite'));
    expect(readdirSync(join(out.dir, 'backups'))).toEqual(['nightly.sqlite']); // no .partial left
    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(contentOf(copy)).toEqual(contentOf(ws.openDb()));
      expect(copy.pragma('user_version', { simple: true })).toBe(
        ws.openDb().pragma('user_version', { simple: true }),
      );
    } finally {
      copy.close();
    }
  });

  it('includes writes still in the WAL (not yet checkpointed)', async () => {
    const p = await callOk(ws.dispatch, 'projects.create', projectInput());
    const copy = new Database(backupDatabase(ws.openDb(), out.dir, 'b'), { readonly: true });
    try {
      expect(copy.prepare('SELECT name FROM projects WHERE id = ?').pluck().get(p.id)).toBe(p.name);
    } finally {
      copy.close();
    }
  });

  it('leaves no file under the final name when the copy cannot be written', () => {
    const notADir = join(out.dir, 'file');
    writeFileSync(notADir, 'x');
    expect(() => backupDatabase(ws.openDb(), notADir, 'b')).toThrow();
    expect(readdirSync(out.dir)).toEqual(['file']);
  });

  it('names files with a sortable, file-name-safe timestamp', () => {
    expect(fileStamp(new Date('2026-11-25T21:30:05.123Z'))).toBe('2026-11-25T21-30-05-123Z');
  });
});

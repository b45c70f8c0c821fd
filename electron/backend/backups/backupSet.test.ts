import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callErr, callOk, contentOf } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { listBackups, parseBackupName } from './backupSet';
import { takeBackup } from './takeBackup';

let ws: TempWorkspace;
let clock: Date;
const log = vi.fn();
const backupDir = () => join(ws.dataDir, 'backups');

beforeEach(() => {
  clock = FIXED_NOW;
  log.mockClear();
  ws = openTempWorkspace({ now: () => clock, log });
});
afterEach(() => ws.dispose());

describe('backups.create (“Back up now”)', () => {
  it('writes a verified copy named manual-<time>, listed first, holding the same data', async () => {
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Alpha ✓' }));
    const b = await callOk(ws.dispatch, 'backups.create', {});
    expect(b).toEqual({
      name: 'manual-2026-03-14T09-26-53-589Z',
      kind: 'manual',
      createdAt: FIXED_NOW.toISOString(),
      sizeBytes: expect.any(Number),
    });
    expect(readdirSync(backupDir())).toEqual([`${b.name}.sqlite`]);
    const copy = new Database(join(backupDir(), `${b.name}.sqlite`), { readonly: true });
    try {
      expect(contentOf(copy)).toEqual(contentOf(ws.openDb()));
    } finally {
      copy.close();
    }
    const overview = await callOk(ws.dispatch, 'backups.list', {});
    expect(overview.backups).toEqual([b]);
  });

  it('gives two backups in the same millisecond different names, the later one newest', async () => {
    const first = await callOk(ws.dispatch, 'backups.create', {});
    const second = await callOk(ws.dispatch, 'backups.create', {});
    expect(second.name).not.toBe(first.name);
    expect(second.createdAt > first.createdAt).toBe(true);
    const { backups } = await callOk(ws.dispatch, 'backups.list', {});
    expect(backups.map((b) => b.name)).toEqual([second.name, first.name]);
  });

  it('applies retention: the sixth backup of a day lets the oldest go', async () => {
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      clock = new Date(FIXED_NOW.getTime() + i * 60_000);
      names.push((await callOk(ws.dispatch, 'backups.create', {})).name);
    }
    const { backups } = await callOk(ws.dispatch, 'backups.list', {});
    expect(backups.map((b) => b.name)).toEqual(names.slice(1).reverse());
  });

  it('says clearly when the backup folder cannot be made, and the workspace keeps working', async () => {
    writeFileSync(backupDir(), 'a file where the backup folder should be');
    const error = await callErr(ws.dispatch, 'backups.create', {});
    expect(error.message).toMatch(/^The backup could not be written to .*backups.*not changed\.$/);
    expect(error.message).not.toMatch(/Something went wrong/);
    await callOk(ws.dispatch, 'projects.create', projectInput());
    clock = new Date(FIXED_NOW.getTime() + 5 * 60 * 60 * 1000); // an automatic backup is due
    await expect(ws.maintain()).resolves.toBeUndefined();
    expect(log).toHaveBeenCalled();
    expect((await callOk(ws.dispatch, 'projects.list', {})).length).toBe(1);
  });
});

describe('the backup list', () => {
  it('lists only files named like backups, and retention never deletes anything else', async () => {
    mkdirSync(backupDir());
    const foreign = [
      'manual-2025-12-01T10-00-00-000Z.sqlite.partial', // a backup cut short
      'notes.txt',
      'crossing.sqlite',
      'manual-2026-13-99T00-00-00-000Z.sqlite', // no such day
      'Manual-2026-03-14T09-26-53-589Z.sqlite',
      'auto-2026-03-14T09-26-53-589Z.sqlite-wal',
    ];
    for (const f of foreign) writeFileSync(join(backupDir(), f), 'x');
    mkdirSync(join(backupDir(), 'auto-2026-01-01T00-00-00-000Z.sqlite')); // a folder, not a file
    for (let i = 0; i < 7; i++) {
      clock = new Date(FIXED_NOW.getTime() + i);
      await callOk(ws.dispatch, 'backups.create', {});
    }
    const { backups } = await callOk(ws.dispatch, 'backups.list', {});
    expect(backups.map((b) => b.kind)).toEqual(Array(5).fill('manual'));
    const files = readdirSync(backupDir());
    expect(files).toEqual(
      expect.arrayContaining([...foreign, 'auto-2026-01-01T00-00-00-000Z.sqlite']),
    );
    expect(files.length).toBe(foreign.length + 1 + 5);
  });

  it('reads kind and time from the name, newest first, across kinds', () => {
    const db = ws.openDb();
    takeBackup(db, backupDir(), 'before-migration', new Date('2026-01-02T03:04:05.006Z'), {
      fromVersion: 1,
    });
    takeBackup(db, backupDir(), 'auto', new Date('2026-01-01T00:00:00.000Z'));
    const list = listBackups(backupDir());
    // The auto one was asked for at an older time, but is never named older than the newest.
    expect(list.map((b) => [b.name, b.kind])).toEqual([
      ['auto-2026-01-02T03-04-05-007Z', 'auto'],
      ['before-migration-v1-2026-01-02T03-04-05-006Z', 'before-migration'],
    ]);
    expect(parseBackupName('before-migration-v12-2026-01-02T03-04-05-006Z')).toEqual({
      kind: 'before-migration',
      createdAt: new Date('2026-01-02T03:04:05.006Z'),
    });
    expect(parseBackupName('auto-2026-02-30T00-00-00-000Z')).toBeNull();
  });

  it('is empty, not an error, when there is no backup folder', async () => {
    rmSync(backupDir(), { recursive: true, force: true });
    const overview = await callOk(ws.dispatch, 'backups.list', {});
    expect(overview).toMatchObject({ backups: [], quarantine: [], backupDir: backupDir() });
  });
});

import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStamp } from '../backups/backupDatabase';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../database/migrations';
import { openDatabase } from '../database/openDatabase';
import { callOk } from '../testing/calls';
import { FIXED_NOW, makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { DATABASE_FILE } from './dataDir';

let tmp: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

describe('openWorkspace', () => {
  it('opens a new folder ready, at the latest schema, and says where the data is', async () => {
    const ws = openTempWorkspace({ dataDir: tmp.dir });
    try {
      expect(ws.info).toMatchObject({
        host: 'test',
        user: 'tester',
        dataDir: tmp.dir,
        dataFile: join(tmp.dir, DATABASE_FILE),
        schemaVersion: LATEST_SCHEMA_VERSION,
        workspace: { state: 'ready' },
      });
      expect(await callOk(ws.dispatch, 'app.info', {})).toEqual(ws.info);
      expect(readdirSync(tmp.dir)).not.toContain('backups'); // nothing to back up yet
    } finally {
      ws.close();
    }
  });

  // Meaningful once there is more than one migration: a file one version behind is backed up
  // (verified) into <dataDir>/backups before it is migrated, and keeps its rows.
  it.skipIf(LATEST_SCHEMA_VERSION < 2)(
    'backs up an older file into backups/ before migrating it, rows kept',
    async () => {
      const file = join(tmp.dir, DATABASE_FILE);
      const from = LATEST_SCHEMA_VERSION - 1;
      const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, from) });
      old
        .prepare(
          `INSERT INTO projects (id, name, kind, stage, created_at, updated_at)
           VALUES ('11111111-1111-4111-8111-111111111111', 'Old project', 'llm', 'poc', 'x', 'x')`,
        )
        .run();
      old.close();

      const ws = openTempWorkspace({ dataDir: tmp.dir });
      try {
        expect(ws.info.workspace).toEqual({ state: 'ready' });
        const backups = readdirSync(join(tmp.dir, 'backups'));
        expect(backups).toEqual([`before-migration-v${from}-${fileStamp(FIXED_NOW)}.sqlite`]);

        const copy = new Database(join(tmp.dir, 'backups', backups[0]!), { readonly: true });
        try {
          expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(copy.pragma('user_version', { simple: true })).toBe(from);
          expect(copy.prepare('SELECT name FROM projects').pluck().all()).toEqual(['Old project']);
        } finally {
          copy.close();
        }
        const projects = await callOk(ws.dispatch, 'projects.list', {});
        expect(projects.map((p) => p.name)).toEqual(['Old project']);
        expect(ws.openDb().pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      } finally {
        ws.close();
      }
    },
  );

  it('refuses, rather than throws on, a file whose schema does not match its version', () => {
    const db = new Database(join(tmp.dir, DATABASE_FILE));
    db.exec(
      'CREATE TABLE projects (id TEXT PRIMARY KEY); CREATE TABLE history_events (seq INTEGER)',
    );
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    db.close();
    const ws = openTempWorkspace({ dataDir: tmp.dir });
    ws.close();
    expect(ws.info.workspace).toMatchObject({ state: 'refused', reason: 'error' });
  });
});

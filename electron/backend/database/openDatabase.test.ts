import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDatabase } from '../backups/backupDatabase';
import { makeTempDir } from '../testing/tempWorkspace';
import type { Migration } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { applyPragmas, openDatabase, type Db } from './openDatabase';

const m1: Migration = {
  version: 1,
  name: 'notes',
  sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;',
};
const m2: Migration = {
  version: 2,
  name: 'tags',
  sql: "ALTER TABLE notes ADD COLUMN tag TEXT NOT NULL DEFAULT 'none';",
};

let tmp: ReturnType<typeof makeTempDir>;
const open: Db[] = [];
const track = (db: Db): Db => (open.push(db), db);

beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  tmp.remove();
});

describe('openDatabase', () => {
  it('runs with WAL, synchronous=FULL, foreign keys and a busy timeout, read back', () => {
    const db = track(openDatabase(join(tmp.dir, 'a.sqlite')));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('keeps the same pragmas when an existing file is opened again', () => {
    const file = join(tmp.dir, 'a.sqlite');
    openDatabase(file).close();
    const db = track(openDatabase(file));
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses to run when a pragma does not take (WAL is impossible in memory)', () => {
    const db = track(new Database(':memory:'));
    expect(() => applyPragmas(db)).toThrow(/journal_mode is memory, expected wal/);
  });

  it('migrates an empty file to the latest schema version', () => {
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    const db = track(openDatabase(join(tmp.dir, 'a.sqlite')));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('backs up an older file before migrating it, and the backup holds the old rows', () => {
    const file = join(tmp.dir, 'a.sqlite');
    const v1 = openDatabase(file, { migrations: [m1] });
    const insert = v1.prepare('INSERT INTO notes (body) VALUES (?)');
    for (const body of ['first', 'second ✓', 'third 🧪']) insert.run(body);
    v1.close();

    const backups = join(tmp.dir, 'backups');
    const beforeMigrate = vi.fn((db: Db, from: number) => {
      backupDatabase(db, backups, `before-migration-v${from}`);
    });
    const db = track(openDatabase(file, { migrations: [m1, m2], beforeMigrate }));

    expect(beforeMigrate).toHaveBeenCalledTimes(1);
    expect(beforeMigrate).toHaveBeenCalledWith(expect.anything(), 1, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT tag FROM notes').pluck().all()).toEqual(['none', 'none', 'none']);

    expect(readdirSync(backups)).toEqual(['before-migration-v1.sqlite']);
    const copy = track(
      new Database(join(backups, 'before-migration-v1.sqlite'), { readonly: true }),
    );
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT id, body FROM notes ORDER BY id').all()).toEqual(
      db.prepare('SELECT id, body FROM notes ORDER BY id').all(),
    );
  });

  it('does not call beforeMigrate for a new file or one already at the latest version', () => {
    const file = join(tmp.dir, 'a.sqlite');
    const beforeMigrate = vi.fn();
    openDatabase(file, { migrations: [m1], beforeMigrate }).close();
    track(openDatabase(file, { migrations: [m1], beforeMigrate }));
    expect(beforeMigrate).not.toHaveBeenCalled();
  });

  it('leaves the file at its previous version, rows intact, when a migration fails', () => {
    const file = join(tmp.dir, 'a.sqlite');
    const v1 = openDatabase(file, { migrations: [m1] });
    v1.prepare('INSERT INTO notes (body) VALUES (?)').run('kept');
    v1.close();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      sql: 'ALTER TABLE notes ADD COLUMN x TEXT; CREATE TABLE oops (;',
    };
    expect(() => openDatabase(file, { migrations: [m1, broken] })).toThrow();

    const db = track(openDatabase(file, { migrations: [m1] }));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['kept']);
    const columns = db.prepare("SELECT name FROM pragma_table_info('notes')").pluck().all();
    expect(columns).toEqual(['id', 'body']);
  });

  it('refuses a migration list with a gap in its numbering', () => {
    const file = join(tmp.dir, 'a.sqlite');
    expect(() => openDatabase(file, { migrations: [m1, { ...m2, version: 3 }] })).toThrow(
      /expected 2/,
    );
  });
});

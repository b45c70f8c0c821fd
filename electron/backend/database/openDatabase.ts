import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { hasHotJournal, inspectRecoveredCopy, rollBack } from './hotJournal';
import { migrationsNewerThanCode, runMigrations, type Migration } from './migrate';
import { MIGRATIONS } from './migrations';
import { sqliteOptions } from './sqliteBinding';

export type Db = Database.Database;

/**
 * Why the data file was not opened. The file is left exactly as it was in every case (the
 * workspace then moves a damaged one to quarantine, unchanged).
 */
export class DatabaseRefusedError extends Error {
  constructor(
    readonly reason: 'newer_version' | 'damaged' | 'foreign',
    message: string,
    /** What SQLite said, for a damaged file. */
    readonly detail = '',
  ) {
    super(message);
    this.name = 'DatabaseRefusedError';
  }
}

/**
 * SQLite's application_id in every file Crossing writes ("CRSN"), set once when the file is
 * opened for writing (a header field, so no migration). A file with another id belongs to
 * another program and is never changed.
 */
export const CROSSING_APPLICATION_ID = 0x4352534e;

export interface OpenOptions {
  /** Called with the file's current version before migrations run on an existing file. */
  beforeMigrate?: (db: Db, fromVersion: number, toVersion: number) => void;
  migrations?: readonly Migration[];
  /**
   * 'later': skip quick_check here when nothing will write before it (no migration due, the
   * file already in WAL mode) and call `onQuickCheckDeferred`; the caller runs it off-thread
   * and holds writes until it passed (issue 12: a large file opens at once). Default 'now'.
   */
  quickCheck?: 'now' | 'later';
  onQuickCheckDeferred?: () => void;
}

/**
 * Opens (creating if needed) the workspace database with the pragmas our durability promise
 * rests on, refusing files we must not touch. Order matters: the version and integrity checks
 * run on a read-only connection first, because switching to WAL rewrites the file header.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const migrations = opts.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? 0;
  inspectExisting(file, latest, opts);

  const db = new Database(file, sqliteOptions());
  try {
    applyPragmas(db);
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > 0 && from < latest) opts.beforeMigrate?.(db, from, latest);
    runMigrations(db, migrations);
    markAsCrossings(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function inspectExisting(file: string, latest: number, opts: OpenOptions): void {
  // A read-only connection to a WAL-mode file creates empty -wal/-shm companions. When the file
  // is refused they must go too: "left untouched" covers the folder, not just the main file.
  const companions = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  try {
    if (isEmptyFile(file)) throw damaged(new Error('the file is empty (0 bytes)'));
    if (hasHotJournal(file)) {
      // A crash mid-transaction: recover on a copy first, and only then the file itself.
      try {
        inspectRecoveredCopy(file, (copy) => inspectReadOnly(copy, latest, {}));
        rollBack(file);
      } catch (e) {
        throw e instanceof DatabaseRefusedError ? e : damaged(e);
      }
    }
    inspectReadOnly(file, latest, opts);
  } catch (e) {
    for (const f of companions) rmSync(f, { force: true });
    throw e;
  }
}

function isEmptyFile(file: string): boolean {
  try {
    return statSync(file).size === 0;
  } catch {
    return false; // no file: a new workspace
  }
}

function inspectReadOnly(file: string, latest: number, opts: OpenOptions): void {
  let ro: Db;
  try {
    ro = new Database(file, sqliteOptions({ readonly: true, fileMustExist: true }));
  } catch (e) {
    if (isCode(e, 'SQLITE_CANTOPEN')) return; // a new workspace: nothing to protect yet
    throw damaged(e);
  }
  try {
    const version = ro.pragma('user_version', { simple: true }) as number;
    refuseForeign(ro, version, latest);
    if (migrationsNewerThanCode(version, latest)) {
      throw new DatabaseRefusedError(
        'newer_version',
        `This data file was written by a newer version of Crossing (schema ${version}; this ` +
          `version knows up to ${latest}). It was left untouched: update Crossing to open it.`,
      );
    }
    const nothingWritesFirst =
      version === latest && ro.pragma('journal_mode', { simple: true }) === 'wal';
    if (opts.quickCheck === 'later' && nothingWritesFirst) {
      opts.onQuickCheckDeferred?.();
      return;
    }
    const check = ro.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw damaged(new Error(String(check)));
  } catch (e) {
    if (e instanceof DatabaseRefusedError) throw e;
    throw damaged(e);
  } finally {
    ro.close();
  }
}

/**
 * Crossing's files carry its application_id. Before that, a file is Crossing's
 * when it has Crossing's first tables at a version Crossing knows; an empty database (no
 * tables, version 0) is a workspace not yet started. Anything else belongs to another program.
 */
function refuseForeign(ro: Db, version: number, latest: number): void {
  const appId = ro.pragma('application_id', { simple: true }) as number;
  if (appId === CROSSING_APPLICATION_ID) return;
  // Refused as newer, and left untouched, just the same.
  if (appId === 0 && version > latest) return;
  const tables = new Set(
    ro.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all(),
  );
  if (appId === 0 && version === 0 && tables.size === 0) return;
  const older = version >= 1 && tables.has('projects') && tables.has('history_events');
  if (appId === 0 && older) return;
  throw new DatabaseRefusedError(
    'foreign',
    'The file in the data folder was not written by Crossing: it belongs to another program ' +
      `(SQLite application id ${appId}, schema ${version}). Crossing left it exactly as it ` +
      'was. Move it elsewhere, or choose another data folder.',
  );
}

/** Sets the application id once; the file was already inspected and found to be Crossing's. */
function markAsCrossings(db: Db): void {
  if (db.pragma('application_id', { simple: true }) === CROSSING_APPLICATION_ID) return;
  db.pragma(`application_id = ${CROSSING_APPLICATION_ID}`);
  if (db.pragma('application_id', { simple: true }) !== CROSSING_APPLICATION_ID)
    throw new Error('SQLite did not keep the application id');
}

/** The refusal of a file that failed its integrity check (`e`: what SQLite said). */
export function damaged(e: unknown): DatabaseRefusedError {
  const detail = e instanceof Error ? e.message : String(e);
  return new DatabaseRefusedError(
    'damaged',
    `The data file failed its integrity check and was left untouched (${detail}).`,
    detail,
  );
}

/**
 * WAL for concurrent reads during writes; synchronous=FULL because better-sqlite3's WAL
 * default (NORMAL) can lose the last commits on power loss; foreign keys for cascades.
 * Each is read back: a pragma that silently did not take would void our promises.
 */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const expect: [string, unknown][] = [
    ['journal_mode', 'wal'],
    ['synchronous', 2],
    ['foreign_keys', 1],
    ['busy_timeout', 5000],
  ];
  for (const [name, want] of expect) {
    const got = db.pragma(name, { simple: true });
    if (got !== want)
      throw new Error(`SQLite pragma ${name} is ${String(got)}, expected ${String(want)}`);
  }
}

export function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

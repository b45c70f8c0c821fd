import Database from 'better-sqlite3';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isCode } from '../database/openDatabase';
import { sqliteOptions } from '../database/sqliteBinding';

/** The lock itself: an exclusive SQLite (OS) lock on this file, held while the folder is open. */
export const LOCK_DATABASE = '.lock.sqlite';
/** Who holds the lock (process, host, since): information for the refusal message only. */
export const LOCK_FILE = 'crossing.lock';

/** How long a host waits for a lock another host is taking at the same moment. */
const LOCK_WAIT_MS = 300;

export class WorkspaceLockedError extends Error {
  constructor(
    readonly holder: LockInfo | null,
    lockPath: string,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.host}, since ${holder.since}`
      : 'a process that did not say which';
    super(
      `This workspace is already open in another Crossing window or host (${who}). Close it ` +
        'first: two writers on one file could lose changes. The lock is the operating ' +
        `system's lock on ${lockPath}, which ends with the process that holds it: if no ` +
        'Crossing is running on this folder, close the program that has that file open. ' +
        'Deleting the file does not help and is unsafe while Crossing runs.',
    );
    this.name = 'WorkspaceLockedError';
  }
}

export interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/**
 * One writer per data folder, across processes (Electron adds its own single-instance lock on
 * top). The lock is an exclusive transaction on `.lock.sqlite`, held open for as long as the
 * folder is: taking it is atomic (two hosts started together cannot both get it), and the
 * operating system drops it when its process ends, however it ends, so a lock is never stale
 * (a reboot, a reused process id, a container's new host name change nothing). `crossing.lock`
 * only says who holds it, for the message a refused host shows.
 */
export function acquireWorkspaceLock(dir: string): () => void {
  const lockPath = join(dir, LOCK_DATABASE);
  const lock = new Database(lockPath, sqliteOptions({ timeout: LOCK_WAIT_MS }));
  try {
    lock.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    lock.close();
    if (isCode(e, 'SQLITE_BUSY')) throw new WorkspaceLockedError(readHolder(dir), lockPath);
    throw e;
  }
  writeHolder(dir);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    rmSync(join(dir, LOCK_FILE), { force: true }); // before the lock ends: it names us
    try {
      lock.exec('ROLLBACK');
    } finally {
      lock.close();
    }
  };
  process.on('exit', release);
  return release;
}

/** Written by temp file and rename, so a reader sees the whole note or the previous one. */
function writeHolder(dir: string): void {
  const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const temp = join(dir, `${LOCK_FILE}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, JSON.stringify(info));
    renameSync(temp, join(dir, LOCK_FILE));
  } catch {
    rmSync(temp, { force: true }); // the note is a courtesy: the lock is held regardless
  }
}

function readHolder(dir: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as Partial<LockInfo>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? { pid: parsed.pid, host: parsed.host, since: String(parsed.since) }
      : null;
  } catch {
    return null; // not written yet, or not ours: the OS lock decides, not this note
  }
}

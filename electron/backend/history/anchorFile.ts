import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { backupPath, listBackups } from '../backups/backupSet';
import { sqliteOptions } from '../database/sqliteBinding';
import { HistoryRepository } from '../repositories/historyRepository';

// The head of the history chain (its sequence number and seal), kept in a small file beside the
// data file and rewritten after each change. The chain inside the file shows any edited or
// reordered event; only this anchor outside it shows that the newest events were removed (the
// chain that is left is still intact). Issue 7, item 5.

export const ANCHOR_FILE = 'history-anchor.json';

export interface ChainHead {
  seq: number;
  hash: string;
}

/** How the chain in the file compares with an anchor kept outside it. */
export interface AnchorCheck {
  /** Where the anchor is kept (a path), for the message. */
  source: string;
  anchor: ChainHead | null;
  agrees: boolean;
  message: string;
}

/** The anchor in `path`; null when there is none; 'unreadable' when it is not an anchor. */
export function readAnchor(path: string): ChainHead | null | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Partial<ChainHead>;
    return Number.isInteger(parsed.seq) && typeof parsed.hash === 'string'
      ? { seq: parsed.seq as number, hash: parsed.hash }
      : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/**
 * Temp file and rename: a reader sees the old anchor or the new one. Not flushed to disk: after
 * a power cut the anchor may be one change behind the file, which still agrees (the chain
 * contains it); it can never be ahead of what was committed, as it is written after the commit.
 */
export function writeAnchor(path: string, head: ChainHead): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify({ seq: head.seq, hash: head.hash })}\n`);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Whether the chain still holds `anchor`: the event at its seq exists and has its seal. */
export function checkAgainst(
  history: HistoryRepository,
  source: string,
  anchor: ChainHead | null | 'unreadable',
): AnchorCheck {
  if (anchor === null)
    return { source, anchor: null, agrees: true, message: `No anchor is kept at ${source}.` };
  if (anchor === 'unreadable')
    return {
      source,
      anchor: null,
      agrees: false,
      message: `The history anchor at ${source} is not readable, so removed changes could go unnoticed.`,
    };
  const head = history.head();
  if (anchor.seq > head.seq)
    return {
      source,
      anchor,
      agrees: false,
      message:
        `The history ends at change #${head.seq}, but the anchor at ${source} records change ` +
        `#${anchor.seq}: the newest ${anchor.seq - head.seq} recorded change(s) were removed.`,
    };
  if (history.hashAt(anchor.seq) !== anchor.hash)
    return {
      source,
      anchor,
      agrees: false,
      message: `Change #${anchor.seq} no longer has the seal the anchor at ${source} records: the history was rewritten.`,
    };
  return {
    source,
    anchor,
    agrees: true,
    message: `The anchor at ${source} (change #${anchor.seq}) agrees.`,
  };
}

/**
 * Keeps the anchor of one open workspace: written when there is none yet (a new workspace, or
 * one from before anchors), moved forward after each change, and never moved while the chain
 * no longer holds it, so a removal stays visible to every later check. `rewind` is for the one
 * legitimate step back: a restored backup.
 */
export class AnchorKeeper {
  private last: ChainHead | null = null;

  constructor(
    private readonly history: HistoryRepository,
    readonly path: string,
    private readonly log: (e: unknown) => void,
  ) {
    const found = readAnchor(path);
    if (found === null) this.rewind();
    else if (found !== 'unreadable') this.last = found;
  }

  /** After a call: writes the new head if the chain moved on from the anchor (and holds it). */
  sync(): void {
    try {
      const head = this.history.head();
      const last = this.last;
      if (last === null || (last.seq === head.seq && last.hash === head.hash)) return;
      if (last.seq > head.seq || this.history.hashAt(last.seq) !== last.hash) return;
      writeAnchor(this.path, head);
      this.last = head;
    } catch (e) {
      this.log(e); // the change is committed; a missing anchor update is reported by verify
    }
  }

  /** Anchors the chain as it is now (a new workspace, a restored backup). */
  rewind(): void {
    try {
      const head = this.history.head();
      writeAnchor(this.path, head);
      this.last = head;
    } catch (e) {
      this.log(e);
    }
  }

  check(): AnchorCheck {
    return checkAgainst(this.history, this.path, readAnchor(this.path));
  }
}

/**
 * The newest backup is a second anchor: its chain head must still be in the chain, unless a
 * restore came after it (a restore legitimately leaves later backups off the chain). Catches a
 * removal even when the anchor file was removed with it. Null when there is nothing to compare.
 */
export function checkNewestBackup(
  history: HistoryRepository,
  backupDir: string,
): AnchorCheck | null {
  // A before-restore copy holds the history a restore then set aside: never an anchor.
  const newest = listBackups(backupDir).find((b) => b.kind !== 'before-restore');
  if (!newest) return null;
  const restoredAt = history.lastRestoreAt();
  if (restoredAt !== null && newest.createdAt <= restoredAt) return null;
  const path = backupPath(backupDir, newest.name);
  let head: ChainHead;
  try {
    const db = new Database(path, sqliteOptions({ readonly: true, fileMustExist: true }));
    try {
      head = new HistoryRepository(db).head();
    } finally {
      db.close();
    }
  } catch {
    return null; // an unreadable backup says nothing about this chain (backups.list shows it)
  }
  return checkAgainst(history, `the backup ${path}`, head);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../database/openDatabase';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../workspace/openWorkspace';

/** The clock every test workspace runs on, so timestamps in assertions are predictable. */
export const FIXED_NOW = new Date('2026-03-14T09:26:53.589Z');

/** A fresh temp folder (removed by the returned function). */
export function makeTempDir(prefix = 'crossing-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TempWorkspace extends Workspace {
  dataDir: string;
  /** The open connection; throws when the workspace was refused (use `info.workspace` then). */
  openDb: () => Db;
  /** Closes the workspace and removes its folder. Safe to call twice. */
  dispose: () => void;
}

/**
 * Opens a workspace on a real SQLite file in a new temp folder (or in `dataDir` when given,
 * which is then not removed), with a fixed clock and actor. `info` and `db` follow the
 * workspace's current state (after a reopen or a restore).
 */
export function openTempWorkspace(
  opts: Partial<Omit<WorkspaceOptions, 'dataDir'>> & { dataDir?: string } = {},
): TempWorkspace {
  const temp = opts.dataDir === undefined ? makeTempDir() : null;
  const dataDir = opts.dataDir ?? temp?.dir ?? '';
  const ws = openWorkspace({
    host: 'test',
    actor: 'tester',
    now: () => FIXED_NOW,
    ...opts,
    dataDir,
  });
  let disposed = false;
  return {
    get info() {
      return ws.info;
    },
    get db() {
      return ws.db;
    },
    dispatch: ws.dispatch,
    reports: ws.reports,
    maintain: ws.maintain,
    idle: ws.idle,
    close: ws.close,
    dataDir,
    openDb: () => {
      if (!ws.db) throw new Error(`Workspace refused: ${JSON.stringify(ws.info.workspace)}`);
      return ws.db;
    },
    dispose: () => {
      if (disposed) return;
      disposed = true;
      ws.close();
      temp?.remove();
    },
  };
}

/**
 * SQLite's count of rows inserted, updated or deleted on this connection since it opened:
 * unchanged across a call means the call wrote nothing.
 */
export function totalChanges(db: Db): number {
  return db.prepare<[], number>('SELECT total_changes()').pluck().get() ?? 0;
}

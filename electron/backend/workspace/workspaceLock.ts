import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'crossing.lock';

export class WorkspaceLockedError extends Error {
  constructor(readonly holderPid: number) {
    super(
      `This workspace is already open in another Crossing window or host (process ${holderPid}). ` +
        'Close it first: two writers on one file could lose changes.',
    );
    this.name = 'WorkspaceLockedError';
  }
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/**
 * One writer per data folder, across hosts (Electron adds its own single-instance lock on top).
 * A lock left by a process that no longer runs on this machine is taken over.
 */
export function acquireWorkspaceLock(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      const info: LockInfo = {
        pid: process.pid,
        host: hostname(),
        since: new Date().toISOString(),
      };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(file);
      if (holder && holder.host === hostname() && isAlive(holder.pid))
        throw new WorkspaceLockedError(holder.pid);
      if (holder && holder.host !== hostname()) throw new WorkspaceLockedError(holder.pid);
      unlinkSync(file); // stale: its process is gone
    }
  }
  throw new Error('Could not take the workspace lock');
}

function readHolder(file: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? { pid: parsed.pid, host: parsed.host, since: String(parsed.since) }
      : null;
  } catch {
    return null; // half-written or garbage: treat as stale
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

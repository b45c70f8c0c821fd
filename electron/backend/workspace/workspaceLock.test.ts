import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { makeTempDir, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { LOCK_DATABASE, LOCK_FILE } from './workspaceLock';

let tmp: ReturnType<typeof makeTempDir>;
const open: TempWorkspace[] = [];
const openHere = () => {
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  open.push(ws);
  return ws;
};
const lockFile = () => join(tmp.dir, LOCK_FILE);

beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
  tmp.remove();
});

/** The pid of a process that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(child.status).toBe(0);
  return child.pid;
}

describe('the workspace lock', () => {
  it('refuses a second open of the same folder; the first keeps working', async () => {
    const first = openHere();
    const second = openHere();
    expect(second.info.workspace).toMatchObject({
      state: 'refused',
      reason: 'locked',
      message: expect.stringContaining(`process ${process.pid}`),
    });
    expect(await second.dispatch('projects.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    second.close(); // closing the refused one must not release the first one's lock

    const p = await callOk(first.dispatch, 'projects.create', projectInput());
    expect(await callOk(first.dispatch, 'projects.get', { id: p.id })).toEqual(p);
    expect(openHere().info.workspace).toMatchObject({ reason: 'locked' });
  });

  it('records who holds it', () => {
    openHere();
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
  });

  it('is released on close, so the folder opens again', async () => {
    const first = openHere();
    const p = await callOk(first.dispatch, 'projects.create', projectInput());
    first.close();
    expect(existsSync(lockFile())).toBe(false);
    const again = openHere();
    expect(again.info.workspace).toEqual({ state: 'ready' });
    expect(await callOk(again.dispatch, 'projects.get', { id: p.id })).toEqual(p);
  });

  it('takes over a stale lock left by a process that no longer runs', () => {
    const stale = { pid: deadPid(), host: hostname(), since: '2026-01-01T00:00:00.000Z' };
    writeFileSync(lockFile(), JSON.stringify(stale));
    expect(openHere().info.workspace).toEqual({ state: 'ready' });
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('takes over a half-written lock file', () => {
    writeFileSync(lockFile(), '{"pid": 12');
    expect(openHere().info.workspace).toEqual({ state: 'ready' });
  });

  it('takes over a lock note whose process id now belongs to another process (a reboot)', () => {
    // Process 1 always runs: after a reboot or in a container, a stale note often names it.
    const stale = { pid: 1, host: hostname(), since: '2026-01-01T00:00:00.000Z' };
    writeFileSync(lockFile(), JSON.stringify(stale));
    expect(openHere().info.workspace).toEqual({ state: 'ready' });
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('takes over a lock note left on another host name (a container started again)', () => {
    const remote = { pid: deadPid(), host: `${hostname()}-other`, since: '2026-01-01T00:00:00Z' };
    writeFileSync(lockFile(), JSON.stringify(remote));
    expect(openHere().info.workspace).toEqual({ state: 'ready' });
  });

  it('names the holder and the lock file, and says how to clear it, when refused', () => {
    openHere();
    const message = openHere().info.workspace;
    expect(message).toMatchObject({ state: 'refused', reason: 'locked' });
    const text = (message as { message: string }).message;
    expect(text).toContain(`process ${process.pid}`);
    expect(text).toContain(join(tmp.dir, LOCK_DATABASE));
    expect(text).toMatch(/close the program that has that file open/);
  });
});

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { DATABASE_FILE } from './dataDir';

// Issue 7, item 7: what a crash or another program leaves behind, met at the next start.

const ROOT = resolve(import.meta.dirname, '../../..');
let tmp: ReturnType<typeof makeTempDir>;
let file: string;
beforeEach(() => {
  tmp = makeTempDir();
  file = join(tmp.dir, DATABASE_FILE);
});
afterEach(() => tmp.remove());

it('removes the staged copy a restore killed midway left behind, and keeps the data', async () => {
  const first = openTempWorkspace({ dataDir: tmp.dir });
  const p = await callOk(first.dispatch, 'projects.create', projectInput());
  first.close();
  // A kill between staging the backup and renaming it over the data file leaves exactly this.
  writeFileSync(`${file}.restoring`, 'a staged backup copy');

  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    expect(ws.info.workspace).toEqual({ state: 'ready' });
    expect(existsSync(`${file}.restoring`)).toBe(false);
    expect((await callOk(ws.dispatch, 'projects.list', {})).map((x) => x.id)).toEqual([p.id]);
  } finally {
    ws.close();
  }
});

it('says the data file is busy, not INTERNAL, when another program holds a write on it', async () => {
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Before' }));
    // Another program (a database browser, a sync tool) holding a write transaction.
    const other = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(process.argv[1] + '/node_modules/better-sqlite3');
         const db = new D(process.argv[2]); db.exec('BEGIN IMMEDIATE');
         process.stdout.write('holding\\n'); setInterval(() => {}, 1000);`,
        ROOT,
        file,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((r) => other.stdout.once('data', () => r()));
    try {
      const r = await ws.dispatch('projects.create', projectInput({ name: 'During' }));
      expect(r).toMatchObject({ ok: false, error: { code: 'BUSY' } });
      expect(r.ok ? '' : r.error.message).toMatch(/another program/);
    } finally {
      other.kill('SIGKILL');
    }
    const names = (await callOk(ws.dispatch, 'projects.list', {})).map((x) => x.name);
    expect(names).toEqual(['Before']);
  } finally {
    ws.close();
  }
}, 20_000);

it('does not open an empty (0-byte) data file as an empty workspace: it says so and sets it aside', () => {
  writeFileSync(file, '');
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    const state = ws.info.workspace;
    expect(state, JSON.stringify(state)).toMatchObject({ state: 'refused', reason: 'damaged' });
    expect((state as { message: string }).message).toMatch(/empty \(0 bytes\)/);
    const folder = (state as { quarantinedTo: string }).quarantinedTo;
    expect(readdirSync(folder)).toContain(DATABASE_FILE);
  } finally {
    ws.close();
  }
  // Starting again then opens an empty workspace, as after any quarantine.
  const again = openTempWorkspace({ dataDir: tmp.dir });
  expect(again.info.workspace).toEqual({ state: 'ready' });
  again.close();
});

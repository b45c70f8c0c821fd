import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleChild } from '../testing/bundleChild';
import { callOk } from '../testing/calls';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { DATABASE_FILE } from './dataDir';

// Issue 7, items 1 and 7: a host killed at a random moment while it restores a backup. The next
// start opens the data (restored or not), leaves no staged copy behind, and never takes what
// the kill left for damage. `npm run test:crash` runs more kills.

const KILLS = 8;

let child: { path: string; remove: () => void };
beforeAll(async () => {
  child = await bundleChild('restoreChild.ts');
});
afterAll(() => child.remove());

function restoreAndKill(dir: string): Promise<string> {
  const proc = spawn(process.execPath, [child.path, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  proc.stdout.setEncoding('utf8').once('data', () => {
    setTimeout(() => proc.kill('SIGKILL'), Math.random() * 150);
  });
  const giveUp = setTimeout(() => proc.kill('SIGKILL'), 15_000);
  return new Promise((done) =>
    proc.on('close', () => {
      clearTimeout(giveUp);
      done(stderr);
    }),
  );
}

it(`opens the data after ${KILLS} kills during restores, with no staged copy left`, async () => {
  const tmp = makeTempDir();
  try {
    for (let k = 0; k < KILLS; k++) {
      expect(await restoreAndKill(tmp.dir)).toBe('');
      const ws = openTempWorkspace({ dataDir: tmp.dir });
      try {
        expect(ws.info.workspace, `kill ${k}`).toEqual({ state: 'ready' });
        expect(existsSync(join(tmp.dir, `${DATABASE_FILE}.restoring`))).toBe(false);
        const names = (await callOk(ws.dispatch, 'projects.list', {})).map((p) => p.name);
        expect(names).toContain('Kept through restores');
      } finally {
        ws.close();
      }
    }
    expect(existsSync(join(tmp.dir, 'quarantine'))).toBe(false);
  } finally {
    tmp.remove();
  }
}, 120_000);

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, expect, it } from 'vitest';
import { bundleChild } from '../testing/bundleChild';
import { overlappingWriters, raceHosts, startHost } from '../testing/startHosts';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { callOk } from '../testing/calls';
import { LOCK_FILE } from './workspaceLock';

// Issue 7, item 2: two hosts must never both become writers of one folder, whatever the timing.
// Real processes, started at the same moment; the benchmark version (npm run test:crash) runs
// many more trials.

let child: { path: string; remove: () => void };
let tmp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  child = await bundleChild('hostChild.ts');
});
afterAll(() => child.remove());
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

it('refuses the folder while another process holds it, even when its lock file reads empty', async () => {
  let opened!: () => void;
  const ready = new Promise<void>((r) => (opened = r));
  const holder = startHost(child.path, tmp.dir, 0, 20_000, (line) => {
    if (line.wrote !== undefined) opened();
  });
  try {
    await ready;
    // What a host that has just created its lock file, and not yet written it, leaves behind.
    writeFileSync(join(tmp.dir, LOCK_FILE), '');
    const ws = openTempWorkspace({ dataDir: tmp.dir });
    try {
      expect(ws.info.workspace).toMatchObject({ state: 'refused', reason: 'locked' });
    } finally {
      ws.close();
    }
  } finally {
    holder.proc.kill('SIGKILL');
    await holder.done;
  }
});

const TRIALS = 8;
const HOSTS = 3;

it(`never lets two of ${HOSTS} hosts started together write at once, in ${TRIALS} trials`, async () => {
  const acked: string[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const outcomes = await raceHosts(child.path, tmp.dir, HOSTS);
    for (const o of outcomes) expect(o.stderr).toBe('');
    // A host may become the writer after another closed (it waits briefly for the lock), but
    // never while another one is the writer.
    expect(overlappingWriters(outcomes), `trial ${trial}: ${JSON.stringify(outcomes)}`).toEqual([]);
    const writers = outcomes.filter((o) => o.state === 'ready');
    expect(writers.length).toBeGreaterThanOrEqual(1);
    for (const o of outcomes.filter((x) => x.state !== 'ready'))
      expect(o.reason, JSON.stringify(o)).toBe('locked');
    for (const w of writers) {
      expect(w.wrote).toBe(true);
      acked.push(`Written by ${w.pid}`);
    }
  }
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    const names = (await callOk(ws.dispatch, 'projects.list', {})).map((p) => p.name).sort();
    expect(names).toEqual(acked.sort());
  } finally {
    ws.close();
  }
}, 90_000);

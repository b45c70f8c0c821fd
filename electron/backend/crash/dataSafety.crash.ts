import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, test } from 'vitest';
import { markdownTable } from '../bench/benchTools';
import { callOk } from '../testing/calls';
import { bundleChild } from '../testing/bundleChild';
import { leaveHotJournal } from '../testing/hotJournal';
import { overlappingWriters, raceHosts } from '../testing/startHosts';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { killDuringUpgrade, timeToUpgrade, writePreviousVersionFile } from '../testing/upgradeKill';
import { writeAndKill } from '../testing/writeAndKill';
import { DATABASE_FILE } from '../workspace/dataDir';

// `npm run test:crash`: the data-safety scenarios of issue 7 run many times with real processes
// and SIGKILL, printing their figures (never part of `npm test`, which runs a short version of
// each). CROSSING_CRASH_SCALE=0.2 runs a fifth of the cycles. Every figure that counts a failure
// should read 0.

const SCALE = Number(process.env.CROSSING_CRASH_SCALE ?? '1');
const n = (cycles: number) => Math.max(1, Math.round(cycles * SCALE));

const rows: string[][] = [];
const record = (scenario: string, cycles: number, figure: string, value: number | string) =>
  rows.push([scenario, String(cycles), figure, String(value)]);

let writer: { path: string; remove: () => void };
let host: { path: string; remove: () => void };
let restorer: { path: string; remove: () => void };
beforeAll(async () => {
  restorer = await bundleChild('restoreChild.ts');
  writer = await bundleChild('killWriter.ts');
  host = await bundleChild('hostChild.ts');
}, 180_000); // three Vite bundles: slow on a busy machine
afterAll(() => {
  // Set by beforeAll; absent when it failed.
  for (const bundle of [writer, host, restorer] as ({ remove: () => void } | undefined)[])
    bundle?.remove();
  console.log(
    `\nData safety under crashes (issue 7)\n\n${markdownTable([
      ['scenario', 'cycles', 'figure', 'value'],
      ...rows,
    ])}\n`,
  );
});

/** Opens the folder as the next start does: its state and its project names. */
async function nextStart(dir: string): Promise<{ state: string; names: string[] }> {
  const ws = openTempWorkspace({ dataDir: dir, log: () => {} });
  try {
    const s = ws.info.workspace;
    if (s.state !== 'ready') return { state: `${s.reason}: ${s.message}`, names: [] };
    const list = await callOk(ws.dispatch, 'projects.list', {});
    return { state: 'ready', names: list.map((p) => p.name) };
  } finally {
    ws.close();
  }
}

test('SIGKILL during writes', async () => {
  const cycles = n(100);
  const tmp = makeTempDir();
  let acked = 0;
  let lost = 0;
  let notReady = 0;
  try {
    const all = new Set<string>();
    for (let i = 0; i < cycles; i++) {
      const run = await writeAndKill(writer.path, tmp.dir, `run ${i}`, 5, 40);
      run.acked.forEach((id) => all.add(id));
      acked += run.acked.length;
      const ws = openTempWorkspace({ dataDir: tmp.dir, log: () => {} });
      try {
        if (ws.info.workspace.state !== 'ready') {
          notReady++;
          continue;
        }
        const stored = new Set((await callOk(ws.dispatch, 'projects.list', {})).map((p) => p.id));
        lost = [...all].filter((id) => !stored.has(id)).length;
      } finally {
        ws.close();
      }
    }
  } finally {
    tmp.remove();
  }
  record('kill during writes', cycles, 'acknowledged writes', acked);
  record('kill during writes', cycles, 'acknowledged writes lost', lost);
  record('kill during writes', cycles, 'next starts not ready', notReady);
}, 600_000);

test('SIGKILL during the upgrade of a previous-version file', async () => {
  const cycles = n(90);
  const templateDir = makeTempDir();
  const template = join(templateDir.dir, 'previous.sqlite');
  const projects = 1500;
  writePreviousVersionFile(template, projects);
  const tmp = makeTempDir();
  let quarantined = 0;
  let notReady = 0;
  let rowsLost = 0;
  let killedBeforeOpen = 0;
  try {
    // Kill moments spread over the host's whole start: process start, backup, upgrade, open.
    const whole = await timeToUpgrade(host.path, template, tmp.dir);
    record('kill during upgrade', cycles, 'time from start to open (ms)', whole);
    for (let i = 0; i < cycles; i++) {
      const out = await killDuringUpgrade(
        host.path,
        template,
        tmp.dir,
        Math.random() * whole * 1.1,
        async (dir) => {
          const next = await nextStart(dir);
          return { state: next.state, projects: next.names.length };
        },
      );
      if (!out.childOpened) killedBeforeOpen++;
      if (out.quarantined) quarantined++;
      if (out.state !== 'ready') notReady++;
      else if (out.projects < projects) rowsLost++;
    }
  } finally {
    tmp.remove();
    templateDir.remove();
  }
  record('kill during upgrade', cycles, 'killed before the upgrade ended', killedBeforeOpen);
  record('kill during upgrade', cycles, 'healthy files quarantined', quarantined);
  record('kill during upgrade', cycles, 'next starts not ready', notReady);
  record('kill during upgrade', cycles, 'starts missing rows', rowsLost);
}, 600_000);

test('a crash that leaves a hot rollback journal', async () => {
  const cycles = n(30);
  let recovered = 0;
  for (let i = 0; i < cycles; i++) {
    const tmp = makeTempDir();
    try {
      const ws = openTempWorkspace({ dataDir: tmp.dir });
      await ws.dispatch('projects.create', { name: 'Kept', kind: 'llm', stage: 'poc' });
      ws.close();
      await leaveHotJournal(join(tmp.dir, DATABASE_FILE));
      const next = await nextStart(tmp.dir);
      if (
        next.state === 'ready' &&
        next.names.join() === 'Kept' &&
        !existsSync(join(tmp.dir, 'quarantine'))
      )
        recovered++;
    } finally {
      tmp.remove();
    }
  }
  record('hot journal left by a crash', cycles, 'recovered with the data', recovered);
  record('hot journal left by a crash', cycles, 'quarantined or not ready', cycles - recovered);
}, 600_000);

test('several hosts started together on one folder', async () => {
  const trials = n(100);
  const hosts = 3;
  const tmp = makeTempDir();
  let overlapped = 0;
  let noWriter = 0;
  let otherRefusals = 0;
  let lost = 0;
  const written: string[] = [];
  try {
    for (let t = 0; t < trials; t++) {
      const outcomes = await raceHosts(host.path, tmp.dir, hosts, 300);
      if (overlappingWriters(outcomes).length > 0) overlapped++;
      const writers = outcomes.filter((o) => o.state === 'ready');
      if (writers.length === 0) noWriter++;
      otherRefusals += outcomes.filter((o) => o.state !== 'ready' && o.reason !== 'locked').length;
      for (const w of writers) if (w.wrote) written.push(`Written by ${w.pid}`);
    }
    const names = new Set((await nextStart(tmp.dir)).names);
    lost = written.filter((w) => !names.has(w)).length;
  } finally {
    tmp.remove();
  }
  const label = `${hosts} hosts started together`;
  record(label, trials, 'trials with two writers at once', overlapped);
  record(label, trials, 'trials with no writer', noWriter);
  record(label, trials, 'refusals other than "locked"', otherRefusals);
  record(label, trials, 'acknowledged writes lost', lost);
}, 900_000);

test('SIGKILL during restores', async () => {
  const cycles = n(30);
  const tmp = makeTempDir();
  let leftover = 0;
  let notReady = 0;
  let lostProject = 0;
  let childErrors = 0;
  try {
    for (let i = 0; i < cycles; i++) {
      const child = spawn(process.execPath, [restorer.path, tmp.dir], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      // Killed after its first restore, at a random moment of a later one.
      child.stdout.setEncoding('utf8').once('data', () => {
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 150);
      });
      const giveUp = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await new Promise((done) => child.on('close', done));
      clearTimeout(giveUp);
      if (stderr !== '') {
        childErrors++;
        if (process.env.CROSSING_CRASH_VERBOSE) console.log(stderr);
      }
      const next = await nextStart(tmp.dir);
      if (existsSync(join(tmp.dir, `${DATABASE_FILE}.restoring`))) leftover++;
      if (next.state !== 'ready') {
        notReady++;
        if (process.env.CROSSING_CRASH_VERBOSE) console.log(next.state);
      } else if (!next.names.includes('Kept through restores')) lostProject++;
    }
  } finally {
    tmp.remove();
  }
  record('kill during restores', cycles, 'staged copies left after the next start', leftover);
  record('kill during restores', cycles, 'next starts not ready', notReady);
  record('kill during restores', cycles, 'starts without the data', lostProject);
  record('kill during restores', cycles, 'restoring host errors', childErrors);
}, 900_000);

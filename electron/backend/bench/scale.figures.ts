import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import type { Channel, InputOf } from '../../../shared/api/contract';
import { call } from '../dispatch/dispatch';
import { makeTempDir } from '../testing/tempWorkspace';
import { openWorkspace, type Workspace } from '../workspace/openWorkspace';
import { fileMb, formatMs, markdownTable, medianOf, since } from './benchTools';

// `npm run bench` (second part): the backend figures of issue 12 at 1,000 and 10,000 projects
// (CROSSING_BENCH_SIZES=1000,10000 to change them). Each size gets a fresh workspace filled by
// `sample.create` (five final audits per project), then every figure is the median of a few
// runs through the same dispatch the app uses. Figures, not pass/fail: a busy 2-core machine
// makes them noisy, so the tests assert query plans and shapes instead.

// Jobs (history check, backups, integrity check) run on the built worker thread, as in the app.
const BUILT_WORKER = join(import.meta.dirname, '..', '..', '..', 'out', 'main', 'jobWorker.js');
if (existsSync(BUILT_WORKER)) process.env.CROSSING_JOB_WORKER ??= BUILT_WORKER;

const SIZES = (process.env.CROSSING_BENCH_SIZES ?? '1000,10000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);

interface Row {
  what: string;
  target: string;
  values: Map<number, string>;
}
const rows: Row[] = [];
function record(what: string, target: string, size: number, value: string): void {
  let row = rows.find((r) => r.what === what);
  if (!row) rows.push((row = { what, target, values: new Map() }));
  row.values.set(size, value);
}

const open = (dataDir: string): Workspace =>
  openWorkspace({ dataDir, host: 'test', actor: 'bench', now: () => new Date(), log: () => {} });

async function ok<C extends Channel>(ws: Workspace, channel: C, input: InputOf<C>) {
  const r = await call(ws.dispatch, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

let created = 0;
const newProject = () =>
  ({ name: `Bench project ${created++}`, kind: 'llm', stage: 'poc' }) as const;

async function measureSize(size: number, emptyCreate: number): Promise<void> {
  const dir = makeTempDir('crossing-bench-');
  try {
    let ws = open(dir.dir);
    let t = performance.now();
    await ok(ws, 'sample.create', { projects: size });
    record('`sample create --projects N`', 'seconds', size, formatMs(since(t)));
    ws.close();
    record('data file size', '', size, fileMb(`${dir.dir}/crossing.sqlite`));

    // The first open after the sample finds an automatic backup due (taken on the job thread).
    t = performance.now();
    ws = open(dir.dir);
    record('first open, backup due (host ready to answer)', '', size, formatMs(since(t)));
    await ws.idle();
    record('... and the automatic backup done (job thread)', '', size, formatMs(since(t)));
    ws.close();
    t = performance.now();
    ws = open(dir.dir);
    record('opening the file (host ready to answer)', 'app shown < 1 s', size, formatMs(since(t)));
    await ws.idle();
    record('... integrity check done (job thread; over 64 MiB)', '', size, formatMs(since(t)));

    const projects = await ok(ws, 'projects.list', {});
    const some = projects[Math.floor(projects.length / 2)];
    if (!some) throw new Error('no projects');
    record(
      '`projects.list`',
      '',
      size,
      formatMs(await medianOf(() => ok(ws, 'projects.list', {}), { runs: 5 })),
    );
    record(
      '`audits.latestFinal`',
      size <= 1000 ? '< 30 ms' : '< 300 ms',
      size,
      formatMs(
        await medianOf(() => ok(ws, 'audits.latestFinal', {}), { runs: 5, budgetMs: 5_000 }),
      ),
    );
    record(
      '`portfolio.summary`',
      'the portfolio’s one request',
      size,
      formatMs(await medianOf(() => ok(ws, 'portfolio.summary', {}), { runs: 5 })),
    );
    record(
      '`audits.list` (one project)',
      '',
      size,
      formatMs(await medianOf(() => ok(ws, 'audits.list', { projectId: some.id }), { runs: 9 })),
    );
    record(
      '`history.list` (one project)',
      '',
      size,
      formatMs(
        await medianOf(() => ok(ws, 'history.list', { projectId: some.id, limit: 200 }), {
          runs: 9,
        }),
      ),
    );
    const create = await medianOf(() => ok(ws, 'projects.create', newProject()), { runs: 15 });
    record(
      '`projects.create`',
      '< 2x empty',
      size,
      `${formatMs(create)} (${(create / emptyCreate).toFixed(1)}x empty)`,
    );
    record(
      '`history.verify`',
      'off the request thread',
      size,
      formatMs(await medianOf(() => ok(ws, 'history.verify', {}), { runs: 3, budgetMs: 10_000 })),
    );
    // While a long job runs, the request thread still answers.
    const verifying = ok(ws, 'history.verify', {});
    t = performance.now();
    await ok(ws, 'projects.list', {});
    record('`projects.list` while `history.verify` runs', '', size, formatMs(since(t)));
    await verifying;
    t = performance.now();
    await ok(ws, 'backups.create', {});
    record('`backups.create`', 'off the request thread', size, formatMs(since(t)));
    ws.close();
  } finally {
    dir.remove();
  }
}

test('backend figures at scale', { timeout: 60 * 60 * 1000 }, async () => {
  const empty = makeTempDir('crossing-bench-');
  let emptyCreate: number;
  try {
    const ws = open(empty.dir);
    emptyCreate = await medianOf(() => ok(ws, 'projects.create', newProject()), { runs: 15 });
    ws.close();
  } finally {
    empty.remove();
  }
  for (const size of SIZES) await measureSize(size, emptyCreate);
  const header = ['what', ...SIZES.map((n) => `${n.toLocaleString('en')} projects`), 'target'];
  const table = [
    header,
    ['`projects.create` on an empty workspace', ...SIZES.map(() => formatMs(emptyCreate)), ''],
    ...rows.map((r) => [r.what, ...SIZES.map((n) => r.values.get(n) ?? '-'), r.target]),
  ];
  process.stdout.write(`\nBackend figures (medians; ${new Date().toISOString()})\n\n`);
  process.stdout.write(`${markdownTable(table)}\n\n`);
});

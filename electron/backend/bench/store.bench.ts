import { afterAll, bench, describe } from 'vitest';
import { ALL_PRACTICES } from '../../../shared/framework';
import { scoreOfAudit } from '../../../shared/domain/auditRules';
import { takeBackup } from '../backups/takeBackup';
import { call } from '../dispatch/dispatch';
import { ProjectsService } from '../services/projectsService';
import { createServiceContext } from '../services/ServiceContext';
import { openTempWorkspace } from '../testing/tempWorkspace';

// `npm run bench`: figures, not assertions (timings flake on a busy 2-core machine). What a
// user feels: the latency of one saved change (synchronous=FULL pays an fsync per commit),
// loading a portfolio, scoring an audit, verifying the whole history.

const ws = openTempWorkspace({ now: () => new Date() });
const big = openTempWorkspace({ now: () => new Date() });
afterAll(() => {
  ws.dispose();
  big.dispose();
});

let n = 0;
const projectIds: string[] = [];
let auditId = '';

async function seed(): Promise<void> {
  if (projectIds.length > 0) return;
  for (let i = 0; i < 300; i++) {
    const r = await call(ws.dispatch, 'projects.create', {
      name: `Seed ${i}`,
      kind: 'llm',
      stage: 'poc',
    });
    if (r.ok) projectIds.push(r.data.id);
  }
  const a = await call(ws.dispatch, 'audits.create', {
    projectId: projectIds[0]!,
    title: 'Bench',
    takenOn: '2026-01-05',
  });
  if (!a.ok) throw new Error(a.error.message);
  auditId = a.data.id;
}

describe('one saved change (transaction + history event + fsync)', () => {
  bench('projects.create', async () => {
    await call(ws.dispatch, 'projects.create', {
      name: `Project ${n++}`,
      kind: 'rag',
      stage: 'poc',
    });
  });
  bench(
    'audits.setPractice (workshop key press)',
    async () => {
      const p = ALL_PRACTICES[n++ % ALL_PRACTICES.length]!;
      await call(ws.dispatch, 'audits.setPractice', {
        auditId,
        practiceKey: p.key,
        answer: { kind: 'scored', level: 0.5 },
      });
    },
    { setup: seed },
  );
});

describe('reads', () => {
  bench(
    'projects.list (300+ projects)',
    async () => void (await call(ws.dispatch, 'projects.list', {})),
    { setup: seed },
  );
  bench(
    'audits.get + scoreOfAudit',
    async () => {
      const r = await call(ws.dispatch, 'audits.get', { id: auditId });
      if (r.ok) scoreOfAudit(r.data);
    },
    { setup: seed },
  );
  bench(
    'history.verify (whole chain)',
    async () => void (await call(ws.dispatch, 'history.verify', {})),
    {
      setup: seed,
      iterations: 5,
    },
  );
});

describe('backups', () => {
  const seedBig = () => {
    const db = big.openDb();
    if (db.prepare('SELECT count(*) FROM projects').pluck().get() !== 0) return;
    const projects = new ProjectsService(createServiceContext(db, 'bench'));
    db.transaction(() => {
      for (let i = 0; i < 700; i++)
        projects.create({
          name: `Big ${i}`,
          kind: 'llm',
          stage: 'poc',
          description: 'x'.repeat(300),
          owner: '',
          team: '',
          pocApprovedOn: null,
          targetOn: null,
        });
    })();
  };
  bench(
    'one verified backup (700 projects: VACUUM INTO, integrity_check, rename, retention)',
    () => void takeBackup(big.openDb(), `${big.dataDir}/backups`, 'manual', new Date()),
    { setup: seedBig, iterations: 10 },
  );
});

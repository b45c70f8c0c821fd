import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, InputOf } from '../../../shared/api/contract';
import { ALL_PRACTICES } from '../../../shared/framework';
import { callOk } from '../testing/calls';
import { fullScans, logQueries, type LoggedQuery } from '../testing/queryLog';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

// Issue 12: every read that serves a screen is linear or better in the data it returns, asks a
// constant number of queries per screen and uses an index where it filters or sorts. Asserted
// on query plans and on counts of rows the backend reads (never on wall-clock time, which
// `npm run bench` prints instead): the same screens on a workspace and on one twice its size.

/** Tables whose full scan on a screen's path would grow with the whole workspace. */
const NEVER_SCANNED = [
  'audits',
  'audit_practices',
  'audit_gaps',
  'history_events',
  'model_releases',
];
const SMALL = 30;
const LARGE = 2 * SMALL;

type Call = { [C in Channel]: [C, InputOf<C>] }[Channel];

interface Visit {
  queries: LoggedQuery[];
  rowsVisited: number;
}

interface Sized {
  ws: TempWorkspace;
  /** The same generated project (5 final audits) in both workspaces. */
  projectId: string;
  auditId: string;
  visit: (calls: Call[]) => Promise<Visit>;
}

async function sized(projects: number): Promise<Sized> {
  const ws = openTempWorkspace({ now: () => new Date('2026-03-14T09:00:00Z') });
  await callOk(ws.dispatch, 'sample.create', { projects });
  const list = await callOk(ws.dispatch, 'projects.list', {});
  const project = list.find((p) => p.name === 'Sample project 00021');
  if (!project) throw new Error('the sample has no project 21');
  const [audit] = await callOk(ws.dispatch, 'audits.list', { projectId: project.id });
  // Its 30-day plan, so the plan page reads real tasks.
  await callOk(ws.dispatch, 'plans.generate', { projectId: project.id });
  const db = ws.openDb();
  return {
    ws,
    projectId: project.id,
    auditId: audit?.id ?? '',
    visit: async (calls) => {
      const log = logQueries(db);
      try {
        for (const [channel, input] of calls) await callOk(ws.dispatch, channel, input as never);
        return { queries: log.queries, rowsVisited: log.rowsVisited };
      } finally {
        log.stop();
      }
    },
  };
}

/** What each screen asks of the backend, for one of the sized workspaces. */
const screens = (s: Sized, n: number): Record<string, Call[]> => ({
  'portfolio (projects, summary)': [
    ['projects.list', {}],
    ['portfolio.summary', {}],
  ],
  'audits.latestFinal': [['audits.latestFinal', {}]],
  'project page (project, audits, history)': [
    ['projects.get', { id: s.projectId }],
    ['audits.list', { projectId: s.projectId }],
    ['history.list', { projectId: s.projectId, limit: 200 }],
  ],
  'audit page': [['audits.get', { id: s.auditId }]],
  'plan page (plan, timeline, releases)': [
    ['plans.get', { projectId: s.projectId }],
    ['timeline.get', { projectId: s.projectId }],
    ['releases.list', { projectId: s.projectId }],
  ],
  'projects.create (unique-name check)': [
    ['projects.create', { name: `New project ${n}`, kind: 'rag', stage: 'poc' }],
  ],
});

/** Screens whose reads return the whole portfolio: allowed to grow linearly with it. */
const WHOLE_PORTFOLIO = ['portfolio (projects, summary)', 'audits.latestFinal'];

let small: Sized;
let large: Sized;
const visits = new Map<string, { small: Visit; large: Visit }>();

beforeAll(async () => {
  small = await sized(SMALL);
  large = await sized(LARGE);
  const a = screens(small, 1);
  const b = screens(large, 2);
  for (const name of Object.keys(a)) {
    visits.set(name, {
      small: await small.visit(a[name] ?? []),
      large: await large.visit(b[name] ?? []),
    });
  }
});
afterAll(() => {
  small.ws.dispose();
  large.ws.dispose();
});

describe('reads that serve a screen', () => {
  it.each(Object.keys(screens({} as Sized, 0)))(
    '%s: never scans audits, answers or history',
    (name) => {
      const db = large.ws.openDb();
      for (const q of visits.get(name)?.large.queries ?? []) {
        const scanned = fullScans(db, q).filter((t) => NEVER_SCANNED.includes(t));
        expect(scanned, q.sql.replace(/\s+/g, ' ')).toEqual([]);
      }
    },
  );

  it.each(Object.keys(screens({} as Sized, 0)))(
    '%s: the same number of queries for twice the projects',
    (name) => {
      const v = visits.get(name);
      expect(v?.large.queries.length).toBe(v?.small.queries.length);
    },
  );

  it.each(WHOLE_PORTFOLIO)('%s: twice the projects, at most about twice the rows read', (name) => {
    const v = visits.get(name);
    if (!v) throw new Error(name);
    expect(v.small.rowsVisited).toBeGreaterThan(0);
    // Linear: 2x the data reads ~2x the rows (a quadratic path reads ~4x).
    expect(v.large.rowsVisited).toBeLessThanOrEqual(2.3 * v.small.rowsVisited);
  });

  it.each(Object.keys(screens({} as Sized, 0)).filter((name) => !WHOLE_PORTFOLIO.includes(name)))(
    '%s: reads as many rows whatever the size of the portfolio',
    (name) => {
      const v = visits.get(name);
      expect(v?.large.rowsVisited).toBe(v?.small.rowsVisited);
    },
  );

  it('audits.latestFinal has no limit from the number of bound variables', () => {
    // Every query binds a fixed number of values; none binds one per audit or per project.
    const v = visits.get('audits.latestFinal');
    for (const q of v?.large.queries ?? []) expect(q.args.length).toBeLessThanOrEqual(1);
    const summary = visits.get('portfolio (projects, summary)');
    for (const q of summary?.large.queries ?? []) expect(q.args.length).toBeLessThanOrEqual(1);
  });
});

it('every practice key names its gap before the dot (the portfolio summary counts on it)', () => {
  for (const p of ALL_PRACTICES) expect(p.key.startsWith(`${p.gap}.`)).toBe(true);
});

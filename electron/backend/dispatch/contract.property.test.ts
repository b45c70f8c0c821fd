import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels';
import { contract, type Channel, type InputOf, type OutputOf } from '../../../shared/api/contract';
import { ERROR_CODES, type AppError, type Result } from '../../../shared/api/result';
import type { Project } from '../../../shared/domain/project';
import {
  createContractCtx,
  finishedReportJob,
  validInputs,
  type ContractCtx,
} from '../testing/contractArbitraries';
import { nearMisses } from '../testing/contractNearMisses';
import { planRoundTrips } from '../testing/planArbitraries';
import { checkpointRoundTrips } from '../testing/checkpointArbitraries';
import { historyCount } from '../testing/calls';
import { openTempWorkspace, totalChanges, type TempWorkspace } from '../testing/tempWorkspace';
import type { Dispatch } from './dispatch';

// For every channel of the contract: garbage and near misses are refused with a typed error and
// change nothing; valid input (unicode, emoji, texts at their exact limits) round-trips exactly.

// 50 keeps `npm test` quick; CONTRACT_RUNS=2000 soaks the generators against the schemas (a
// generator that strays outside its schema shows up as a rare, seed-dependent failure).
const RUNS = Number(process.env.CONTRACT_RUNS ?? 50);

let ws: TempWorkspace;
let ctx: ContractCtx;

beforeEach(async () => {
  ws = openTempWorkspace();
  ctx = createContractCtx(ws.openDb(), ws.dataDir);
  ctx.reportJobId = await finishedReportJob(ws.dispatch, ctx.projectId);
});
afterEach(() => ws.dispose());

const garbage = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withUnicodeString: true,
  }),
  fc.jsonValue(),
  fc.object({ maxDepth: 2 }),
);

function expectTypedError(error: AppError): void {
  expect(ERROR_CODES).toContain(error.code);
  expect(typeof error.message).toBe('string');
  expect(error.message.trim()).not.toBe('');
  expect(error.message).not.toMatch(/\n\s+at /); // no stack trace
}

/** Sends `input` and checks it is refused and wrote nothing; returns the error. */
async function refusedUnchanged(channel: Channel, input: unknown): Promise<AppError> {
  const db = ws.openDb();
  const changes = totalChanges(db);
  const events = historyCount(db);
  const r = await ws.dispatch(channel, input);
  expect(r.ok, `${channel} accepted ${safeJson(input)}`).toBe(false);
  const { error } = r as Extract<Result<unknown>, { ok: false }>;
  expectTypedError(error);
  expect(totalChanges(db)).toBe(changes);
  expect(historyCount(db)).toBe(events);
  return error;
}

/** The input as fast-check prints it (copes with bigint, null prototypes, cycles...). */
const safeJson = (v: unknown): string => fc.stringify(v).slice(0, 300);

describe.each(CHANNELS)('%s', (channel) => {
  it('refuses garbage with INVALID_INPUT and an issue path, writing nothing', async () => {
    const schema = contract[channel].input;
    await fc.assert(
      fc.asyncProperty(
        garbage.filter((v) => !schema.safeParse(v).success),
        async (input) => {
          const error = await refusedUnchanged(channel, input);
          expect(error.code).toBe('INVALID_INPUT');
          expect(error.issues?.length).toBeGreaterThan(0);
          for (const issue of error.issues ?? []) {
            expect(typeof issue.path).toBe('string');
            expect(issue.message).not.toBe('');
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses near misses with the right code and path, writing nothing', async () => {
    const arbitrary = nearMisses[channel];
    expect(arbitrary, `no near misses for ${channel} in contractNearMisses.ts`).toBeDefined();
    await fc.assert(
      fc.asyncProperty(arbitrary(ctx), async ({ input, code, path }) => {
        const error = await refusedUnchanged(channel, input);
        expect(error.code, safeJson(input)).toBe(code);
        if (path !== undefined) {
          expect(
            error.issues?.map((i) => i.path),
            safeJson(input),
          ).toEqual(error.issues?.map(() => path));
          expect(error.issues?.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts valid input and returns exactly what was given', async () => {
    const arbitrary = validInputs[channel] as (c: ContractCtx) => fc.Arbitrary<unknown>;
    expect(arbitrary, `no valid-input generator for ${channel}`).toBeDefined();
    const check = roundTrip[channel] as RoundTrip<Channel>;
    await fc.assert(
      fc.asyncProperty(arbitrary(ctx), async (input) => {
        const r = await ws.dispatch(channel, input);
        if (!r.ok) expect.fail(`${channel} refused ${safeJson(input)}: ${r.error.message}`);
        await check(input as never, r.data as never, ws.dispatch);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- What "round-trips" means, per channel -------------------------------------------------

type RoundTrip<C extends Channel> = (
  input: InputOf<C>,
  output: OutputOf<C>,
  dispatch: Dispatch,
) => void | Promise<void>;

const fetch = async <C extends Channel>(dispatch: Dispatch, c: C, input: InputOf<C>) => {
  const r = (await dispatch(c, input)) as Result<OutputOf<C>>;
  if (!r.ok) throw new Error(`${c}: ${r.error.message}`);
  return r.data;
};

/** Every field the caller gave comes back unchanged, and a fresh read returns the same. */
const expectFieldsKept = (given: object, got: object) =>
  expect(got).toMatchObject(JSON.parse(JSON.stringify(given)) as object);

const PROJECT_DEFAULTS = {
  description: '',
  owner: '',
  team: '',
  pocApprovedOn: null,
  targetOn: null,
};

const roundTrip: { [C in Channel]: RoundTrip<C> } = {
  'app.info': (_, info) => expect(info.workspace).toEqual({ state: 'ready' }),
  'projects.list': (_, list) => expect(list.map((p) => p.id)).toContain(ctx.projectId),
  'projects.get': (input, p) => expect(p.id).toBe(input.id),
  'projects.create': async (input, p, dispatch) => {
    expect(p).toEqual({
      ...PROJECT_DEFAULTS,
      ...input,
      id: p.id,
      archivedAt: null,
      createdAt: p.createdAt,
      updatedAt: p.createdAt,
    } satisfies Project);
    expect(await fetch(dispatch, 'projects.get', { id: p.id })).toEqual(p);
    // Free the name for the next run (names are unique among active projects).
    await fetch(dispatch, 'projects.delete', { id: p.id });
  },
  'projects.update': async (input, p, dispatch) => {
    expectFieldsKept(input.patch, p);
    expect(await fetch(dispatch, 'projects.get', { id: input.id })).toEqual(p);
  },
  'projects.archive': async (input, p, dispatch) => {
    expect(p.archivedAt).not.toBeNull();
    expect(await fetch(dispatch, 'projects.get', input)).toEqual(p);
  },
  'projects.unarchive': async (input, p, dispatch) => {
    expect(p.archivedAt).toBeNull();
    expect(await fetch(dispatch, 'projects.get', input)).toEqual(p);
  },
  'projects.delete': async (input, out, dispatch) => {
    expect(out).toEqual({ id: input.id });
    expect(await dispatch('projects.get', input)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  },
  'history.list': (input, events) => {
    expect(events.length).toBeLessThanOrEqual(input.limit ?? 200);
    for (const e of events) {
      if (input.entityId !== undefined) expect(e.entityId).toBe(input.entityId);
      if (input.projectId !== undefined) expect(e.projectId).toBe(input.projectId);
    }
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  },
  'history.verify': (_, v) => expect(v).toMatchObject({ ok: true, brokenAtSeq: null }),
  'audits.list': (input, audits) => {
    expect(audits.map((a) => a.id)).toEqual(expect.arrayContaining([ctx.draftAuditId]));
    for (const a of audits) expect(a.projectId).toBe(input.projectId);
  },
  'audits.latestFinal': (_, audits) => {
    expect(audits.map((a) => a.id)).toContain(ctx.finalAuditId);
    for (const a of audits) expect(a.status).toBe('final');
  },
  'audits.get': (input, a) => expect(a.id).toBe(input.id),
  'audits.create': async (input, a, dispatch) => {
    expect(a).toMatchObject({
      facilitator: '',
      participants: [],
      timerMinutes: 10,
      ...input,
      status: 'draft',
    });
    expect(await fetch(dispatch, 'audits.get', { id: a.id })).toEqual(a);
  },
  'audits.update': async (input, a, dispatch) => {
    expectFieldsKept(input.patch, a);
    expect(await fetch(dispatch, 'audits.get', { id: input.id })).toEqual(a);
  },
  'audits.setPractice': async (input, a, dispatch) => {
    const entry = a.practices[input.practiceKey];
    if (input.answer !== undefined) expect(entry?.answer).toEqual(input.answer ?? undefined);
    if (input.note !== undefined) expect(entry?.note).toBe(input.note);
    expect(await fetch(dispatch, 'audits.get', { id: input.auditId })).toEqual(a);
  },
  'audits.setGapMissing': async (input, a, dispatch) => {
    expect(a.missing[input.gapKey]).toBe(input.missing);
    expect(await fetch(dispatch, 'audits.get', { id: input.auditId })).toEqual(a);
  },
  'audits.finalize': async (input, a, dispatch) => {
    expect(a).toMatchObject({ id: input.id, status: 'final' });
    expect(await fetch(dispatch, 'audits.get', input)).toEqual(a);
  },
  'audits.copy': async (input, a, dispatch) => {
    expect(a).toMatchObject({ ...input, id: a.id, copiedFromId: input.id, status: 'draft' });
    expect(await fetch(dispatch, 'audits.get', { id: a.id })).toEqual(a);
  },
  'audits.delete': async (input, out, dispatch) => {
    expect(out).toEqual({ id: input.id });
    expect(await dispatch('audits.get', input)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  },
  'backups.list': (_, overview) => {
    expect(overview).toMatchObject({
      backupDir: join(ws.dataDir, 'backups'),
      quarantineDir: join(ws.dataDir, 'quarantine'),
      quarantine: [],
    });
    expect(overview.retention).toMatch(/keeps/);
    const times = overview.backups.map((b) => b.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  },
  'backups.create': async (_, b, dispatch) => {
    expect(b).toMatchObject({ kind: 'manual', name: expect.stringMatching(/^manual-/) });
    expect(b.sizeBytes).toBeGreaterThan(0);
    const { backups } = await fetch(dispatch, 'backups.list', {});
    expect(backups[0]).toEqual(b);
  },
  'backups.restore': async (input, r, dispatch) => {
    expect(r.restored.name).toBe(input.name);
    expect(r.safetyCopy?.kind).toBe('before-restore');
    expect((await fetch(dispatch, 'app.info', {})).workspace).toEqual({ state: 'ready' });
    expect(await fetch(dispatch, 'history.verify', {})).toMatchObject({ ok: true });
    const [event] = await fetch(dispatch, 'history.list', { limit: 1 });
    expect(event).toMatchObject({ entity: 'workspace', action: 'restore' });
    expect(event?.summary).toContain(input.name);
  },
  'sample.create': async (input, summary, dispatch) => {
    const list = await fetch(dispatch, 'projects.list', {});
    expect(summary.projects).toBe(input.projects ?? list.length);
    expect(list).toHaveLength(summary.projects);
    expect(await fetch(dispatch, 'history.verify', {})).toMatchObject({ ok: true });
  },
  'reports.preview': (input, model) => {
    expect(model.kind).toBe(input.report.scope);
    expect(model.meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
  },
  'reports.list': (_, list) => {
    const times = list.map((e) => e.exportedAt);
    expect(times).toEqual([...times].sort().reverse());
  },
  'reports.start': async (input, job, dispatch) => {
    expect(job).toMatchObject({ request: input, state: 'running' });
    let now = job;
    while (now.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      now = await fetch(dispatch, 'reports.job', { id: job.id });
    }
    expect(now.state).toBe('done');
    const [latest] = await fetch(dispatch, 'reports.list', {});
    expect(latest).toEqual(now.record);
    expect(latest?.format).toBe(input.format);
  },
  'reports.job': (input, job) => expect(job).toMatchObject({ id: input.id, state: 'done' }),
  'reports.cancel': (input, job) => expect(job).toMatchObject({ id: input.id, state: 'done' }),
  'reports.download': (_, file) => {
    expect(file.fileName).toMatch(/^Fixture .*\.md$/);
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('# Readiness report');
  },
  'portfolio.summary': async (_, entries, dispatch) => {
    const projects = await fetch(dispatch, 'projects.list', {});
    expect(entries.map((e) => e.projectId).sort()).toEqual(projects.map((p) => p.id).sort());
    const final = await fetch(dispatch, 'audits.get', { id: ctx.finalAuditId });
    const entry = entries.find((e) => e.projectId === final.projectId);
    expect(entry?.readiness?.auditId).toBe(ctx.finalAuditId);
  },
  'org.get': (_, state) => {
    expect(state.decisions.map((d) => d.recordedAt)).toEqual(
      [...state.decisions.map((d) => d.recordedAt)].sort(),
    );
  },
  'org.saveProfile': async (input, profile, dispatch) => {
    expect(profile).toEqual({ ...input, updatedAt: profile.updatedAt });
    expect((await fetch(dispatch, 'org.get', {})).profile).toEqual(profile);
  },
  'org.decide': async (input, decision, dispatch) => {
    expect(decision).toMatchObject(input);
    const { decisions } = await fetch(dispatch, 'org.get', {});
    // Appended, never replacing: the new one is last and is in force.
    expect(decisions.at(-1)).toEqual(decision);
    expect(new Set(decisions.map((d) => d.id)).size).toBe(decisions.length);
  },
  'ownership.list': (_, list) => {
    for (const o of list) expect(o.updatedAt).not.toBeNull();
  },
  'ownership.get': (input, o) => expect(o.projectId).toBe(input.projectId),
  'ownership.save': async (input, o, dispatch) => {
    expect(o).toEqual({ ...input.ownership, projectId: input.projectId, updatedAt: o.updatedAt });
    expect(await fetch(dispatch, 'ownership.get', { projectId: input.projectId })).toEqual(o);
    const list = await fetch(dispatch, 'ownership.list', {});
    expect(list.find((x) => x.projectId === input.projectId)).toEqual(o);
  },
  ...planRoundTrips(expect),
  ...checkpointRoundTrips,
  'workspace.reopen': async (_, info, dispatch) => {
    expect(info.workspace).toEqual({ state: 'ready' });
    expect(await fetch(dispatch, 'app.info', {})).toEqual(info);
  },
};

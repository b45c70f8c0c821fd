import fc from 'fast-check';
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel, InputOf } from '../../../shared/api/contract';
import { PROJECT_KINDS, PROJECT_STAGES, PROJECT_NAME_MAX } from '../../../shared/domain/project';
import { PARTICIPANTS_MAX, TIMER_MINUTES } from '../../../shared/domain/audit';
import { ALL_PRACTICES, GAP_KEYS } from '../../../shared/framework';
import { BACKUP_FOLDER, backupPath, listBackups } from '../backups/backupSet';
import { takeBackup } from '../backups/takeBackup';
import type { Db } from '../database/openDatabase';
import type { Dispatch } from '../dispatch/dispatch';
import { AuditsService } from '../services/auditsService';
import { OrgService } from '../services/orgService';
import { contractToday, orgValidInputs } from './orgArbitraries';
import { createPlanFixtures, planValidInputs, type PlanFixtures } from './planArbitraries';
import { ProjectsService } from '../services/projectsService';
import { checkpointValidInputs, openCheckpointRun } from './checkpointArbitraries';
import { createServiceContext } from '../services/ServiceContext';
import { FIXED_NOW } from './tempWorkspace';
import { CONTROL, INVISIBLE, LONE_SURROGATE } from '../../../shared/domain/textFields';

// Generators of valid input for every channel, for contract.property.test.ts. Text is built
// from single code points (so lengths are exact in code points, as the schemas count them):
// ASCII, accented and non-Latin letters, astral emoji, combining marks, and any code point,
// already trimmed and free of control characters (the schemas trim and refuse controls).

const SAMPLES = [
  ...'aZ09 -_.,()&',
  'é',
  'É',
  'ß',
  'Ω',
  'ж',
  '中',
  '한',
  'ع',
  'א',
  '😀',
  '🧪',
  '🚀',
  '👩',
  '🏽',
  '𝔘',
  '\u200d', // zero-width joiner
  '\u0301', // combining acute accent
  '\u00a0', // no-break space (kept inside, trimmed at the ends)
];

/**
 * One code point, never one the one-line schemas refuse (controls, U+2028/9, lone surrogates,
 * invisible and text-direction characters).
 */
export const codePoint: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: fc.constantFrom(...SAMPLES), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
  )
  .filter((c) => !CONTROL.test(c) && !LONE_SURROGATE.test(c) && !INVISIBLE.test(c));

const codePoints = (part: fc.Arbitrary<string>, min: number, max: number) =>
  fc.array(part, { minLength: min, maxLength: max }).map((a) => a.join(''));

/** A one-line text as a user would type it: trimmed; sometimes exactly `max` code points. */
export const singleLineText = (max: number, required = false): fc.Arbitrary<string> =>
  fc
    .oneof(
      codePoints(codePoint, required ? 1 : 0, Math.min(max, 24)),
      codePoints(codePoint, max, max),
    )
    .filter((s) => s === s.trim() && s === s.normalize('NFC') && (!required || s.length > 0));

/** A multi-line text (tabs and newlines allowed, not trimmed); sometimes exactly `max`. */
export const multiLineText = (max: number): fc.Arbitrary<string> => {
  const part = fc.oneof(codePoint, fc.constantFrom('\n', '\t', '\r', ' '));
  return fc.oneof(
    { arbitrary: codePoints(part, 0, 40), weight: 4 },
    { arbitrary: codePoints(part, max, max), weight: 1 },
  );
};

/** A real calendar date, YYYY-MM-DD, in the years the schema accepts. */
export const calendarDate: fc.Arbitrary<string> = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2999, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

export const projectName = singleLineText(PROJECT_NAME_MAX, true);

const projectFields = {
  name: projectName,
  description: multiLineText(4000),
  owner: singleLineText(120),
  team: singleLineText(120),
  kind: fc.constantFrom(...PROJECT_KINDS),
  stage: fc.constantFrom(...PROJECT_STAGES),
  pocApprovedOn: fc.option(calendarDate, { nil: null }),
  targetOn: fc.option(calendarDate, { nil: null }),
};

const participants = fc.array(singleLineText(120, true), { maxLength: PARTICIPANTS_MAX });
const timerMinutes = fc.integer({ min: TIMER_MINUTES.min, max: TIMER_MINUTES.max });
const practiceAnswer = fc.oneof(
  fc.record({ kind: fc.constant('scored' as const), level: fc.constantFrom(0, 0.5, 1 as const) }),
  fc.record({ kind: fc.constant('not_applicable' as const), reason: singleLineText(500, true) }),
);

/**
 * The records the generators refer to. Fixed ones exist from the start; `fresh` creates one
 * more on demand (synchronously, through the services), for channels that consume a record.
 */
export interface ContractCtx {
  /** An active project holding a draft and a final audit. */
  projectId: string;
  /** A finished report download (set by the property test's setup: see finishedReportJob). */
  reportJobId: string;
  draftAuditId: string;
  finalAuditId: string;
  fresh: {
    activeProject: () => string;
    archivedProject: () => string;
    draftAudit: () => string;
    /** A draft with every practice scored 1: it can be finalised. */
    completeAudit: () => string;
    /** Deletes every project (and what hangs off it): for channels that need an empty workspace. */
    emptyWorkspace: () => void;
    /** Records an org decision dated today (the log only grows). */
    orgDecision: () => void;
    /** An open data-validation run of a new project (evidence and criteria can be recorded). */
    openRun: () => string;
    /** An open data-validation run with every artifact evidenced and every criterion passing. */
    completeRun: () => string;
  };
  /** Plans, tasks and releases, made on demand (planArbitraries.ts). */
  plan: PlanFixtures;
  backups: {
    /** The backups' names, newest first; a manual backup is taken first when there is none. */
    names: () => string[];
    /** A file of random bytes under a backup's name: restoring it must change nothing. */
    damaged: () => string;
  };
}

export function createContractCtx(db: Db, dataDir: string): ContractCtx {
  const backupDir = join(dataDir, BACKUP_FOLDER);
  const backups = {
    names: () => {
      if (listBackups(backupDir).length === 0) takeBackup(db, backupDir, 'manual', FIXED_NOW);
      return listBackups(backupDir).map((b) => b.name);
    },
    damaged: () => {
      const name = 'manual-2001-01-01T00-00-00-000Z';
      backups.names(); // the folder exists
      writeFileSync(backupPath(backupDir, name), randomBytes(8192));
      return name;
    },
  };
  const services = createServiceContext(db, 'tester', () => FIXED_NOW);
  const projects = new ProjectsService(services);
  const audits = new AuditsService(services);
  const inOneTransaction = <T>(fn: () => T): T => db.transaction(fn)();

  const activeProject = () =>
    projects.create({
      name: `Fixture ${randomUUID()}`,
      description: '',
      owner: '',
      team: '',
      kind: 'rag',
      stage: 'poc',
      pocApprovedOn: null,
      targetOn: null,
    }).id;
  const draftAudit = (projectId: string) =>
    audits.create({
      projectId,
      title: 'Fixture audit',
      takenOn: '2026-03-02',
      facilitator: '',
      participants: [],
      timerMinutes: 10,
    }).id;
  const completeAudit = (projectId: string) => {
    const id = draftAudit(projectId);
    for (const p of ALL_PRACTICES)
      audits.setPractice({ auditId: id, practiceKey: p.key, answer: { kind: 'scored', level: 1 } });
    return id;
  };

  return inOneTransaction(() => {
    const projectId = activeProject();
    const draftAuditId = draftAudit(projectId);
    const finalAuditId = audits.finalize(completeAudit(projectId)).id;
    return {
      projectId,
      reportJobId: '',
      draftAuditId,
      finalAuditId,
      fresh: {
        activeProject: () => inOneTransaction(activeProject),
        archivedProject: () => inOneTransaction(() => projects.archive(activeProject()).id),
        draftAudit: () => inOneTransaction(() => draftAudit(projectId)),
        completeAudit: () => inOneTransaction(() => completeAudit(projectId)),
        emptyWorkspace: () => void db.prepare('DELETE FROM projects').run(),
        openRun: () => inOneTransaction(() => openCheckpointRun(services, activeProject(), false)),
        completeRun: () =>
          inOneTransaction(() => openCheckpointRun(services, activeProject(), true)),
        orgDecision: () =>
          void new OrgService(services).decide({
            model: 'hybrid',
            rationale: 'Fixture decision',
            decidedBy: '',
            decidedOn: contractToday(),
          }),
      },
      backups,
      plan: createPlanFixtures(db),
    };
  });
}

/** A value made when the run is generated (a fresh record), never shrunk. */
const made = <T>(make: () => T): fc.Arbitrary<T> => fc.constant(null).map(() => make());

export type ValidInputs = { [C in Channel]: (ctx: ContractCtx) => fc.Arbitrary<InputOf<C>> };

/** One generator of valid input per channel: adding a channel makes the compiler ask for one. */
export const validInputs = {
  'app.info': () => fc.constant({}),
  'projects.list': () => fc.constant({}),
  'projects.get': (ctx) => fc.constant({ id: ctx.projectId }),
  'projects.create': () => fc.record(projectFields, { requiredKeys: ['name', 'kind', 'stage'] }),
  'projects.update': (ctx) =>
    fc.record({
      id: fc.constant(ctx.projectId),
      patch: fc
        .record(projectFields, { requiredKeys: [] })
        .filter((p) => Object.keys(p).length > 0),
    }),
  'projects.archive': (ctx) => made(() => ({ id: ctx.fresh.activeProject() })),
  'projects.unarchive': (ctx) => made(() => ({ id: ctx.fresh.archivedProject() })),
  'projects.delete': (ctx) => made(() => ({ id: ctx.fresh.activeProject() })),
  'history.list': (ctx) =>
    fc.record(
      {
        entityId: fc.constantFrom(ctx.projectId, ctx.draftAuditId, randomUUID()),
        projectId: fc.constantFrom(ctx.projectId, randomUUID()),
        limit: fc.integer({ min: 1, max: 1000 }),
      },
      { requiredKeys: [] },
    ),
  'history.verify': () => fc.constant({}),
  'audits.list': (ctx) => fc.constant({ projectId: ctx.projectId }),
  'audits.latestFinal': () => fc.constant({}),
  'audits.get': (ctx) => fc.constantFrom({ id: ctx.draftAuditId }, { id: ctx.finalAuditId }),
  'audits.create': (ctx) =>
    fc.record(
      {
        projectId: fc.constant(ctx.projectId),
        title: singleLineText(120, true),
        takenOn: calendarDate,
        facilitator: singleLineText(120),
        participants,
        timerMinutes,
      },
      { requiredKeys: ['projectId', 'title', 'takenOn'] },
    ),
  'audits.update': (ctx) =>
    fc.record({
      id: fc.constant(ctx.draftAuditId),
      patch: fc
        .record(
          {
            title: singleLineText(120, true),
            takenOn: calendarDate,
            facilitator: singleLineText(120),
            participants,
            timerMinutes,
          },
          { requiredKeys: [] },
        )
        .filter((p) => Object.keys(p).length > 0),
    }),
  'audits.setPractice': (ctx) =>
    fc
      .record(
        {
          auditId: fc.constant(ctx.draftAuditId),
          practiceKey: fc.constantFrom(...ALL_PRACTICES.map((p) => p.key)),
          answer: fc.option(practiceAnswer, { nil: null }),
          note: multiLineText(2000),
        },
        { requiredKeys: ['auditId', 'practiceKey'] },
      )
      .filter((v) => v.answer !== undefined || v.note !== undefined),
  'audits.setGapMissing': (ctx) =>
    fc.record({
      auditId: fc.constant(ctx.draftAuditId),
      gapKey: fc.constantFrom(...GAP_KEYS),
      missing: multiLineText(4000),
    }),
  'audits.finalize': (ctx) => made(() => ({ id: ctx.fresh.completeAudit() })),
  'audits.copy': (ctx) =>
    fc.record({
      id: fc.constantFrom(ctx.draftAuditId, ctx.finalAuditId),
      title: singleLineText(120, true),
      takenOn: calendarDate,
    }),
  'audits.delete': (ctx) => made(() => ({ id: ctx.fresh.draftAudit() })),
  'backups.list': () => fc.constant({}),
  'backups.create': () => fc.constant({}),
  // Any backup there is when the run is generated (a restore adds its safety copy to the list).
  'backups.restore': (ctx) =>
    fc.nat().map((i) => {
      const names = ctx.backups.names();
      return { name: names[i % names.length] ?? '' };
    }),
  'workspace.reopen': () => fc.constant({}),
  // Small counts keep the run quick; the workspace is emptied first (the sample needs that).
  'sample.create': (ctx) =>
    fc.record({ projects: fc.integer({ min: 1, max: 12 }) }, { requiredKeys: [] }).map((input) => {
      ctx.fresh.emptyWorkspace();
      return input;
    }),
  'reports.preview': (ctx) =>
    fc.record({
      report: fc.constantFrom(
        { scope: 'project' as const, projectId: ctx.projectId },
        { scope: 'portfolio' as const },
      ),
    }),
  'reports.list': () => fc.constant({}),
  // PDFs take a second each: the PDF is tested on its own (electron/backend/reports).
  'reports.start': (ctx) =>
    fc.oneof(
      fc.record({
        report: fc.constant({ scope: 'project' as const, projectId: ctx.projectId }),
        format: fc.constantFrom('md' as const, 'json' as const),
      }),
      fc.record({
        report: fc.constant({ scope: 'portfolio' as const }),
        format: fc.constantFrom('md' as const, 'json' as const, 'csv' as const),
      }),
    ),
  'reports.job': (ctx) => fc.constant({ id: ctx.reportJobId }),
  'reports.cancel': (ctx) => fc.constant({ id: ctx.reportJobId }),
  'reports.download': (ctx) => fc.constant({ id: ctx.reportJobId }),
  'portfolio.summary': () => fc.constant({}),
  ...orgValidInputs,
  ...planValidInputs,
  ...checkpointValidInputs,
} satisfies ValidInputs;

/** Exports the project's report as Markdown for download and waits for it: a finished job. */
export async function finishedReportJob(dispatch: Dispatch, projectId: string): Promise<string> {
  const started = await dispatch('reports.start', {
    report: { scope: 'project', projectId },
    format: 'md',
  });
  if (!started.ok) throw new Error(started.error.message);
  const { id } = started.data as { id: string };
  for (;;) {
    const r = await dispatch('reports.job', { id });
    if (!r.ok) throw new Error(r.error.message);
    if ((r.data as { state: string }).state !== 'running') return id;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

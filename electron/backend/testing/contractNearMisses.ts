import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Channel } from '../../../shared/api/contract';
import type { ErrorCode } from '../../../shared/api/result';
import { PROJECT_NAME_MAX } from '../../../shared/domain/project';
import { codePoint, type ContractCtx } from './contractArbitraries';
import { orgNearMisses } from './orgArbitraries';
import { planNearMisses } from './planArbitraries';
import { checkpointNearMisses } from './checkpointArbitraries';

// Inputs one step away from valid, per channel, each with the refusal it must get: the error
// code, and for schema failures the dotted path every issue must name ('' = the input itself).

export interface NearMiss {
  input: unknown;
  code: ErrorCode;
  path?: string;
}

const invalid = (input: unknown, path: string): NearMiss => ({
  input,
  code: 'INVALID_INPUT',
  path,
});
const refused = (input: unknown, code: ErrorCode): NearMiss => ({ input, code });

/** A trimmed, control-free text of `min`..`max` code points (for "one over the limit"). */
const textOf = (min: number, max: number) =>
  fc
    .array(codePoint, { minLength: min, maxLength: max })
    .map((a) => a.join(''))
    .filter((s) => s === s.trim());

const NOT_IDS = ['', 'not-a-uuid', '123', 'a'.repeat(36), `${randomUUID()}x`, ` ${randomUUID()}`];
const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-2-3',
  '1899-12-31',
  '3000-01-01',
  '2026-02-28T00:00:00Z',
  '20260228',
];

/** Near misses every channel shares: the input is not an object, or has an unknown key. */
const shape = (valid: Record<string, unknown>): fc.Arbitrary<NearMiss> =>
  fc.oneof(
    fc.constantFrom(null, 'x', 42, true, [], [valid], undefined).map((input) => invalid(input, '')),
    fc
      .tuple(
        fc.constantFrom('extra', 'Extra', '__proto__', 'constructor', 'toString'),
        fc.jsonValue(),
      )
      .map(([key, value]) => invalid({ ...valid, [key]: value }, '')),
  );

const byId = (valid: { id: string }): fc.Arbitrary<NearMiss> =>
  fc.oneof(
    shape(valid),
    fc.constantFrom(...NOT_IDS, 42, null).map((id) => invalid({ id }, 'id')),
    fc.constant(invalid({}, 'id')),
    fc.constant(refused({ id: randomUUID() }, 'NOT_FOUND')),
  );

const empty = () => shape({});

export type NearMisses = { [C in Channel]: (ctx: ContractCtx) => fc.Arbitrary<NearMiss> };

export const nearMisses = {
  'app.info': empty,
  'projects.list': empty,
  'history.verify': empty,
  'audits.latestFinal': empty,
  'portfolio.summary': empty,
  'projects.get': (ctx) => byId({ id: ctx.projectId }),
  'projects.archive': (ctx) => byId({ id: ctx.projectId }),
  'projects.unarchive': (ctx) =>
    fc.oneof(byId({ id: ctx.projectId }), fc.constant(refused({ id: ctx.projectId }, 'CONFLICT'))),
  'projects.delete': (ctx) => byId({ id: ctx.projectId }),
  'audits.get': (ctx) => byId({ id: ctx.draftAuditId }),
  'audits.delete': (ctx) =>
    fc.oneof(
      byId({ id: ctx.draftAuditId }),
      fc.constant(refused({ id: ctx.finalAuditId }, 'READ_ONLY')),
    ),
  'audits.finalize': (ctx) =>
    fc.oneof(
      byId({ id: ctx.draftAuditId }),
      fc.constant(refused({ id: ctx.draftAuditId }, 'RULE_VIOLATION')),
      fc.constant(refused({ id: ctx.finalAuditId }, 'READ_ONLY')),
    ),
  'projects.create': () => {
    const base = { name: 'Near miss', kind: 'llm', stage: 'poc' };
    return fc.oneof(
      shape(base),
      textOf(PROJECT_NAME_MAX + 1, PROJECT_NAME_MAX + 40).map((name) =>
        invalid({ ...base, name }, 'name'),
      ),
      textOf(121, 140).map((owner) => invalid({ ...base, owner }, 'owner')),
      fc.constantFrom(
        invalid({ ...base, name: '' }, 'name'),
        invalid({ ...base, name: ' \t ' }, 'name'),
        invalid({ ...base, name: 'Two\nlines' }, 'name'),
        invalid({ ...base, name: 'Bell\u0007' }, 'name'),
        invalid({ ...base, name: 42 }, 'name'),
        invalid({ kind: 'llm', stage: 'poc' }, 'name'),
        invalid({ name: 'x', stage: 'poc' }, 'kind'),
        invalid({ ...base, kind: 'LLM' }, 'kind'),
        invalid({ ...base, stage: 'done' }, 'stage'),
        invalid({ ...base, team: ['a'] }, 'team'),
        invalid({ ...base, description: 'x'.repeat(4001) }, 'description'),
        invalid({ ...base, description: 'nul \u0000 byte' }, 'description'),
        invalid({ ...base, pocApprovedOn: 20260101 }, 'pocApprovedOn'),
        ...BAD_DATES.map((d) => invalid({ ...base, targetOn: d }, 'targetOn')),
      ),
    );
  },
  'projects.update': (ctx) => {
    const id = ctx.projectId;
    return fc.oneof(
      shape({ id, patch: { stage: 'poc' } }),
      textOf(PROJECT_NAME_MAX + 1, PROJECT_NAME_MAX + 40).map((name) =>
        invalid({ id, patch: { name } }, 'patch.name'),
      ),
      fc.constantFrom(
        invalid({ id, patch: {} }, 'patch'),
        invalid({ id, patch: { colour: 'red' } }, 'patch'),
        invalid({ id, patch: { id: randomUUID() } }, 'patch'),
        invalid({ id, patch: { archivedAt: null } }, 'patch'),
        invalid({ id, patch: { name: '' } }, 'patch.name'),
        invalid({ id, patch: { kind: null } }, 'patch.kind'),
        invalid({ id, patch: { pocApprovedOn: '2026-02-30' } }, 'patch.pocApprovedOn'),
        invalid({ id: 'nope', patch: { stage: 'poc' } }, 'id'),
        invalid({ id }, 'patch'),
        refused({ id: randomUUID(), patch: { stage: 'poc' } }, 'NOT_FOUND'),
      ),
    );
  },
  'history.list': () =>
    fc.oneof(
      shape({ limit: 5 }),
      fc
        .constantFrom(0, 1001, 1.5, -1, '10', null, Number.NaN, Infinity)
        .map((limit) => invalid({ limit }, 'limit')),
      fc.constantFrom(...NOT_IDS).map((entityId) => invalid({ entityId }, 'entityId')),
      fc.constantFrom(...NOT_IDS).map((projectId) => invalid({ projectId }, 'projectId')),
    ),
  'audits.list': (ctx) =>
    fc.oneof(
      shape({ projectId: ctx.projectId }),
      fc.constantFrom(...NOT_IDS).map((projectId) => invalid({ projectId }, 'projectId')),
      fc.constant(refused({ projectId: randomUUID() }, 'NOT_FOUND')),
    ),
  'audits.create': (ctx) => {
    const base = { projectId: ctx.projectId, title: 'Audit', takenOn: '2026-03-02' };
    return fc.oneof(
      shape(base),
      textOf(121, 160).map((title) => invalid({ ...base, title }, 'title')),
      fc.constantFrom(...BAD_DATES).map((takenOn) => invalid({ ...base, takenOn }, 'takenOn')),
      fc.constantFrom(
        invalid({ ...base, title: '' }, 'title'),
        invalid({ ...base, timerMinutes: 0 }, 'timerMinutes'),
        invalid({ ...base, timerMinutes: 61 }, 'timerMinutes'),
        invalid({ ...base, timerMinutes: 2.5 }, 'timerMinutes'),
        invalid({ ...base, participants: 'Ana, Bo' }, 'participants'),
        invalid(
          { ...base, participants: Array.from({ length: 31 }, (_, i) => `P${i}`) },
          'participants',
        ),
        invalid({ ...base, participants: ['Ana', ''] }, 'participants.1'),
        invalid({ ...base, projectId: 'nope' }, 'projectId'),
        refused({ ...base, projectId: randomUUID() }, 'NOT_FOUND'),
      ),
    );
  },
  'audits.update': (ctx) => {
    const id = ctx.draftAuditId;
    return fc.oneof(
      shape({ id, patch: { title: 'T' } }),
      fc.constantFrom(
        invalid({ id, patch: {} }, 'patch'),
        invalid({ id, patch: { status: 'final' } }, 'patch'),
        invalid({ id, patch: { title: '' } }, 'patch.title'),
        invalid({ id, patch: { takenOn: '2026-02-30' } }, 'patch.takenOn'),
        invalid({ id, patch: { timerMinutes: 0 } }, 'patch.timerMinutes'),
        refused({ id: ctx.finalAuditId, patch: { title: 'T' } }, 'READ_ONLY'),
        refused({ id: randomUUID(), patch: { title: 'T' } }, 'NOT_FOUND'),
      ),
    );
  },
  'audits.setPractice': (ctx) => {
    const base = { auditId: ctx.draftAuditId, practiceKey: 'pipeline.ci_cd' };
    const scored = { kind: 'scored', level: 1 };
    return fc.oneof(
      shape({ ...base, answer: scored }),
      fc.constantFrom(
        invalid(base, ''),
        invalid({ ...base, answer: { kind: 'scored', level: 0.25 } }, 'answer.level'),
        invalid({ ...base, answer: { kind: 'scored', level: '1' } }, 'answer.level'),
        invalid({ ...base, answer: { kind: 'not_applicable', reason: '' } }, 'answer.reason'),
        invalid({ ...base, answer: { kind: 'skipped' } }, 'answer.kind'),
        invalid({ ...base, answer: { ...scored, extra: 1 } }, 'answer'),
        invalid({ ...base, note: 'esc \u001b' }, 'note'),
        invalid({ ...base, practiceKey: 'Not A Key', answer: scored }, 'practiceKey'),
        refused(
          { ...base, practiceKey: 'pipeline.no_such_practice', answer: scored },
          'INVALID_INPUT',
        ),
        refused({ ...base, auditId: ctx.finalAuditId, answer: scored }, 'READ_ONLY'),
        refused({ ...base, auditId: randomUUID(), answer: scored }, 'NOT_FOUND'),
      ),
    );
  },
  'audits.setGapMissing': (ctx) => {
    const base = { auditId: ctx.draftAuditId, gapKey: 'pipeline', missing: 'CI' };
    return fc.oneof(
      shape(base),
      fc.constantFrom(
        invalid({ ...base, gapKey: 'Pipeline' }, 'gapKey'),
        invalid({ ...base, missing: 'x'.repeat(4001) }, 'missing'),
        invalid({ ...base, missing: null }, 'missing'),
        refused({ ...base, auditId: ctx.finalAuditId }, 'READ_ONLY'),
        refused({ ...base, auditId: randomUUID() }, 'NOT_FOUND'),
      ),
    );
  },
  'backups.list': empty,
  'backups.create': empty,
  'workspace.reopen': empty,
  'backups.restore': (ctx) => {
    const name = 'manual-2026-03-14T09-26-53-589Z';
    return fc.oneof(
      shape({ name }),
      fc
        .constantFrom(
          '',
          'crossing',
          '../crossing',
          `../backups/${name}`,
          `${name}/../../crossing`,
          `${name}.sqlite`,
          `${name}.sqlite.partial`,
          ` ${name}`,
          'Manual-2026-03-14T09-26-53-589Z',
          'manual-2026-03-14T09:26:53.589Z',
          'manual-2026-03-14',
          'before-migration-2026-03-14T09-26-53-589Z',
          'nightly-2026-03-14T09-26-53-589Z',
        )
        .map((bad) => invalid({ name: bad }, 'name')),
      fc
        .constantFrom(42, null, true, [name], { name })
        .map((bad) => invalid({ name: bad }, 'name')),
      fc.constantFrom(
        invalid({}, 'name'),
        // A stamp that is no real instant is refused by the schema, with the path.
        invalid({ name: 'manual-2026-13-99T00-00-00-000Z' }, 'name'),
        invalid({ name: 'auto-2026-02-30T12-00-00-000Z' }, 'name'),
        // The right shape, but no such backup: nothing is touched.
        refused({ name: 'manual-2001-02-03T04-05-06-007Z' }, 'NOT_FOUND'),
        refused({ name: 'before-migration-v9999-2026-03-14T09-26-53-589Z' }, 'NOT_FOUND'),
      ),
      fc.constant(null).map(() => refused({ name: ctx.backups.damaged() }, 'RULE_VIOLATION')),
    );
  },
  'audits.copy': (ctx) => {
    const base = { id: ctx.finalAuditId, title: 'Next', takenOn: '2026-04-01' };
    return fc.oneof(
      shape(base),
      fc.constantFrom(...BAD_DATES).map((takenOn) => invalid({ ...base, takenOn }, 'takenOn')),
      fc.constantFrom(
        invalid({ ...base, title: '   ' }, 'title'),
        invalid({ ...base, id: 'nope' }, 'id'),
        refused({ ...base, id: randomUUID() }, 'NOT_FOUND'),
      ),
    );
  },
  'sample.create': () =>
    fc.oneof(
      shape({}),
      fc
        .constantFrom(0, -1, 1.5, 20_001, '5', null, Number.NaN)
        .map((projects) => invalid({ projects }, 'projects')),
      // Valid, but the workspace already holds projects: refused, nothing written.
      fc.constantFrom(refused({}, 'CONFLICT'), refused({ projects: 3 }, 'CONFLICT')),
    ),
  'reports.preview': () => {
    const report = { scope: 'project', projectId: randomUUID() };
    return fc.oneof(
      shape({ report: { scope: 'portfolio' } }),
      fc.constantFrom(
        invalid({ report: { scope: 'team' } }, 'report.scope'),
        invalid({ report: { scope: 'project', projectId: 'nope' } }, 'report.projectId'),
        invalid({ report: { scope: 'portfolio', projectId: randomUUID() } }, 'report'),
        invalid({}, 'report'),
        refused({ report }, 'NOT_FOUND'),
      ),
    );
  },
  'reports.list': empty,
  'reports.start': (ctx) => {
    const report = { scope: 'project', projectId: ctx.projectId };
    return fc.oneof(
      shape({ report, format: 'md' }),
      fc
        .constantFrom('docx', 'PDF', '', 'html', null, 42)
        .map((format) => invalid({ report, format }, 'format')),
      fc.constantFrom(
        // CSV is the portfolio table only.
        invalid({ report, format: 'csv' }, 'format'),
        invalid({ format: 'pdf' }, 'report'),
        refused(
          { report: { scope: 'project', projectId: randomUUID() }, format: 'md' },
          'NOT_FOUND',
        ),
      ),
    );
  },
  'reports.job': (ctx) => byId({ id: ctx.reportJobId }),
  'reports.cancel': (ctx) => byId({ id: ctx.reportJobId }),
  'reports.download': (ctx) => byId({ id: ctx.reportJobId }),
  ...orgNearMisses,
  ...planNearMisses,
  ...checkpointNearMisses,
} satisfies NearMisses;

import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { addDays, localToday } from '../../../shared/domain/calendar';
import { EMPTY_OWNERSHIP, FAILURE_MODES, HANDOFF_STATUSES } from '../../../shared/domain/ownership';
import { ORG_MODEL_KEYS } from '../../../shared/framework/orgModels';
import { ALERT_ROUTES, RACI_PARTIES } from '../../../shared/framework/raci';
import {
  calendarDate,
  multiLineText,
  singleLineText,
  type ValidInputs,
} from './contractArbitraries';
import type { NearMiss, NearMisses } from './contractNearMisses';
import { FIXED_NOW } from './tempWorkspace';

// The org model's and ownership's generators for contract.property.test.ts, spread into the
// maps of contractArbitraries.ts and contractNearMisses.ts. Every generator is built when called
// (never at module load: the two modules import each other).

type OrgChannel =
  | 'org.get'
  | 'org.saveProfile'
  | 'org.decide'
  | 'ownership.list'
  | 'ownership.get'
  | 'ownership.save';

/** The clock of test workspaces, as the backend's "today". */
export const contractToday = (): string => localToday(FIXED_NOW);

const count = () => fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null });

const profile = () =>
  fc.option(fc.boolean(), { nil: null }).chain((platformTeam) =>
    fc.record({
      mlEngineers: count(),
      activeProductsOverride: count(),
      modelsInProduction: count(),
      platformTeam: fc.constant(platformTeam),
      platformTeamSize: platformTeam === true ? count() : fc.constant(null),
    }),
  );

const alertOwner = () =>
  fc.oneof(
    fc.constant({ kind: 'model_default' as const }),
    fc.record({ kind: fc.constant('party' as const), party: fc.constantFrom(...RACI_PARTIES) }),
    fc.record({ kind: fc.constant('person' as const), name: singleLineText(120, true) }),
  );

const runbook = () =>
  fc
    .boolean()
    .chain((present) =>
      fc.record({ present: fc.constant(present), reference: singleLineText(500, present) }),
    );

/** Dates in order (start strictly before end), or either missing. */
const sprintDates = () =>
  fc
    .tuple(
      calendarDate,
      fc.integer({ min: 1, max: 60 }),
      fc.constantFrom('both', 'start', 'end', 'none'),
    )
    .map(([start, days, which]) => ({
      plannedStart: which === 'both' || which === 'start' ? start : null,
      plannedEnd: which === 'both' || which === 'end' ? addDays(start, days) : null,
    }))
    .filter((d) => d.plannedEnd === null || d.plannedEnd <= '2999-12-31');

export const ownershipFields = () =>
  fc.record({
    productTeam: singleLineText(120),
    mlOwner: singleLineText(120),
    platformOwner: singleLineText(120),
    engineeringManager: singleLineText(120),
    onCall: fc.record({ rotation: singleLineText(200), mlInfraPerson: singleLineText(120) }),
    runbooks: fc.record(
      Object.fromEntries(FAILURE_MODES.map((m) => [m, runbook()])) as Record<
        (typeof FAILURE_MODES)[number],
        ReturnType<typeof runbook>
      >,
    ),
    alertRoutes: fc.record(
      Object.fromEntries(ALERT_ROUTES.map((r) => [r, alertOwner()])) as Record<
        (typeof ALERT_ROUTES)[number],
        ReturnType<typeof alertOwner>
      >,
    ),
    handoff: fc
      .tuple(
        fc.constantFrom(...HANDOFF_STATUSES),
        sprintDates(),
        singleLineText(120),
        singleLineText(120),
      )
      .map(([status, dates, researchCoOwner, productionCoOwner]) => ({
        status,
        ...dates,
        researchCoOwner,
        productionCoOwner,
      })),
  });

export const orgValidInputs: Pick<ValidInputs, OrgChannel> = {
  'org.get': () => fc.constant({}),
  'org.saveProfile': () => profile(),
  // Dated today: never before the decision in force (earlier runs also decided today).
  'org.decide': () =>
    fc.record(
      {
        model: fc.constantFrom(...ORG_MODEL_KEYS),
        rationale: multiLineText(4000).filter((s) => s.trim().length > 0),
        decidedBy: singleLineText(120),
        decidedOn: fc.constant(null).map(contractToday),
      },
      { requiredKeys: ['model', 'rationale', 'decidedBy', 'decidedOn'] },
    ),
  'ownership.list': () => fc.constant({}),
  'ownership.get': (ctx) => fc.constant({ projectId: ctx.projectId }),
  'ownership.save': (ctx) =>
    fc.record({ projectId: fc.constant(ctx.projectId), ownership: ownershipFields() }),
};

const invalid = (input: unknown, path: string): NearMiss => ({
  input,
  code: 'INVALID_INPUT',
  path,
});
const refused = (input: unknown, code: NearMiss['code']): NearMiss => ({ input, code });

/** Not an object, or an unknown key. */
const shape = (valid: Record<string, unknown>): fc.Arbitrary<NearMiss> =>
  fc.oneof(
    fc.constantFrom(null, 'x', 42, [], [valid]).map((input) => invalid(input, '')),
    fc
      .constantFrom('extra', 'id', '__proto__', 'supersedes')
      .map((key) => invalid({ ...valid, [key]: 'x' }, '')),
  );

const NOT_IDS = ['', 'not-a-uuid', `${randomUUID()}x`];

export const orgNearMisses: Pick<NearMisses, OrgChannel> = {
  'org.get': () => shape({}),
  'ownership.list': () => shape({}),
  'ownership.get': (ctx) =>
    fc.oneof(
      shape({ projectId: ctx.projectId }),
      fc.constantFrom(...NOT_IDS, 42, null).map((projectId) => invalid({ projectId }, 'projectId')),
      fc.constant(refused({ projectId: randomUUID() }, 'NOT_FOUND')),
    ),
  'org.saveProfile': () => {
    const base = {
      mlEngineers: 12,
      activeProductsOverride: null,
      modelsInProduction: 3,
      platformTeam: true,
      platformTeamSize: 4,
    };
    return fc.oneof(
      shape(base),
      fc
        .constantFrom(-1, 1.5, '12', 100_001, Number.NaN, undefined)
        .map((v) => invalid({ ...base, mlEngineers: v }, 'mlEngineers')),
      fc
        .constantFrom(-3, 2.5, '7')
        .map((v) => invalid({ ...base, activeProductsOverride: v }, 'activeProductsOverride')),
      fc.constantFrom(
        invalid({ ...base, platformTeam: 'yes' }, 'platformTeam'),
        invalid({ ...base, platformTeam: false }, 'platformTeamSize'),
        invalid({ ...base, platformTeam: null }, 'platformTeamSize'),
        invalid({ ...base, modelsInProduction: -1 }, 'modelsInProduction'),
      ),
    );
  },
  'org.decide': (ctx) => {
    const today = contractToday();
    const base = {
      model: 'hybrid',
      rationale: 'Seven products',
      decidedBy: 'Ana',
      decidedOn: today,
    };
    return fc.oneof(
      shape(base),
      // Not one of the three models: the anti-pattern is never a choice.
      fc
        .constantFrom(
          'data_science',
          'data-science-owns-production',
          'Hybrid',
          'centralised',
          '',
          null,
        )
        .map((model) => invalid({ ...base, model }, 'model')),
      fc
        .constantFrom('', '   ', '\n\t', 'x'.repeat(4001), 'nul \u0000')
        .map((rationale) => invalid({ ...base, rationale }, 'rationale')),
      fc
        .constantFrom('2026-02-30', '14/03/2026', '', null)
        .map((decidedOn) => invalid({ ...base, decidedOn }, 'decidedOn')),
      fc.constant(invalid({ ...base, decidedBy: 'Two\nlines' }, 'decidedBy')),
      fc.constant(refused({ ...base, decidedOn: addDays(today, 1) }, 'RULE_VIOLATION')),
      // Dated before the decision in force (one is recorded first).
      fc.constant(null).map(() => {
        ctx.fresh.orgDecision();
        return refused({ ...base, decidedOn: addDays(today, -1) }, 'RULE_VIOLATION');
      }),
    );
  },
  'ownership.save': (ctx) => {
    const o = EMPTY_OWNERSHIP;
    const base = { projectId: ctx.projectId, ownership: o };
    const at = (path: string, ownership: unknown) =>
      invalid({ ...base, ownership }, path ? `ownership.${path}` : 'ownership');
    const present = { present: true, reference: 'https://wiki/runbook' };
    return fc.oneof(
      shape(base),
      fc.constantFrom(...NOT_IDS).map((projectId) => invalid({ ...base, projectId }, 'projectId')),
      fc.constant(refused({ ...base, projectId: randomUUID() }, 'NOT_FOUND')),
      fc
        .constant(null)
        .map(() => refused({ ...base, projectId: ctx.fresh.archivedProject() }, 'READ_ONLY')),
      fc.constantFrom(
        invalid({ projectId: ctx.projectId }, 'ownership'),
        at('', { ...o, colour: 'red' }),
        at('mlOwner', { ...o, mlOwner: 'x'.repeat(121) }),
        at('onCall.rotation', { ...o, onCall: { ...o.onCall, rotation: 'two\nlines' } }),
        at('onCall.mlInfraPerson', { ...o, onCall: { rotation: 'weekly' } }),
        at('runbooks.rollback.reference', {
          ...o,
          runbooks: { ...o.runbooks, rollback: { present: true, reference: '  ' } },
        }),
        at('runbooks.retrain', { ...o, runbooks: { ...o.runbooks, retrain: undefined } }),
        at('runbooks', { ...o, runbooks: { ...o.runbooks, reboot: present } }),
        at('alertRoutes.drift.party', {
          ...o,
          alertRoutes: { ...o.alertRoutes, drift: { kind: 'party', party: 'data_science_team' } },
        }),
        at('alertRoutes.cost.name', {
          ...o,
          alertRoutes: { ...o.alertRoutes, cost: { kind: 'person', name: '' } },
        }),
        at('alertRoutes.latency.kind', {
          ...o,
          alertRoutes: { ...o.alertRoutes, latency: { kind: 'pager' } },
        }),
        at('handoff.status', { ...o, handoff: { ...o.handoff, status: 'late' } }),
        at('handoff.plannedEnd', {
          ...o,
          handoff: { ...o.handoff, plannedStart: '2026-03-10', plannedEnd: '2026-03-10' },
        }),
        at('handoff.plannedEnd', {
          ...o,
          handoff: { ...o.handoff, plannedStart: '2026-03-10', plannedEnd: '2026-02-28' },
        }),
        at('handoff.plannedStart', { ...o, handoff: { ...o.handoff, plannedStart: '2026-02-30' } }),
      ),
    );
  },
};

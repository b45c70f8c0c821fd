import { randomUUID } from 'node:crypto';
import { addDays } from '../../../shared/domain/calendar';
import type { OrgDecision, OrgProfile } from '../../../shared/domain/org';
import { EMPTY_OWNERSHIP, type OwnershipFields } from '../../../shared/domain/ownership';
import { orgModelByKey, type OrgModelKey } from '../../../shared/framework/orgModels';
import { recommendOrgModel, type OrgFigures } from '../../../shared/framework/orgRecommendation';
import { OrgRepository } from '../repositories/orgRepository';
import { OwnershipRepository } from '../repositories/ownershipRepository';
import type { SampleExtension, SampleRun } from './sampleExtensions';

// The org model in the sample: a first decision for a central platform team that became a
// queue, replaced half a year ago by embedded ML engineers, which the portfolio (7 active
// products) has since outgrown; and ownership from complete (fraud scoring, in production) to
// partial, to the "data science owns production" anti-pattern, to nothing recorded at all.

interface SampleDecision {
  daysAgo: number;
  model: OrgModelKey;
  rationale: string;
  figures: OrgFigures;
}

const DECISIONS: SampleDecision[] = [
  {
    daysAgo: 430,
    model: 'centralized',
    rationale:
      'Start with one ML platform team so every model ships through the same registry, serving and monitoring from day one.',
    figures: {
      mlEngineers: 11,
      activeProducts: 3,
      modelsInProduction: 1,
      platformTeam: true,
      platformTeamSize: 3,
    },
  },
  {
    daysAgo: 190,
    model: 'embedded',
    rationale:
      'The platform team became the queue every launch waited in. One ML engineer moves into each product team; the platform engineers go back to SRE.',
    figures: {
      mlEngineers: 9,
      activeProducts: 5,
      modelsInProduction: 3,
      platformTeam: false,
      platformTeamSize: null,
    },
  },
];

const PROFILE: Omit<OrgProfile, 'updatedAt'> = {
  mlEngineers: 9,
  activeProductsOverride: null,
  modelsInProduction: 3,
  platformTeam: false,
  platformTeamSize: null,
};

const link = (path: string) => ({
  present: true,
  reference: `https://wiki.example.com/ml/${path}`,
});

/** Ownership by sample project key; projects not listed have nothing recorded. */
const OWNERSHIP = (today: string): Record<string, OwnershipFields> => ({
  // Complete: everything a model in production needs.
  fraud: {
    productTeam: 'Payments Risk',
    mlOwner: 'Noor Haddad',
    platformOwner: 'Kai Tanaka',
    engineeringManager: 'Zoë Kowalczyk',
    onCall: { rotation: 'payments-ml (weekly, 4 people)', mlInfraPerson: 'Kai Tanaka' },
    runbooks: {
      rollback: link('fraud/rollback'),
      retrain: link('fraud/retrain'),
      threshold: link('fraud/confidence-threshold'),
      escalate: { present: true, reference: 'Page the fraud research lead, Lena Park' },
    },
    alertRoutes: {
      drift: { kind: 'model_default' },
      latency: { kind: 'model_default' },
      cost: { kind: 'person', name: 'Payments finance desk' },
    },
    handoff: {
      status: 'done',
      plannedStart: addDays(today, -300),
      plannedEnd: addDays(today, -282),
      researchCoOwner: 'Lena Park',
      productionCoOwner: 'Kai Tanaka',
    },
  },
  // Partial: on-call without an ML + infrastructure person, two runbooks, the hand-off ahead.
  support: {
    ...EMPTY_OWNERSHIP,
    productTeam: 'Customer Care AI',
    mlOwner: 'Amara Okafor',
    engineeringManager: 'Amara Okafor',
    onCall: { rotation: 'Customer Care SRE primary', mlInfraPerson: '' },
    runbooks: {
      ...EMPTY_OWNERSHIP.runbooks,
      rollback: link('support/rollback'),
      escalate: { present: true, reference: 'Escalate in #care-ml-research' },
      retrain: { present: false, reference: 'Drafted with research, due before launch' },
    },
    handoff: {
      status: 'planned',
      plannedStart: addDays(today, 7),
      plannedEnd: addDays(today, 25),
      researchCoOwner: 'Dev Sharma',
      productionCoOwner: 'Amara Okafor',
    },
  },
  // The anti-pattern: production sits with the research side.
  claims: {
    ...EMPTY_OWNERSHIP,
    productTeam: 'Claims Automation',
    mlOwner: 'Lucía Fernández',
    platformOwner: 'Claims Data Science team',
    engineeringManager: 'Marta Silva',
    onCall: { rotation: 'Data science on-call (best effort)', mlInfraPerson: '' },
  },
  // A PoC with only its ML owner so far.
  tokyo: { ...EMPTY_OWNERSHIP, mlOwner: 'Haruto Sato' },
});

export const orgSampleExtension: SampleExtension = {
  name: 'org',
  apply: (run: SampleRun) => {
    const { ctx, today } = run;
    const org = new OrgRepository(ctx.db);
    const ownership = new OwnershipRepository(ctx.db);
    const at = ctx.now().toISOString();
    const record = (e: {
      entity: string;
      entityId: string;
      projectId: string | null;
      action: string;
      summary: string;
      before: unknown;
      after: unknown;
    }) => ctx.history.append({ ...e, at, actor: ctx.actor });

    let previous: OrgDecision | null = null;
    for (const d of DECISIONS) {
      const decidedOn = addDays(today, -d.daysAgo);
      const decision: OrgDecision = {
        id: randomUUID(),
        model: d.model,
        rationale: d.rationale,
        decidedBy: 'Ines Duarte',
        decidedOn,
        recordedAt: `${decidedOn}T15:00:00.000Z`,
        recordedBy: ctx.actor,
        figures: d.figures,
        recommended: recommendOrgModel(d.figures).recommended,
      };
      org.insertDecision(decision);
      record({
        entity: 'org_decision',
        entityId: decision.id,
        projectId: null,
        action: 'decide',
        summary: `Decided the org model: ${orgModelByKey(d.model).name} (${decidedOn}, sample data)`,
        before: previous,
        after: decision,
      });
      previous = decision;
    }

    const profile = { ...PROFILE, updatedAt: at };
    org.saveProfile(profile);
    record({
      entity: 'org_profile',
      entityId: 'workspace',
      projectId: null,
      action: 'update',
      summary: 'Answered the org questionnaire (sample data)',
      before: null,
      after: profile,
    });

    const owners = OWNERSHIP(today);
    for (const r of run.records) {
      const fields = owners[r.spec.key];
      if (!fields) continue;
      const saved = { ...fields, projectId: r.project.id, updatedAt: at };
      ownership.save(saved);
      record({
        entity: 'ownership',
        entityId: r.project.id,
        projectId: r.project.id,
        action: 'update',
        summary: `Recorded who owns what for “${r.project.name}” (sample data)`,
        before: null,
        after: saved,
      });
    }
  },
};

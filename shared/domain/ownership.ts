import { z } from 'zod';
import { ALERT_ROUTES, RACI_PARTIES, type AlertRoute, type RaciParty } from '../framework/raci';
import { daysBetween } from './calendar';
import { isoDate, recordId, singleLine } from './textFields';

// Who owns what for one project: the owners, the on-call rotation, a runbook per failure mode,
// the owner of each alert route and the research-to-production hand-off sprint. One strict
// schema guards the form, the backend and the CLI alike; '' means "not recorded".

/** The failure modes an on-call person needs a runbook for (domain.md, "On-call"). */
export const FAILURE_MODES = ['rollback', 'retrain', 'threshold', 'escalate'] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

export const FAILURE_MODE_LABELS: Record<FailureMode, string> = {
  rollback: 'Roll back the model',
  retrain: 'Retrain on recent data',
  threshold: 'Adjust the confidence threshold',
  escalate: 'Escalate to data science',
};

export const HANDOFF_STATUSES = ['not_planned', 'planned', 'in_progress', 'done'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

export const HANDOFF_STATUS_LABELS: Record<HandoffStatus, string> = {
  not_planned: 'Not planned',
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
};

/** The hand-off is a 2-3 week co-owned productionization sprint (in days, both included). */
export const HANDOFF_SPRINT_DAYS = { min: 14, max: 21 } as const;

const NAME_MAX = 120;
export const REFERENCE_MAX = 500;

const name = (label: string) => singleLine(label, NAME_MAX);

const runbookSchema = z
  .object({
    present: z.boolean({ error: 'Say whether the runbook exists' }),
    /** Where to find it (a link) or a note about it. */
    reference: singleLine('Link or note', REFERENCE_MAX),
  })
  .strict()
  .refine((r) => !r.present || r.reference.length > 0, {
    message: 'Give a link or a note so the on-call person can find it',
    path: ['reference'],
  });
export type Runbook = z.output<typeof runbookSchema>;

/** Who an alert goes to: the chosen org model's default, one of the project's roles, or a named person. */
export const alertOwnerSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('model_default') }).strict(),
    z
      .object({
        kind: z.literal('party'),
        party: z.enum(RACI_PARTIES, { error: 'Choose who the alert goes to' }),
      })
      .strict(),
    z
      .object({
        kind: z.literal('person'),
        name: singleLine('The alert owner', NAME_MAX, { required: true }),
      })
      .strict(),
  ],
  { error: 'Choose who the alert goes to' },
);
export type AlertOwner =
  | { kind: 'model_default' }
  | { kind: 'party'; party: RaciParty }
  | { kind: 'person'; name: string };

const handoffSchema = z
  .object({
    status: z.enum(HANDOFF_STATUSES, { error: 'Choose a status' }),
    plannedStart: isoDate('Start date').nullable(),
    plannedEnd: isoDate('End date').nullable(),
    researchCoOwner: name('Research co-owner'),
    productionCoOwner: name('Production co-owner'),
  })
  .strict()
  .refine(
    (h) =>
      h.plannedStart === null ||
      h.plannedEnd === null ||
      daysBetween(h.plannedStart, h.plannedEnd) > 0,
    { message: 'The sprint must end after it starts', path: ['plannedEnd'] },
  );
export type Handoff = z.output<typeof handoffSchema>;

const record = <K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) =>
  z.object(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>).strict();

/** Every field of a project's ownership; the form, the backend and imports share it. */
export const ownershipFieldsSchema = z
  .object({
    productTeam: name('Product team'),
    mlOwner: name('ML owner'),
    platformOwner: name('Platform/SRE owner'),
    engineeringManager: name('Engineering manager'),
    onCall: z
      .object({
        /** The rotation: its name, schedule or members ('' = no rotation). */
        rotation: singleLine('On-call rotation', 200),
        /** Someone on it who understands both the ML pipeline and the infrastructure. */
        mlInfraPerson: name('ML + infrastructure person'),
      })
      .strict(),
    runbooks: record(FAILURE_MODES, runbookSchema),
    alertRoutes: record(ALERT_ROUTES, alertOwnerSchema),
    handoff: handoffSchema,
  })
  .strict();

export type OwnershipFields = {
  productTeam: string;
  mlOwner: string;
  platformOwner: string;
  engineeringManager: string;
  onCall: { rotation: string; mlInfraPerson: string };
  runbooks: Record<FailureMode, Runbook>;
  alertRoutes: Record<AlertRoute, AlertOwner>;
  handoff: Handoff;
};

// The schema's output is the type above (checked both ways, so they never drift apart).
type Parsed = z.output<typeof ownershipFieldsSchema>;
const sameShape: [Parsed, OwnershipFields] extends [OwnershipFields, Parsed] ? true : never = true;
void sameShape;

export const saveOwnershipSchema = z
  .object({ projectId: recordId, ownership: ownershipFieldsSchema })
  .strict();

/** A project's ownership as stored; `updatedAt` null: nothing recorded yet (all empty). */
export interface ProjectOwnership extends OwnershipFields {
  projectId: string;
  updatedAt: string | null;
}

/** Nothing recorded: the state of every project until someone fills it in. */
export const EMPTY_OWNERSHIP: OwnershipFields = {
  productTeam: '',
  mlOwner: '',
  platformOwner: '',
  engineeringManager: '',
  onCall: { rotation: '', mlInfraPerson: '' },
  runbooks: {
    rollback: { present: false, reference: '' },
    retrain: { present: false, reference: '' },
    threshold: { present: false, reference: '' },
    escalate: { present: false, reference: '' },
  },
  alertRoutes: {
    drift: { kind: 'model_default' },
    latency: { kind: 'model_default' },
    cost: { kind: 'model_default' },
  },
  handoff: {
    status: 'not_planned',
    plannedStart: null,
    plannedEnd: null,
    researchCoOwner: '',
    productionCoOwner: '',
  },
};

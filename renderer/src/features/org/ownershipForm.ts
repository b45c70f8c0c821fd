import {
  FAILURE_MODES,
  ownershipFieldsSchema,
  type FailureMode,
  type HandoffStatus,
  type OwnershipFields,
} from '../../../../shared/domain/ownership';
import { ALERT_ROUTES, type AlertRoute, type RaciParty } from '../../../../shared/framework/raci';
import { errorsFromIssues, issuesOf, type FieldErrors } from './formIssues';

/** Who an alert route goes to, as the form's select holds it. */
export type RouteChoice = 'model_default' | 'person' | RaciParty;

/** The ownership as the form edits it: dates as typed text ('' = none), routes as a choice. */
export interface OwnershipForm {
  productTeam: string;
  mlOwner: string;
  platformOwner: string;
  engineeringManager: string;
  rotation: string;
  mlInfraPerson: string;
  runbooks: Record<FailureMode, { present: boolean; reference: string }>;
  routes: Record<AlertRoute, { choice: RouteChoice; name: string }>;
  handoff: {
    status: HandoffStatus;
    plannedStart: string;
    plannedEnd: string;
    researchCoOwner: string;
    productionCoOwner: string;
  };
}

const each = <K extends string, V>(keys: readonly K[], f: (k: K) => V): Record<K, V> =>
  Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, V>;

export function toOwnershipForm(o: OwnershipFields): OwnershipForm {
  return {
    productTeam: o.productTeam,
    mlOwner: o.mlOwner,
    platformOwner: o.platformOwner,
    engineeringManager: o.engineeringManager,
    rotation: o.onCall.rotation,
    mlInfraPerson: o.onCall.mlInfraPerson,
    runbooks: each(FAILURE_MODES, (m) => ({ ...o.runbooks[m] })),
    routes: each(ALERT_ROUTES, (r) => {
      const a = o.alertRoutes[r];
      if (a.kind === 'person') return { choice: 'person' as const, name: a.name };
      return { choice: a.kind === 'party' ? a.party : ('model_default' as const), name: '' };
    }),
    handoff: {
      ...o.handoff,
      plannedStart: o.handoff.plannedStart ?? '',
      plannedEnd: o.handoff.plannedEnd ?? '',
    },
  };
}

/**
 * Parses the form with the backend's own schema: the record to save, or a message per field,
 * keyed by the schema path ("runbooks.rollback.reference", "handoff.plannedEnd", ...).
 */
export function parseOwnershipForm(
  f: OwnershipForm,
): { ok: true; fields: OwnershipFields } | { ok: false; errors: FieldErrors } {
  const parsed = ownershipFieldsSchema.safeParse({
    productTeam: f.productTeam,
    mlOwner: f.mlOwner,
    platformOwner: f.platformOwner,
    engineeringManager: f.engineeringManager,
    onCall: { rotation: f.rotation, mlInfraPerson: f.mlInfraPerson },
    runbooks: f.runbooks,
    alertRoutes: each(ALERT_ROUTES, (r) => {
      const { choice, name } = f.routes[r];
      if (choice === 'model_default') return { kind: 'model_default' };
      if (choice === 'person') return { kind: 'person', name };
      return { kind: 'party', party: choice };
    }),
    handoff: {
      ...f.handoff,
      plannedStart: f.handoff.plannedStart.trim() || null,
      plannedEnd: f.handoff.plannedEnd.trim() || null,
    },
  });
  return parsed.success
    ? { ok: true, fields: parsed.data }
    : { ok: false, errors: errorsFromIssues(issuesOf(parsed.error)) };
}

/** A refusal's issues under the form's fields (the backend names them "ownership.…"). */
export const serverErrors = (issues: Parameters<typeof errorsFromIssues>[0]): FieldErrors =>
  errorsFromIssues(issues, 'ownership.');

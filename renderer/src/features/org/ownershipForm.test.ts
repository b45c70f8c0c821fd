import { describe, expect, it } from 'vitest';
import { EMPTY_OWNERSHIP, type OwnershipFields } from '../../../../shared/domain/ownership';
import { parseOwnershipForm, serverErrors, toOwnershipForm } from './ownershipForm';

const recorded: OwnershipFields = {
  ...EMPTY_OWNERSHIP,
  mlOwner: 'Amara Okafor',
  runbooks: {
    ...EMPTY_OWNERSHIP.runbooks,
    rollback: { present: true, reference: 'wiki/rollback' },
  },
  alertRoutes: {
    drift: { kind: 'model_default' },
    latency: { kind: 'party', party: 'platform_owner' },
    cost: { kind: 'person', name: 'Finance desk' },
  },
  handoff: {
    ...EMPTY_OWNERSHIP.handoff,
    status: 'planned',
    plannedStart: '2026-04-06',
    plannedEnd: '2026-04-24',
  },
};

describe('the ownership form', () => {
  it('round-trips a recorded ownership, alert overrides and dates included', () => {
    expect(parseOwnershipForm(toOwnershipForm(recorded))).toEqual({ ok: true, fields: recorded });
    expect(parseOwnershipForm(toOwnershipForm(EMPTY_OWNERSHIP))).toEqual({
      ok: true,
      fields: EMPTY_OWNERSHIP,
    });
  });

  it('puts each refusal under its field', () => {
    const f = toOwnershipForm(recorded);
    f.runbooks.retrain = { present: true, reference: '' };
    f.routes.cost = { choice: 'person', name: '' };
    f.handoff.plannedEnd = '2026-04-01';
    const r = parseOwnershipForm(f);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual({
      'runbooks.retrain.reference': 'Give a link or a note so the on-call person can find it',
      'alertRoutes.cost.name': 'The alert owner is required',
      'handoff.plannedEnd': 'The sprint must end after it starts',
    });
  });

  it('reads the backend’s issue paths as the form’s', () => {
    expect(serverErrors([{ path: 'ownership.mlOwner', message: 'Too long' }])).toEqual({
      mlOwner: 'Too long',
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Audit } from '../../../shared/domain/audit';
import { ALL_PRACTICES, GAPS, scoreAudit } from '../../../shared/framework';
import { call } from '../dispatch/dispatch';
import { projectInput } from '../testing/projectFixtures';
import { openTempWorkspace, totalChanges, type TempWorkspace } from '../testing/tempWorkspace';
import { answersOf } from '../../../shared/domain/auditRules';

let ws: TempWorkspace;
let projectId: string;

beforeEach(async () => {
  ws = openTempWorkspace();
  const p = await call(ws.dispatch, 'projects.create', projectInput());
  if (!p.ok) throw new Error(p.error.message);
  projectId = p.data.id;
});
afterEach(() => ws.dispose());

const newAudit = async (): Promise<Audit> => {
  const r = await call(ws.dispatch, 'audits.create', {
    projectId,
    title: 'Week 1 audit',
    takenOn: '2026-03-02',
    facilitator: 'Ana',
    participants: ['Ana', 'Bo', 'Chen 陳'],
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
};

/** Scores every practice: the first practice of each gap gets `first`, the rest 1. */
async function scoreAll(auditId: string, first: 0 | 0.5 | 1 = 0.5): Promise<Audit> {
  let last: Audit | undefined;
  for (const gap of GAPS) {
    for (const [i, p] of gap.practices.entries()) {
      const r = await call(ws.dispatch, 'audits.setPractice', {
        auditId,
        practiceKey: p.key,
        answer: { kind: 'scored', level: i === 0 ? first : 1 },
      });
      if (!r.ok) throw new Error(r.error.message);
      last = r.data;
    }
  }
  return last!;
}

async function writeAllMissing(auditId: string): Promise<void> {
  for (const gap of GAPS) {
    const r = await call(ws.dispatch, 'audits.setGapMissing', {
      auditId,
      gapKey: gap.key,
      missing: `No ${gap.key} artifact yet`,
    });
    if (!r.ok) throw new Error(r.error.message);
  }
}

describe('audits', () => {
  it('starts a draft with every practice of the framework unscored, on the current version', async () => {
    const audit = await newAudit();
    expect(audit.status).toBe('draft');
    expect(Object.keys(audit.practices).sort()).toEqual(ALL_PRACTICES.map((p) => p.key).sort());
    expect(Object.values(audit.practices).every((e) => e.answer === undefined)).toBe(true);
    expect(audit.participants).toEqual(['Ana', 'Bo', 'Chen 陳']);
    const listed = await call(ws.dispatch, 'audits.list', { projectId });
    expect(listed.ok && listed.data).toEqual([audit]);
  });

  it('saves scores, not-applicable reasons and notes, and clears a score', async () => {
    const audit = await newAudit();
    const key = ALL_PRACTICES[0]!.key;
    await call(ws.dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: key,
      answer: { kind: 'scored', level: 0.5 },
    });
    await call(ws.dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: key,
      note: 'Dockerfile exists, no API spec',
    });
    let got = await call(ws.dispatch, 'audits.get', { id: audit.id });
    expect(got.ok && got.data.practices[key]).toEqual({
      answer: { kind: 'scored', level: 0.5 },
      note: 'Dockerfile exists, no API spec',
    });

    await call(ws.dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: key,
      answer: { kind: 'not_applicable', reason: 'Batch job' },
    });
    got = await call(ws.dispatch, 'audits.get', { id: audit.id });
    expect(got.ok && got.data.practices[key]?.answer).toEqual({
      kind: 'not_applicable',
      reason: 'Batch job',
    });

    await call(ws.dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: key,
      answer: null,
    });
    got = await call(ws.dispatch, 'audits.get', { id: audit.id });
    expect(got.ok && got.data.practices[key]).toEqual({ note: 'Dockerfile exists, no API spec' });
  });

  it('refuses not applicable without a reason, and unknown practices', async () => {
    const audit = await newAudit();
    const before = totalChanges(ws.openDb());
    const noReason = await call(ws.dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: ALL_PRACTICES[0]!.key,
      answer: { kind: 'not_applicable', reason: '  ' },
    });
    expect(noReason.ok).toBe(false);
    expect(!noReason.ok && noReason.error.code).toBe('INVALID_INPUT');
    const unknown = await call(ws.dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: 'pipeline.made_up',
      answer: { kind: 'scored', level: 1 },
    });
    expect(!unknown.ok && unknown.error.issues?.[0]?.path).toBe('practiceKey');
    expect(totalChanges(ws.openDb())).toBe(before);
  });

  it('refuses to finalise while a gap below full marks has no "what is missing", naming the gaps, and changes nothing', async () => {
    const audit = await newAudit();
    await scoreAll(audit.id, 0.5);
    await call(ws.dispatch, 'audits.setGapMissing', {
      auditId: audit.id,
      gapKey: 'pipeline',
      missing: 'No CI/CD',
    });
    const before = totalChanges(ws.openDb());
    const r = await call(ws.dispatch, 'audits.finalize', { id: audit.id });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('RULE_VIOLATION');
    for (const title of GAPS.slice(1).map((g) => g.title)) expect(r.error.message).toContain(title);
    expect(r.error.message).not.toContain(GAPS[0]!.title);
    expect(r.error.issues?.map((i) => i.path)).toEqual(
      GAPS.slice(1).map((g) => `gaps.${g.key}.missing`),
    );
    expect(totalChanges(ws.openDb())).toBe(before);
    const still = await call(ws.dispatch, 'audits.get', { id: audit.id });
    expect(still.ok && still.data.status).toBe('draft');
  });

  it('refuses to finalise with unscored practices; a gap at full marks needs no missing text', async () => {
    const audit = await newAudit();
    const unscored = await call(ws.dispatch, 'audits.finalize', { id: audit.id });
    expect(!unscored.ok && unscored.error.message).toContain('cannot be finalised');
    await scoreAll(audit.id, 1);
    const r = await call(ws.dispatch, 'audits.finalize', { id: audit.id });
    expect(r.ok && r.data.status).toBe('final');
  });

  it('a final audit refuses every write path, in the service and in the database itself', async () => {
    const audit = await newAudit();
    await scoreAll(audit.id, 0);
    await writeAllMissing(audit.id);
    const fin = await call(ws.dispatch, 'audits.finalize', { id: audit.id });
    expect(fin.ok).toBe(true);
    const db = ws.openDb();
    const before = totalChanges(db);
    const attempts = [
      call(ws.dispatch, 'audits.setPractice', {
        auditId: audit.id,
        practiceKey: ALL_PRACTICES[0]!.key,
        answer: { kind: 'scored', level: 1 },
      }),
      call(ws.dispatch, 'audits.setPractice', {
        auditId: audit.id,
        practiceKey: ALL_PRACTICES[0]!.key,
        note: 'later',
      }),
      call(ws.dispatch, 'audits.setGapMissing', {
        auditId: audit.id,
        gapKey: 'fallback',
        missing: '',
      }),
      call(ws.dispatch, 'audits.update', { id: audit.id, patch: { title: 'Rewritten' } }),
      call(ws.dispatch, 'audits.finalize', { id: audit.id }),
      call(ws.dispatch, 'audits.delete', { id: audit.id }),
    ];
    for (const r of await Promise.all(attempts)) {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('READ_ONLY');
    }
    expect(totalChanges(db)).toBe(before);
    expect(() => db.prepare("UPDATE audits SET title = 'x' WHERE id = ?").run(audit.id)).toThrow(
      /audit is final/,
    );
    expect(() =>
      db.prepare('UPDATE audit_practices SET halves = 2 WHERE audit_id = ?').run(audit.id),
    ).toThrow(/audit is final/);
    expect(() =>
      db.prepare("UPDATE audit_gaps SET missing = '' WHERE audit_id = ?").run(audit.id),
    ).toThrow(/audit is final/);
    const after = await call(ws.dispatch, 'audits.get', { id: audit.id });
    expect(after.ok && after.data).toEqual(fin.ok && fin.data);
  });

  it('a new audit from a final one keeps every score, note and missing text, as a draft', async () => {
    const audit = await newAudit();
    await scoreAll(audit.id, 0.5);
    await writeAllMissing(audit.id);
    await call(ws.dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: ALL_PRACTICES[3]!.key,
      note: 'Only staging has it 🚧',
    });
    const fin = await call(ws.dispatch, 'audits.finalize', { id: audit.id });
    if (!fin.ok) throw new Error(fin.error.message);
    const copy = await call(ws.dispatch, 'audits.copy', {
      id: audit.id,
      title: 'Week 5 audit',
      takenOn: '2026-04-06',
    });
    if (!copy.ok) throw new Error(copy.error.message);
    expect(copy.data.status).toBe('draft');
    expect(copy.data.copiedFromId).toBe(audit.id);
    expect(copy.data.practices).toEqual(fin.data.practices);
    expect(copy.data.missing).toEqual(fin.data.missing);
    expect(copy.data.participants).toEqual(fin.data.participants);
    // The copy is independent: changing it leaves the final audit as it was.
    await call(ws.dispatch, 'audits.setPractice', {
      auditId: copy.data.id,
      practiceKey: ALL_PRACTICES[0]!.key,
      answer: { kind: 'scored', level: 1 },
    });
    const original = await call(ws.dispatch, 'audits.get', { id: audit.id });
    expect(original.ok && original.data).toEqual(fin.data);
  });

  it('latestFinal gives each project its latest final audit, ignoring drafts', async () => {
    const first = await newAudit();
    await scoreAll(first.id, 0);
    await writeAllMissing(first.id);
    await call(ws.dispatch, 'audits.finalize', { id: first.id });
    const second = await call(ws.dispatch, 'audits.copy', {
      id: first.id,
      title: 'Later',
      takenOn: '2026-04-01',
    });
    if (!second.ok) throw new Error(second.error.message);
    let latest = await call(ws.dispatch, 'audits.latestFinal', {});
    expect(latest.ok && latest.data.map((a) => a.id)).toEqual([first.id]);
    await scoreAll(second.data.id, 1);
    await call(ws.dispatch, 'audits.finalize', { id: second.data.id });
    latest = await call(ws.dispatch, 'audits.latestFinal', {});
    expect(latest.ok && latest.data.map((a) => a.id)).toEqual([second.data.id]);
    const score = latest.ok ? scoreAudit(answersOf(latest.data[0]!)) : null;
    expect(score?.headline).toEqual({ num: 1, den: 1 });
  });

  it('records every change in the project history, with the hash chain intact', async () => {
    const audit = await newAudit();
    await call(ws.dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: ALL_PRACTICES[0]!.key,
      answer: { kind: 'scored', level: 0.5 },
    });
    const history = await call(ws.dispatch, 'history.list', { projectId, limit: 10 });
    expect(history.ok && history.data.map((e) => e.action)).toEqual(['score', 'create', 'create']);
    expect(history.ok && history.data[0]!.summary).toContain('0.5');
    const verify = await call(ws.dispatch, 'history.verify', {});
    expect(verify.ok && verify.data.ok).toBe(true);
  });

  it('deleting a project deletes its audits, final ones included, and keeps the history', async () => {
    const audit = await newAudit();
    await scoreAll(audit.id, 1);
    await call(ws.dispatch, 'audits.finalize', { id: audit.id });
    const del = await call(ws.dispatch, 'projects.delete', { id: projectId });
    expect(del.ok).toBe(true);
    const gone = await call(ws.dispatch, 'audits.get', { id: audit.id });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
    const history = await call(ws.dispatch, 'history.list', { projectId, limit: 100 });
    expect(history.ok && history.data[0]!.action).toBe('delete');
  });

  it('an archived project cannot be audited until restored', async () => {
    await call(ws.dispatch, 'projects.archive', { id: projectId });
    const r = await call(ws.dispatch, 'audits.create', {
      projectId,
      title: 'x',
      takenOn: '2026-03-02',
    });
    expect(!r.ok && r.error.code).toBe('READ_ONLY');
  });
});

import { describe, expect, it } from 'vitest';
import { ALL_PRACTICES, GAP_KEYS, type GapKey, type PracticeAnswer } from '../framework';
import type { Audit } from './audit';
import { generatePlanTasks, replanDiff } from './planGeneration';

// A fixed final audit: every practice in place except the ones listed.
function auditWith(
  open: Record<string, 0 | 0.5>,
  na: string[] = [],
): Pick<Audit, 'id' | 'title' | 'practices' | 'missing'> {
  const practices: Audit['practices'] = {};
  for (const p of ALL_PRACTICES) {
    const answer: PracticeAnswer = na.includes(p.key)
      ? { kind: 'not_applicable', reason: 'Batch only' }
      : { kind: 'scored', level: open[p.key] ?? 1 };
    practices[p.key] = {
      answer,
      note: p.key === 'versioning.model_registry' ? 'Folders in S3' : '',
    };
  }
  const missing = Object.fromEntries(GAP_KEYS.map((k) => [k, ''])) as Record<GapKey, string>;
  missing.versioning = 'No registry, no rollback target';
  return { id: 'a1', title: 'March audit', practices, missing };
}

const fixed = auditWith(
  {
    'pipeline.ci_cd': 0,
    'versioning.model_registry': 0,
    'versioning.canary_release': 0.5,
    'fallback.fallback_tiers': 0,
    'fallback.fallback_rate_monitored': 0,
    'fallback.circuit_breaker': 0.5,
    'observability.drift_detection': 0,
    'governance.automated_checks': 0.5,
  },
  ['versioning.prompt_versioning'],
);

describe('generating a plan from an audit', () => {
  it('gives exactly the expected tasks in each week and in the after-day-30 section', () => {
    const tasks = generatePlanTasks(fixed, '2026-03-02');
    const bySection = (s: string) => tasks.filter((t) => t.section === s).map((t) => t.practiceKey);
    expect(bySection('week_1')).toEqual(['audit']);
    expect(bySection('week_2')).toEqual([
      'versioning.model_registry',
      'versioning.canary_release',
      'fallback.fallback_tiers',
    ]);
    expect(bySection('week_3')).toEqual([
      'fallback.circuit_breaker',
      'fallback.fallback_rate_monitored',
      'observability.drift_detection',
    ]);
    expect(bySection('week_4')).toEqual([
      'checkpoint_sprint',
      'remediation_plan',
      'governance.automated_checks',
    ]);
    expect(bySection('after')).toEqual(['pipeline.ci_cd']);
  });

  it('marks week 1 done (the audit is final), carries what is missing, due at the end of each week', () => {
    const tasks = generatePlanTasks(fixed, '2026-03-02');
    expect(tasks.find((t) => t.practiceKey === 'audit')?.status).toBe('done');
    const registry = tasks.find((t) => t.practiceKey === 'versioning.model_registry');
    expect(registry?.description).toContain('No registry, no rollback target');
    expect(registry?.description).toContain('Folders in S3');
    expect(registry?.dueOn).toBe('2026-03-15');
    expect(tasks.find((t) => t.practiceKey === 'fallback.fallback_tiers')?.title).toBe(
      'One fallback path on the highest-risk inference endpoint',
    );
    expect(tasks.find((t) => t.practiceKey === 'observability.drift_detection')?.dueOn).toBe(
      '2026-03-22',
    );
    expect(tasks.find((t) => t.practiceKey === 'governance.automated_checks')?.dueOn).toBe(
      '2026-03-31',
    );
    expect(tasks.find((t) => t.practiceKey === 'pipeline.ci_cd')?.dueOn).toBe('2026-04-21');
  });

  it('leaves out practices that are met or not applicable', () => {
    const keys = generatePlanTasks(fixed, '2026-03-02').map((t) => t.practiceKey);
    expect(keys).not.toContain('versioning.prompt_versioning');
    expect(keys).not.toContain('versioning.versioned_unit');
  });
});

describe('re-planning', () => {
  it('adds tasks for newly open practices and offers to close the ones now met', () => {
    const tasks = generatePlanTasks(fixed, '2026-03-02').map((t, i) => ({
      ...t,
      id: `t${i}`,
    }));
    const newer = auditWith({ 'versioning.canary_release': 0.5, 'observability.inference_log': 0 });
    const diff = replanDiff({ ...newer, id: 'a2' }, tasks, '2026-03-02', 'p');
    expect(diff.toAdd.map((a) => a.practiceKey)).toEqual(['observability.inference_log']);
    expect(diff.toClose.map((c) => c.practiceKey).sort()).toEqual(
      [
        'fallback.circuit_breaker',
        'fallback.fallback_rate_monitored',
        'fallback.fallback_tiers',
        'governance.automated_checks',
        'observability.drift_detection',
        'pipeline.ci_cd',
        'versioning.model_registry',
      ].sort(),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_SECTIONS, type PlanTask } from '../../../shared/domain/plan';
import { ALL_PRACTICES } from '../../../shared/framework';
import { finalAuditWith } from '../testing/auditFixtures';
import { callOk } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { openTempWorkspace } from '../testing/tempWorkspace';

// Any sequence of user edits followed by re-planning from a newer audit loses no edited field,
// no status, owner, note, due date, place, and no hand-made task.

const keys = ALL_PRACTICES.map((p) => p.key);
const openSet = fc
  .subarray(keys, { minLength: 1, maxLength: 10 })
  .map(
    (ks) =>
      Object.fromEntries(ks.map((k, i) => [k, i % 2 === 0 ? 0 : 0.5])) as Record<string, 0 | 0.5>,
  );
const text = fc
  .string({ minLength: 1, maxLength: 12 })
  .map((s) => s.replace(/\p{C}/gu, '').trim() || 'x');
const op = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    patch: fc.oneof(
      fc.record({ owner: text }),
      fc.record({ notes: text }),
      fc.record({ title: text }),
      fc.record({ dueOn: fc.constantFrom('2026-02-28', '2026-12-31', '2027-01-01') }),
      fc.record({
        status: fc.constantFrom('todo' as const, 'in_progress' as const, 'done' as const),
      }),
      fc.record({
        status: fc.constantFrom('blocked' as const, 'skipped' as const),
        statusReason: text,
      }),
    ),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    section: fc.constantFrom(...PLAN_SECTIONS),
    title: text,
  }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    section: fc.constantFrom(...PLAN_SECTIONS),
    index: fc.nat({ max: 8 }),
  }),
);

describe('re-planning', () => {
  it('never loses a user edit or a hand-made task', async () => {
    await fc.assert(
      fc.asyncProperty(
        openSet,
        openSet,
        fc.array(op, { maxLength: 12 }),
        fc.nat(),
        async (first, second, ops, closeMask) => {
          const ws = openTempWorkspace();
          try {
            const { dispatch } = ws;
            const projectId = (await callOk(dispatch, 'projects.create', projectInput())).id;
            await finalAuditWith(dispatch, projectId, first, '2026-03-02');
            let plan = await callOk(dispatch, 'plans.generate', {
              projectId,
              startOn: '2026-03-02',
            });
            for (const o of ops) {
              const task = plan.tasks[('pick' in o ? o.pick : 0) % plan.tasks.length]!;
              if (o.kind === 'edit')
                await callOk(dispatch, 'plans.updateTask', { id: task.id, patch: o.patch });
              if (o.kind === 'add')
                await callOk(dispatch, 'plans.addTask', {
                  projectId,
                  section: o.section,
                  title: o.title,
                });
              if (o.kind === 'move')
                await callOk(dispatch, 'plans.moveTask', {
                  id: task.id,
                  section: o.section,
                  index: o.index,
                });
              plan = (await callOk(dispatch, 'plans.get', { projectId }))!;
            }
            const before = plan.tasks;
            await finalAuditWith(dispatch, projectId, second, '2026-03-12');
            const preview = await callOk(dispatch, 'plans.replanPreview', { projectId });
            const close = preview.toClose
              .filter((_, i) => (closeMask >> i) & 1)
              .map((c) => c.taskId);
            const after = await callOk(dispatch, 'plans.replanApply', {
              projectId,
              auditId: preview.auditId,
              closeTaskIds: close,
            });
            const byId = new Map(after.tasks.map((t) => [t.id, t]));
            for (const t of before) {
              const now = byId.get(t.id);
              const expected: PlanTask = close.includes(t.id)
                ? { ...t, status: 'done', statusReason: '', updatedAt: now?.updatedAt ?? '' }
                : t;
              expect(now).toEqual(expected);
            }
            expect(after.tasks).toHaveLength(before.length + preview.toAdd.length);
          } finally {
            ws.dispose();
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

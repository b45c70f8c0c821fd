import { PLAN_SECTIONS, type PlanSectionKey, type PlanTask } from '../../../../shared/domain/plan';

/**
 * Where a keyboard move sends a task: one place up or down in its week; past the top or the
 * bottom, to the end of the previous or the start of the next section. Null: nowhere to go.
 */
export function keyboardMove(
  tasks: readonly Pick<PlanTask, 'id' | 'section'>[],
  id: string,
  direction: 'up' | 'down',
): { section: PlanSectionKey; index: number } | null {
  const task = tasks.find((t) => t.id === id);
  if (!task) return null;
  const inSection = tasks.filter((t) => t.section === task.section);
  const index = inSection.findIndex((t) => t.id === id);
  const s = PLAN_SECTIONS.indexOf(task.section);
  if (direction === 'up') {
    if (index > 0) return { section: task.section, index: index - 1 };
    const prev = PLAN_SECTIONS[s - 1];
    return prev ? { section: prev, index: tasks.filter((t) => t.section === prev).length } : null;
  }
  if (index < inSection.length - 1) return { section: task.section, index: index + 1 };
  const next = PLAN_SECTIONS[s + 1];
  return next ? { section: next, index: 0 } : null;
}

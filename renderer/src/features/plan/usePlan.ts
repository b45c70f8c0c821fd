import { useCallback, useEffect, useState } from 'react';
import type { InputOf } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/api/result';
import type { Plan, PlanTask } from '../../../../shared/domain/plan';
import { api } from '../../api/client';
import { useAppStore } from '../../store/useAppStore';

/**
 * One project's plan, read from the backend and replaced by what each write returns, so the
 * screen never shows a change before its transaction committed. Kept in the feature (not a
 * store slice): only the plan page reads a whole plan; the portfolio reads its counts from
 * portfolio.summary.
 */
export function usePlan(projectId: string) {
  const [plan, setPlan] = useState<Plan | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const notify = useAppStore((s) => s.notify);

  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    void api['plans.get']({ projectId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPlan(r.data);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [projectId, version]);

  /** Runs a write; on success takes the new plan (or re-reads it), on failure says why. */
  const write = useCallback(
    async <T>(
      run: () => Promise<Result<T>>,
      apply?: (data: T) => Plan | null,
    ): Promise<Result<T>> => {
      const r = await run();
      if (r.ok) {
        const next = apply?.(r.data);
        if (next !== undefined && next !== null) setPlan(next);
        else reload();
      } else if (!r.error.issues?.length) notify('error', r.error.message);
      return r;
    },
    [notify, reload],
  );

  const replaceTask = (t: PlanTask) =>
    plan ? { ...plan, tasks: plan.tasks.map((x) => (x.id === t.id ? t : x)) } : null;

  return {
    plan,
    error,
    reload,
    generate: (startOn?: string) =>
      write(
        () => api['plans.generate']({ projectId, ...(startOn ? { startOn } : {}) }),
        (p) => p,
      ),
    addTask: (input: Omit<InputOf<'plans.addTask'>, 'projectId'>) =>
      write(() => api['plans.addTask']({ ...input, projectId })),
    updateTask: (id: string, patch: InputOf<'plans.updateTask'>['patch']) =>
      write(() => api['plans.updateTask']({ id, patch }), replaceTask),
    moveTask: (input: InputOf<'plans.moveTask'>) =>
      write(
        () => api['plans.moveTask'](input),
        (p) => p,
      ),
    deleteTask: (id: string) => write(() => api['plans.deleteTask']({ id })),
    replanApply: (input: Omit<InputOf<'plans.replanApply'>, 'projectId'>) =>
      write(
        () => api['plans.replanApply']({ ...input, projectId }),
        (p) => p,
      ),
  };
}

export type PlanActions = ReturnType<typeof usePlan>;

import { PLAN_TEMPLATE, sectionTemplate, type PlanSection } from '../framework';
import { addDays } from './calendar';
import type { PlanSectionKey } from './plan';

// Between the framework's sections (1-4, 'after') and their stored keys, and the dates each
// section spans for a plan starting on a given day. Dates are calendar days (calendar.ts), so
// month ends, year ends and daylight-saving changes shift nothing.

export const sectionKey = (s: PlanSection): PlanSectionKey =>
  s === 'after' ? 'after' : `week_${s}`;
export const sectionOfKey = (k: PlanSectionKey): PlanSection =>
  k === 'after' ? 'after' : (Number(k.slice(5)) as 1 | 2 | 3 | 4);

export interface SectionWindow {
  key: PlanSectionKey;
  title: string;
  goal: string;
  startOn: string;
  endOn: string;
}

/** Each section's title, goal and first and last day for a plan that starts on `startOn`. */
export function planWindows(startOn: string): SectionWindow[] {
  return PLAN_TEMPLATE.map((t) => ({
    key: sectionKey(t.section),
    title: t.title,
    goal: t.goal,
    startOn: addDays(startOn, t.firstDay),
    endOn: addDays(startOn, t.lastDay),
  }));
}

/** A task's default due date: the last day of its section. */
export function defaultDueOn(startOn: string, key: PlanSectionKey): string {
  return addDays(startOn, sectionTemplate(sectionOfKey(key)).lastDay);
}

/** The section `day` falls in, 'before' the plan starts, or 'done' past its last section. */
export function sectionOnDay(startOn: string, day: string): PlanSectionKey | 'before' | 'done' {
  if (day < startOn) return 'before';
  for (const w of planWindows(startOn)) if (day <= w.endOn) return w.key;
  return 'done';
}

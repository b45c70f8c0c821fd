import type { PlanSection } from './types';

// The 30-day plan's shape (domain.md, "The 30-day plan"), in the app's own words: each week's
// goal, the plan's own steps (tasks that are not a practice), and the days each section spans.
// The plan covers days 1-30: weeks 1-3 are seven days each, week 4 runs from day 22 to day 30.
// The productionization sprint follows it (2-3 weeks): days 31-51.

export interface PlanSectionTemplate {
  section: PlanSection;
  title: string;
  goal: string;
  /** Day offsets from the start date (0 = day 1), inclusive. */
  firstDay: number;
  lastDay: number;
}

export const PLAN_TEMPLATE: readonly PlanSectionTemplate[] = [
  {
    section: 1,
    title: 'Week 1: Audit',
    goal: 'Score the project against the five gaps and name, for each, the artifact or capability that is missing. Done when the project has a final audit.',
    firstDay: 0,
    lastDay: 6,
  },
  {
    section: 2,
    title: 'Week 2: Versioning and a first fallback',
    goal: 'Put model versions in a registry and give the highest-risk inference endpoint one fallback path; even a cached answer beats none.',
    firstDay: 7,
    lastDay: 13,
  },
  {
    section: 3,
    title: 'Week 3: Observability',
    goal: 'Track confidence and drift, give every alert an owner, build the five-panel dashboard, and harden the fallback now that its rate can be watched.',
    firstDay: 14,
    lastDay: 20,
  },
  {
    section: 4,
    title: 'Week 4: Governance checkpoint sprint',
    goal: 'Run the first checkpoint sprint over the five stages, record what passed and what did not, and write a remediation plan for every gap. The aim is to know where the project stands, not to pass everything.',
    firstDay: 21,
    lastDay: 29,
  },
  {
    section: 'after',
    title: 'After day 30: productionization sprint',
    goal: 'A 2-3 week sprint co-owned by research and production, pairing to turn notebook code into a service with an API, pinned dependencies, CI/CD and an SLA.',
    firstDay: 30,
    lastDay: 50,
  },
];

/** The plan's own steps: tasks every plan has, whatever the audit found. */
export interface PlanMilestone {
  key: string;
  section: PlanSection;
  title: string;
  description: string;
}

export const PLAN_MILESTONES: readonly PlanMilestone[] = [
  {
    key: 'audit',
    section: 1,
    title: 'Final gap audit',
    description:
      'Score every practice and write what is missing for each gap; an audit that says “we are fine” is not an honest one.',
  },
  {
    key: 'checkpoint_sprint',
    section: 4,
    title: 'Run the first governance checkpoint sprint',
    description:
      'Take the project through the five checkpoint stages and record what passed and what did not.',
  },
  {
    key: 'remediation_plan',
    section: 4,
    title: 'Write a remediation plan for every gap',
    description: 'For each gap still open, who closes it, how, and by when.',
  },
];

export function sectionTemplate(section: PlanSection): PlanSectionTemplate {
  const t = PLAN_TEMPLATE.find((s) => s.section === section);
  if (!t) throw new Error(`No plan section ${String(section)}`);
  return t;
}

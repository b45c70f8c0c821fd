import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatDay } from '../../../../shared/domain/formatDay';
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from '../../../../shared/domain/project';
import {
  isStalled,
  POC_STALL_WEEKS,
  projectTimeline,
  weeksSincePocApproval,
} from '../../../../shared/domain/projectTiming';
import { FlagList } from './FlagList';
import { PlanCell } from '../plan/PlanCell';
import { SORT_KEYS, type PortfolioRow, type SortKeyOf } from './portfolioView';
import { ReadinessCell, WeakestGapCell } from './ReadinessCells';

// The portfolio table's columns as data: the table renders whatever this list holds, in order.
// Adding a column is adding one entry (and, if it sorts, its key in portfolioView's SORT_KEYS
// or its own `sortKey`). Widths are fixed so the table fits a 1280-px window (issue 6) and rows
// keep one height, which the virtualised table needs; `name` takes what is left.

export interface PortfolioColumn {
  id: string;
  /** The header text (also the column's accessible name). */
  label: string;
  /** Shown instead of `label` only to screen readers (the actions column). */
  labelHidden?: boolean;
  /** A CSS width; omitted: the column takes the remaining space. */
  width?: string;
  /** How the column sorts; omitted: it does not. */
  sortKey?: SortKeyOf;
  /** The row's header cell (the project's name). */
  isRowHeader?: boolean;
  cell: (row: PortfolioRow, ctx: CellContext) => ReactNode;
}

export interface CellContext {
  today: string;
  /** The row's actions (edit, archive, delete): rendered by the table, which owns the dialogs. */
  actions: (row: PortfolioRow) => ReactNode;
}

const dash = <span className="muted">—</span>;

export const PORTFOLIO_COLUMNS: readonly PortfolioColumn[] = [
  {
    id: 'name',
    label: 'Name',
    isRowHeader: true,
    sortKey: SORT_KEYS.name,
    cell: ({ project: p }) => (
      <>
        <Link href={`/projects/${p.id}`} className="project-name" title={p.name}>
          {p.name}
        </Link>
        {p.archivedAt && <span className="badge badge-muted">Archived</span>}
      </>
    ),
  },
  {
    id: 'stage',
    label: 'Stage · kind',
    width: '9rem',
    sortKey: SORT_KEYS.stage,
    cell: ({ project: p }) => (
      <span className="cell-stack">
        <span className={`badge badge-stage-${p.stage}`}>{PROJECT_STAGE_LABELS[p.stage]}</span>
        <span className="cell-minor">{PROJECT_KIND_LABELS[p.kind]}</span>
      </span>
    ),
  },
  {
    id: 'readiness',
    label: 'Readiness',
    // Room for "100% Ready for 1.0" on one line: the verdict is never clipped.
    width: '11rem',
    sortKey: SORT_KEYS.readiness,
    cell: (r) => <ReadinessCell readiness={r.readiness} verdict={r.verdict} />,
  },
  {
    id: 'weakestGap',
    label: 'Weakest gap',
    width: '6.5rem',
    sortKey: SORT_KEYS.weakestGap,
    cell: (r) => <WeakestGapCell readiness={r.readiness} />,
  },
  {
    id: 'owner',
    label: 'Owner · team',
    width: '7.5rem',
    sortKey: SORT_KEYS.owner,
    cell: ({ project: p }) => (
      <span className="cell-stack">
        <span className="cell-clip" title={p.owner || undefined}>
          {p.owner || dash}
        </span>
        <span className="cell-minor cell-clip" title={p.team || undefined}>
          {p.team || 'no team'}
        </span>
      </span>
    ),
  },
  {
    id: 'weeks',
    label: 'Weeks since PoC',
    width: '4.5rem',
    sortKey: SORT_KEYS.weeks,
    cell: ({ project: p, entry }, { today }) => {
      // In production with its date recorded: the weeks it took, judged against 6-10 weeks.
      const first = entry?.plan?.firstProductionOn ?? null;
      if (first !== null && p.pocApprovedOn !== null) {
        const t = projectTimeline(p, first, today);
        return (
          <span className={t.verdict === 'over_target' ? 'flag-red' : undefined} title={t.text}>
            {t.weeks}
            <span className="visually-hidden"> ({t.text})</span>
          </span>
        );
      }
      const weeks = weeksSincePocApproval(p, today);
      if (weeks === null)
        return (
          <span className="muted" title="No PoC approval date recorded">
            —<span className="visually-hidden"> (not recorded)</span>
          </span>
        );
      const stalled = isStalled(p, today);
      return (
        <span
          className={stalled ? 'flag-red' : undefined}
          title={
            stalled ? `Over ${POC_STALL_WEEKS} weeks: a structural gap is likely open` : undefined
          }
        >
          {weeks}
          {stalled && (
            <span className="visually-hidden"> (over {POC_STALL_WEEKS} weeks: likely stuck)</span>
          )}
          {stalled && <span aria-hidden="true"> ⚑</span>}
        </span>
      );
    },
  },
  {
    id: 'targetOn',
    label: 'Target date',
    width: '6rem',
    sortKey: SORT_KEYS.targetOn,
    cell: ({ project: p }) =>
      p.targetOn ? <time dateTime={p.targetOn}>{formatDay(p.targetOn)}</time> : dash,
  },
  {
    id: 'plan',
    label: '30-day plan',
    width: '6.5rem',
    // Sorting by this column ranks the portfolio by priority (rank 1 first, unranked last).
    sortKey: (r) => r.entry?.plan?.priorityRank ?? null,
    cell: ({ entry }) => <PlanCell plan={entry?.plan} />,
  },
  {
    id: 'flags',
    label: 'Flags',
    width: '7rem',
    sortKey: SORT_KEYS.flags,
    cell: (r) => <FlagList flags={r.flags} limit={1} />,
  },
  {
    id: 'actions',
    label: 'Actions',
    labelHidden: true,
    width: '3.25rem',
    cell: (r, ctx) => ctx.actions(r),
  },
];

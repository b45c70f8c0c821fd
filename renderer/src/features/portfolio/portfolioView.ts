import type { Project, ProjectKind, ProjectStage } from '../../../../shared/domain/project';
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from '../../../../shared/domain/project';
import { weeksSincePocApproval } from '../../../../shared/domain/projectTiming';
import { compareFractions, gapByKey, type Fraction } from '../../../../shared/framework';
import { weakestOpenGap, type ProjectReadiness } from '../../../../shared/domain/projectReadiness';
import { flagWeight, type ProjectFlag } from '../../../../shared/domain/projectFlags';
import type { Verdict } from '../../../../shared/framework';
import type { PortfolioEntry } from '../../../../shared/domain/portfolio';

export interface PortfolioFilters {
  query: string;
  stage: ProjectStage | 'all';
  kind: ProjectKind | 'all';
  showArchived: boolean;
}

export const DEFAULT_FILTERS: PortfolioFilters = {
  query: '',
  stage: 'all',
  kind: 'all',
  showArchived: false,
};

export type SortColumn =
  | 'name'
  | 'kind'
  | 'stage'
  | 'owner'
  | 'team'
  | 'pocApprovedOn'
  | 'weeks'
  | 'targetOn'
  | 'readiness'
  | 'weakestGap'
  | 'flags';
export interface SortOrder {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

/** Search matches name, owner, team, description and the kind/stage labels, ignoring case and accents. */
export function filterProjects(projects: readonly Project[], f: PortfolioFilters): Project[] {
  const terms = fold(f.query).split(/\s+/).filter(Boolean);
  return projects.filter((p) => {
    if (!f.showArchived && p.archivedAt !== null) return false;
    if (f.stage !== 'all' && p.stage !== f.stage) return false;
    if (f.kind !== 'all' && p.kind !== f.kind) return false;
    if (terms.length === 0) return true;
    const haystack = fold(
      [
        p.name,
        p.owner,
        p.team,
        p.description,
        PROJECT_KIND_LABELS[p.kind],
        PROJECT_STAGE_LABELS[p.stage],
      ].join(' '),
    );
    return terms.every((t) => haystack.includes(t));
  });
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const STAGE_ORDER: Record<ProjectStage, number> = {
  poc: 0,
  productionizing: 1,
  in_production: 2,
  retired: 3,
};

type SortKey = string | number | Fraction | null;

// Keys of one column are all of one type; mixed types cannot happen and compare as equal.
const compareKeys = (x: Exclude<SortKey, null>, y: Exclude<SortKey, null>): number => {
  if (typeof x === 'object' && typeof y === 'object') return compareFractions(x, y);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'string' && typeof y === 'string') return x.localeCompare(y);
  return 0;
};

/**
 * One row of the portfolio: the project and what the table shows about it. A feature that adds
 * a column reads its facts from `entry` (portfolio.summary) and adds a field here if it is
 * derived once per project (as readiness and flags are).
 */
export interface PortfolioRow {
  project: Project;
  /** What portfolio.summary sent for this project (undefined until it loaded). */
  entry: PortfolioEntry | undefined;
  readiness: ProjectReadiness | undefined;
  flags: readonly ProjectFlag[];
  /** The 1.0 verdict (gaps and checkpoints); undefined until the portfolio summary loaded. */
  verdict?: Verdict | undefined;
}

/** How a column sorts: a key per row (null: empty, always last). */
export type SortKeyOf = (row: PortfolioRow, today: string) => SortKey;

/** The sort key of each sortable column of the table (portfolioColumns.tsx refers to these). */
export const SORT_KEYS: Record<SortColumn, SortKeyOf> = {
  name: (r) => r.project.name,
  kind: (r) => PROJECT_KIND_LABELS[r.project.kind],
  stage: (r) => STAGE_ORDER[r.project.stage],
  owner: (r) => emptyAsNull(r.project.owner),
  team: (r) => emptyAsNull(r.project.team),
  pocApprovedOn: (r) => r.project.pocApprovedOn,
  weeks: (r, today) => weeksSincePocApproval(r.project, today),
  targetOn: (r) => r.project.targetOn,
  readiness: (r) => r.readiness?.score.headline ?? null,
  weakestGap: (r) => {
    const gap = r.readiness ? weakestOpenGap(r.readiness.score) : null;
    return gap ? (gapByKey(gap)?.order ?? null) : null;
  },
  flags: (r) => {
    const weight = flagWeight(r.flags);
    return weight === 0 ? null : weight;
  },
};

const emptyAsNull = (v: string): string | null => (v === '' ? null : v);

/**
 * Sorts a copy of the rows by `key`; empty values (no date, no owner, not audited) go last in
 * either direction, ties by name. Keys are computed once per row, not once per comparison.
 */
export function sortRows<R extends PortfolioRow>(
  rows: readonly R[],
  key: SortKeyOf,
  direction: SortOrder['direction'],
  today: string,
): R[] {
  const dir = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: key(row, today) }));
  keyed.sort((a, b) => {
    const x = a.key;
    const y = b.key;
    if (x === null || y === null) return x === y ? byName(a.row, b.row) : x === null ? 1 : -1;
    const c = compareKeys(x, y);
    return c !== 0 ? c * dir : byName(a.row, b.row);
  });
  return keyed.map((k) => k.row);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = (a: PortfolioRow, b: PortfolioRow) =>
  collator.compare(a.project.name, b.project.name);

/**
 * Sorts a copy; empty values (no date, no owner, not audited) go last in either direction.
 * Readiness sorts on the exact headline fraction, so 57.1% and 57.14% never tie by rounding;
 * the weakest gap sorts in the framework's order of gaps (none open, or not audited: last).
 */
export function sortProjects(
  projects: readonly Project[],
  order: SortOrder,
  today: string,
  readiness: ReadonlyMap<string, ProjectReadiness> = new Map(),
  flags: ReadonlyMap<string, readonly ProjectFlag[]> = new Map(),
): Project[] {
  const rows = projects.map((project) => ({
    project,
    entry: undefined,
    readiness: readiness.get(project.id),
    flags: flags.get(project.id) ?? [],
  }));
  return sortRows(rows, SORT_KEYS[order.column], order.direction, today).map((r) => r.project);
}

/**
 * Search text of each project, folded once (case and accents): a keystroke then costs one
 * substring test per project, not a Unicode normalisation of every field.
 */
export function searchIndex(projects: readonly Project[]): Map<string, string> {
  return new Map(
    projects.map((p) => [
      p.id,
      fold(
        [
          p.name,
          p.owner,
          p.team,
          p.description,
          PROJECT_KIND_LABELS[p.kind],
          PROJECT_STAGE_LABELS[p.stage],
        ].join(' '),
      ),
    ]),
  );
}

/** The rows `filterProjects` keeps, using a prepared `searchIndex`. */
export function filterRows<R extends PortfolioRow>(
  rows: readonly R[],
  f: PortfolioFilters,
  index: ReadonlyMap<string, string>,
): R[] {
  const terms = fold(f.query).split(/\s+/).filter(Boolean);
  return rows.filter(({ project: p }) => {
    if (!f.showArchived && p.archivedAt !== null) return false;
    if (f.stage !== 'all' && p.stage !== f.stage) return false;
    if (f.kind !== 'all' && p.kind !== f.kind) return false;
    if (terms.length === 0) return true;
    const haystack = index.get(p.id) ?? '';
    return terms.every((t) => haystack.includes(t));
  });
}

import type { Project, ProjectKind, ProjectStage } from '../../../../shared/domain/project';
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from '../../../../shared/domain/project';
import { weeksSincePocApproval } from '../../../../shared/domain/projectTiming';
import { compareFractions, gapByKey, type Fraction } from '../../../../shared/framework';
import { weakestOpenGap, type ProjectReadiness } from '../../../../shared/domain/projectReadiness';
import { flagWeight, type ProjectFlag } from '../../../../shared/domain/projectFlags';

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
  const key = (p: Project): SortKey => {
    switch (order.column) {
      case 'stage':
        return STAGE_ORDER[p.stage];
      case 'kind':
        return PROJECT_KIND_LABELS[p.kind];
      case 'weeks':
        return weeksSincePocApproval(p, today);
      case 'readiness':
        return readiness.get(p.id)?.score.headline ?? null;
      case 'flags': {
        const weight = flagWeight(flags.get(p.id) ?? []);
        return weight === 0 ? null : weight;
      }
      case 'weakestGap': {
        const r = readiness.get(p.id);
        const gap = r ? weakestOpenGap(r.score) : null;
        return gap ? (gapByKey(gap)?.order ?? null) : null;
      }
      default: {
        const v = p[order.column];
        return v === null || v === '' ? null : v;
      }
    }
  };
  const dir = order.direction === 'ascending' ? 1 : -1;
  return [...projects].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null)
      return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const c = compareKeys(x, y);
    return c !== 0 ? c * dir : a.name.localeCompare(b.name);
  });
}

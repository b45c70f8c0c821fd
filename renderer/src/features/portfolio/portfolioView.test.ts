import { describe, expect, it } from 'vitest';
import type { Audit, PracticeEntry } from '../../../../shared/domain/audit';
import type { Project } from '../../../../shared/domain/project';
import { GAP_KEYS, GAPS, type GapKey, type PracticeLevel } from '../../../../shared/framework';
import { DEFAULT_FILTERS, filterProjects, sortProjects } from './portfolioView';
import { readinessByProject } from '../../../../shared/domain/projectReadiness';

const TODAY = '2026-03-01';

function project(name: string, extra: Partial<Project> = {}): Project {
  return {
    id: `id-${name}`,
    name,
    description: '',
    owner: '',
    team: '',
    kind: 'llm',
    stage: 'poc',
    pocApprovedOn: null,
    targetOn: null,
    archivedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

/** A final audit where every practice of a gap gets that gap's level (1 when not given). */
function finalAudit(
  projectId: string,
  levels: Partial<Record<GapKey, PracticeLevel>>,
  extra: Partial<Audit> = {},
): Audit {
  const practices: Record<string, PracticeEntry> = {};
  for (const gap of GAPS) {
    for (const p of gap.practices) {
      practices[p.key] = { answer: { kind: 'scored', level: levels[gap.key] ?? 1 }, note: '' };
    }
  }
  return {
    id: `audit-${projectId}`,
    projectId,
    title: 'Audit',
    takenOn: '2026-02-01',
    facilitator: '',
    participants: [],
    timerMinutes: 10,
    frameworkVersion: '2026.1',
    status: 'final',
    copiedFromId: null,
    finalizedAt: '2026-02-01T10:00:00Z',
    createdAt: '2026-02-01T09:00:00Z',
    updatedAt: '2026-02-01T10:00:00Z',
    practices,
    missing: Object.fromEntries(GAP_KEYS.map((k) => [k, 'x'])) as Record<GapKey, string>,
    ...extra,
  };
}

const names = (list: readonly Project[]) => list.map((p) => p.name);

describe('readinessByProject', () => {
  it('scores each project from its latest final audit and ignores drafts', () => {
    const map = readinessByProject([
      finalAudit('id-A', { governance: 0.5 }),
      finalAudit('id-B', { pipeline: 0 }, { status: 'draft' }),
    ]);
    expect(map.get('id-A')?.score.headline).toEqual({ num: 1, den: 2 });
    expect(map.get('id-A')?.score.weakestGap).toBe('governance');
    expect(map.has('id-B')).toBe(false);
  });
});

describe('sortProjects by readiness and weakest gap', () => {
  const projects = [project('Alpha'), project('Bravo'), project('Charlie'), project('Delta')];
  const readiness = readinessByProject([
    finalAudit('id-Alpha', { fallback: 0.5 }), // 50%, weakest fallback
    finalAudit('id-Bravo', { pipeline: 0 }), // 0%, weakest pipeline
    finalAudit('id-Delta', {}), // 100%: no gap is holding it back
  ]);

  it('puts the least ready first, and projects without a final audit last', () => {
    const asc = sortProjects(
      projects,
      { column: 'readiness', direction: 'ascending' },
      TODAY,
      readiness,
    );
    expect(names(asc)).toEqual(['Bravo', 'Alpha', 'Delta', 'Charlie']);
  });

  it('keeps projects without a final audit last when descending too', () => {
    const desc = sortProjects(
      projects,
      { column: 'readiness', direction: 'descending' },
      TODAY,
      readiness,
    );
    expect(names(desc)).toEqual(['Delta', 'Alpha', 'Bravo', 'Charlie']);
  });

  it('orders the weakest gap as the framework orders gaps, ties by name', () => {
    const asc = sortProjects(
      projects,
      { column: 'weakestGap', direction: 'ascending' },
      TODAY,
      readiness,
    );
    // Bravo: pipeline (gap 1); Alpha: fallback (gap 3); Delta has no gap below full marks and
    // Charlie no final audit: both last, by name.
    expect(names(asc)).toEqual(['Bravo', 'Alpha', 'Charlie', 'Delta']);
  });

  it('treats every project as not audited when no readiness is given', () => {
    const sorted = sortProjects(projects, { column: 'readiness', direction: 'ascending' }, TODAY);
    expect(names(sorted)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
  });
});

describe('sortProjects and filterProjects (existing columns)', () => {
  it('sorts weeks since approval with unrecorded dates last', () => {
    const list = [
      project('Old', { pocApprovedOn: '2025-09-01' }),
      project('None'),
      project('New', { pocApprovedOn: '2026-02-01' }),
    ];
    const asc = sortProjects(list, { column: 'weeks', direction: 'ascending' }, TODAY);
    expect(names(asc)).toEqual(['New', 'Old', 'None']);
  });
  it('hides archived projects unless asked', () => {
    const list = [project('Live'), project('Gone', { archivedAt: '2026-01-02T00:00:00Z' })];
    expect(names(filterProjects(list, DEFAULT_FILTERS))).toEqual(['Live']);
    expect(names(filterProjects(list, { ...DEFAULT_FILTERS, showArchived: true }))).toEqual([
      'Live',
      'Gone',
    ]);
  });
});

describe('sorting by flags', () => {
  it('puts the projects that need most attention first, unflagged ones last', () => {
    const danger = { key: 'stalled', tone: 'danger' as const, label: '', reason: '' };
    const warning = { ...danger, key: 'w', tone: 'warning' as const };
    const list = [project('Calm'), project('Warned'), project('Stuck')];
    const flags = new Map([
      ['id-Warned', [warning, warning]],
      ['id-Stuck', [danger]],
    ]);
    const sorted = (direction: 'ascending' | 'descending') =>
      sortProjects(list, { column: 'flags', direction }, TODAY, new Map(), flags).map(
        (p) => p.name,
      );
    expect(sorted('descending')).toEqual(['Stuck', 'Warned', 'Calm']);
    expect(sorted('ascending')).toEqual(['Warned', 'Stuck', 'Calm']);
  });
});

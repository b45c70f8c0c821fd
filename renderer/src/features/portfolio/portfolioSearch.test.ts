import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/domain/project';
import { DEFAULT_FILTERS, filterProjects, filterRows, searchIndex } from './portfolioView';

// Issue 6, item 9, decided: search ignores case and accents, as most users expect ("zoe" finds
// "Zoë"), including letters that Unicode does not split into a letter and an accent (Ł, Ø, ß).

const project = (name: string, owner = '') =>
  ({
    id: `id-${name}`,
    name,
    owner,
    team: '',
    description: '',
    kind: 'llm',
    stage: 'poc',
    archivedAt: null,
  }) as Project;

const ALL = [
  project('Zoë Łódź fraud scoring'),
  project('Ørsted søk', 'Jürgen Straße'),
  project('Plain'),
];

const names = (query: string) => {
  const viaFilter = filterProjects(ALL, { ...DEFAULT_FILTERS, query }).map((p) => p.name);
  const index = searchIndex(ALL);
  const viaIndex = filterRows(
    ALL.map((p) => ({ project: p }) as never),
    { ...DEFAULT_FILTERS, query },
    index,
  ).map((r: { project: Project }) => r.project.name);
  expect(viaIndex).toEqual(viaFilter);
  return viaFilter;
};

describe('portfolio search', () => {
  it('ignores case and accents both ways', () => {
    expect(names('zoe')).toEqual(['Zoë Łódź fraud scoring']);
    expect(names('ZOË')).toEqual(['Zoë Łódź fraud scoring']);
    expect(names('jurgen')).toEqual(['Ørsted søk']);
  });
  it('folds letters without a combining accent too', () => {
    expect(names('lodz')).toEqual(['Zoë Łódź fraud scoring']);
    expect(names('orsted sok')).toEqual(['Ørsted søk']);
    expect(names('strasse')).toEqual(['Ørsted søk']);
  });
});

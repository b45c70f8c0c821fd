// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/api/result';
import type { Project } from '../../../../shared/domain/project';
import { fakeApi } from '../../testing/fakeApi';
import { renderPage } from '../../testing/renderPage';
import { PortfolioPage } from './PortfolioPage';

// Issue 6, item 11: the portfolio page over a fake API (no backend, no browser).

afterEach(cleanup);

describe('PortfolioPage', () => {
  it('offers the sample to an empty workspace, and shows its projects once added', async () => {
    const beta = { id: 'p1', name: 'Beta', archivedAt: null } as Project;
    const { api, calls } = fakeApi({
      'projects.list': [ok([]), ok([beta])],
      'portfolio.summary': [ok([])],
      'sample.create': [ok({ projects: 1, audits: 0 })],
      'org.get': [fail('NOT_FOUND', 'No org model yet')],
      'ownership.list': [ok([])],
    });
    const { store } = renderPage(<PortfolioPage />, { api });
    await act(() => store.getState().loadProjects());
    expect(screen.getByRole('heading', { name: 'No projects yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Explore with sample data' }));
    await waitFor(() => expect(calls).toContain('sample.create'));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'No projects yet' })).toBeNull(),
    );
    expect(store.getState().projects.map((p) => p.name)).toEqual(['Beta']);
  });

  it('says when the projects cannot be loaded', async () => {
    const { api } = fakeApi({
      'projects.list': [fail('UNAVAILABLE', 'The data file is locked by another app.')],
      'portfolio.summary': [ok([])],
      'org.get': [fail('NOT_FOUND', 'No org model yet')],
      'ownership.list': [ok([])],
    });
    const { store } = renderPage(<PortfolioPage />, { api });
    await act(() => store.getState().loadProjects());
    expect(screen.getByText(/locked by another app/)).toBeTruthy();
  });
});

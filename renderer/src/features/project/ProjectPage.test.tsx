// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/api/result';
import type { HistoryEvent } from '../../../../shared/domain/history';
import type { Project } from '../../../../shared/domain/project';
import { fakeApi } from '../../testing/fakeApi';
import { renderPage } from '../../testing/renderPage';
import { ProjectHistory } from './ProjectHistory';
import { ProjectPage } from './ProjectPage';

// Issue 6, items 11 to 13: the project page over a fake API.

afterEach(cleanup);

const project = (id: string, name: string) =>
  ({
    id,
    name,
    kind: 'llm',
    stage: 'poc',
    owner: '',
    team: '',
    description: '',
    pocApprovedOn: null,
    targetOn: null,
    archivedAt: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  }) as Project;

const event = (seq: number, projectId: string, summary: string) =>
  ({ seq, at: '2026-11-01T10:00:00.000Z', actor: 'ana', projectId, summary }) as HistoryEvent;

describe('ProjectPage', () => {
  it('says a failed load failed and offers to try again, never "Project not found"', async () => {
    const { api } = fakeApi({
      'projects.list': [fail('UNAVAILABLE', 'The data file is busy.'), ok([project('p1', 'Beta')])],
    });
    const { store } = renderPage(<ProjectPage projectId="p1" />, { api });
    await act(() => store.getState().loadProjects());
    expect(screen.queryByText('Project not found')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('The data file is busy.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Beta'));
  });
});

describe('ProjectHistory', () => {
  it('shows only the shown project’s events, and drops an old error once a load succeeds', async () => {
    const { api } = fakeApi({
      'history.list': [
        fail('INTERNAL', 'History could not be read.'),
        ok([event(2, 'p2', 'Created project “Gamma”')]),
      ],
    });
    const { rerender } = renderPage(<ProjectHistory projectId="p1" refreshKey="1" />, { api });
    await screen.findByText('History could not be read.');
    rerender(<ProjectHistory projectId="p2" refreshKey="1" />);
    await screen.findByText(/Created project “Gamma”/);
    expect(screen.queryByText('History could not be read.')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/api/result';
import type { Audit } from '../../../../shared/domain/audit';
import { ALL_PRACTICES, GAP_KEYS, type PracticeLevel } from '../../../../shared/framework';
import { fakeApi } from '../../testing/fakeApi';
import { renderPage } from '../../testing/renderPage';
import { AuditPage } from './AuditPage';
import { ComparePage } from './ComparePage';

// Issue 9, framework corrections: each audit reads in its own framework version, and the
// comparison of a 2026.1 audit with a 2026.2 one says which practices changed.

afterEach(cleanup);

function finalAudit(id: string, frameworkVersion: string, level: PracticeLevel): Audit {
  return {
    id,
    projectId: 'p1',
    title: `Audit ${frameworkVersion}`,
    takenOn: frameworkVersion === '2026.1' ? '2026-03-01' : '2026-12-01',
    facilitator: 'Ana',
    participants: [],
    timerMinutes: 10,
    frameworkVersion,
    status: 'final',
    copiedFromId: null,
    finalizedAt: '2026-12-01T10:00:00.000Z',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    practices: Object.fromEntries(
      ALL_PRACTICES.map((p) => [p.key, { answer: { kind: 'scored', level }, note: '' }]),
    ),
    missing: Object.fromEntries(
      GAP_KEYS.map((k) => [k, level === 1 ? '' : 'More work']),
    ) as Audit['missing'],
  };
}

const OLD = finalAudit('old', '2026.1', 0.5);
const NEW = finalAudit('new', '2026.2', 1);

function signOffGroup(): HTMLElement {
  return screen.getByRole('group', { name: 'People review evidence and sign off' });
}

describe('audits of two framework versions', () => {
  it('shows a 2026.1 audit with the texts it was scored with', async () => {
    const { api } = fakeApi({ 'audits.list': [ok([OLD, NEW])] });
    renderPage(<AuditPage projectId="p1" auditId="old" />, { api });
    await screen.findByRole('heading', { name: /Governance throughout/ });
    const group = signOffGroup();
    expect(within(group).getByText('Manual or on paper (0.5)')).toBeTruthy();
    expect(within(group).queryByText('How this practice is scored')).toBeNull();
    expect(screen.getByText(/^A dashboard is live from day one/)).toBeTruthy();
  });

  it('shows a 2026.2 audit with the practice’s own levels and the reworded dashboard', async () => {
    const { api } = fakeApi({ 'audits.list': [ok([OLD, NEW])] });
    renderPage(<AuditPage projectId="p1" auditId="new" />, { api });
    await screen.findByRole('heading', { name: /Governance throughout/ });
    const group = signOffGroup();
    expect(within(group).getByText('Signed off every time, on record (1)')).toBeTruthy();
    expect(within(group).getByText('How this practice is scored')).toBeTruthy();
    expect(screen.queryByText(/^A dashboard is live from day one/)).toBeNull();
    expect(screen.getByText(/^Five panels go live/)).toBeTruthy();
  });

  it('compares them by practice key and names the practices the framework changed', async () => {
    const { api } = fakeApi({ 'audits.list': [ok([OLD, NEW])] });
    renderPage(<ComparePage projectId="p1" a="old" b="new" />, { api });
    const box = await screen.findByRole('region', { name: 'Framework 2026.1 → 2026.2' });
    expect(
      within(box)
        .getByText(/People review evidence and sign off/)
        .closest('li')?.textContent,
    ).toMatch(/what 0, 0.5 and 1 mean changed/);
    expect(
      within(box)
        .getByText(/Five-panel dashboard/)
        .closest('li')?.textContent,
    ).toMatch(/reworded/);
    const row = screen.getByRole('row', { name: /People review evidence and sign off/ });
    expect(row.textContent).toMatch(/framework 2026.2: what 0, 0.5 and 1 mean changed/);
    expect(row.textContent).toContain('Manual or on paper (0.5)');
    expect(row.textContent).toContain('Signed off every time, on record (1)');
    expect(row.textContent).toContain('Improved');
    const ciRow = screen.getByRole('row', { name: /Built and deployed by CI\/CD/ });
    expect(ciRow.textContent).not.toMatch(/framework 2026.2/);
  });

  it('shows no framework box when both audits share a version', async () => {
    const { api } = fakeApi({ 'audits.list': [ok([OLD, NEW, { ...NEW, id: 'new2' }])] });
    renderPage(<ComparePage projectId="p1" a="new" b="new2" />, { api });
    await screen.findByRole('table', { name: /Practices: before and after/ });
    expect(screen.queryByRole('region', { name: /^Framework/ })).toBeNull();
  });
});

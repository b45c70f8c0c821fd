// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/api/result';
import { fakeApi } from '../../testing/fakeApi';
import { renderPage } from '../../testing/renderPage';
import { AuditPage } from './AuditPage';

// Issue 6, items 2 and 11: the audit page over a fake API.

afterEach(cleanup);

describe('AuditPage', () => {
  it('says an unknown audit does not exist and links back, instead of loading forever', async () => {
    const { api } = fakeApi({ 'audits.list': [ok([])] });
    renderPage(<AuditPage projectId="p1" auditId="missing" />, { api });
    expect(await screen.findByRole('heading', { name: 'Audit not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the project' }).getAttribute('href')).toBe(
      '/projects/p1',
    );
    expect(screen.queryByText('Loading the audit…')).toBeNull();
  });
});

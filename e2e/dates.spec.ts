import { addDays, localToday } from '../shared/domain/calendar';
import { formatDay } from '../shared/domain/formatDay';
import { expect, test } from './fixtures/test';
import { callApi, tryApi } from './helpers/api';
import { seedWorkshop } from './helpers/seedWorkshop';
import { PortfolioPage } from './pages/PortfolioPage';

// Issue 6, item 7: one date format (the user's locale, as formatDay writes it) on every screen;
// a PoC approval date in the future reads sensibly (never "-162 weeks ago"); a target date
// before the PoC approval is refused with a reason, in the form and by the backend.

test('dates read in one format, a future approval reads sensibly, a target before it is refused', async ({
  page,
  host,
}) => {
  const { project, audit } = await seedWorkshop(host);
  const future = addDays(localToday(), 3 * 365);
  await callApi(host, 'projects.update', {
    id: project.id,
    patch: { pocApprovedOn: future, targetOn: addDays(future, 70) },
  });
  await page.goto(`${host.url}#/projects/${project.id}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Support copilot');

  // The browser's locale (en-US here): "Mar 3, 2025", never "2025-03-03".
  const details = main.locator('dl.details').filter({ hasText: 'PoC approved' });
  await expect(details).toContainText(formatDay(future));
  await expect(details).toContainText(formatDay(addDays(future, 70)));
  await expect(details).toContainText('in the future');
  await expect(details).not.toContainText(/-\d+ weeks/);
  await expect(main.getByRole('region', { name: 'Gap audits' })).toContainText(
    formatDay(audit.takenOn),
  );
  await expect(main).not.toContainText(audit.takenOn);
  await page.getByRole('link', { name: audit.title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(audit.title);
  await expect(main).toContainText(formatDay(audit.takenOn));
  await expect(main).not.toContainText(audit.takenOn);

  // The backend refuses a target before the approval, with the reason.
  const refused = await tryApi(host, 'projects.update', {
    id: project.id,
    patch: { targetOn: addDays(future, -1) },
  });
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.error.message).toMatch(/before the PoC approval/);
  const refusedNew = await tryApi(host, 'projects.create', {
    name: 'Backwards',
    kind: 'llm',
    stage: 'poc',
    pocApprovedOn: '2025-05-01',
    targetOn: '2025-04-01',
  });
  expect(refusedNew.ok).toBe(false);

  // So does the form, under the field, before anything is sent.
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await page.getByRole('button', { name: /New project/ }).click();
  await portfolio.fillProject({ name: 'Backwards', kind: 'LLM', pocApprovedOn: '2025-05-01' });
  await portfolio.dialog.getByLabel('Target date').fill('2025-04-01');
  await portfolio.dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(portfolio.dialog).toContainText('before the PoC approval');
  await expect(portfolio.dialog).toBeVisible();
});

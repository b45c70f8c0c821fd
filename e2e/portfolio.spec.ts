import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './fixtures/test';
import { FRAMEWORK_VERSION, GAPS } from '../shared/framework';
import { callApi } from './helpers/api';
import { seedWorkshop } from './helpers/seedWorkshop';
import { PortfolioPage } from './pages/PortfolioPage';

test('an empty workspace says so and offers to create the first project', async ({
  page,
  host,
}) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create your first project' })).toBeVisible();
});

test('an empty workspace can be explored with the sample portfolio', async ({ page, host }) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(portfolio.row('Zoë Łódź fraud scoring')).toBeVisible();
  await expect(portfolio.row('東京 需要予測')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toHaveCount(0);
  // Audited projects show their readiness, and the heatmap has a row for them.
  await expect(portfolio.row('Support triage assistant')).toContainText('%');
  await expect(
    portfolio.heatmap.getByRole('rowheader', { name: 'Αθήνα recommendations' }),
  ).toBeVisible();
});

test('create, edit, search, archive and delete projects', async ({ page, host }) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await portfolio.createProject({
    name: 'Churn predictor',
    kind: 'Classification',
    owner: 'Ana',
    team: 'Growth',
  });
  await portfolio.createProject({
    name: 'Support copilot',
    kind: 'RAG',
    stage: 'Productionizing',
    owner: 'Bo',
  });
  await expect(
    page
      .getByRole('navigation', { name: 'Projects' })
      .getByRole('link', { name: 'Support copilot' }),
  ).toBeVisible();

  // Edit: rename and change the owner.
  await portfolio.rowAction('Churn predictor', 'Edit…');
  await portfolio.dialog.getByRole('textbox', { name: 'Name' }).fill('Churn model');
  await portfolio.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(portfolio.row('Churn model')).toBeVisible();
  await expect(portfolio.row('Churn predictor')).toHaveCount(0);

  // Search narrows the list; clearing it brings everything back.
  await portfolio.search.fill('copilot');
  await expect(portfolio.row('Support copilot')).toBeVisible();
  await expect(portfolio.row('Churn model')).toHaveCount(0);
  await portfolio.search.fill('growth');
  await expect(portfolio.row('Churn model')).toBeVisible();
  await portfolio.search.fill('');

  // Archive hides it from the list and the sidebar; "Show archived" brings it back, restorable.
  await portfolio.rowAction('Churn model', 'Archive');
  await expect(portfolio.row('Churn model')).toHaveCount(0);
  await page.getByRole('switch', { name: /Show archived/ }).focus();
  await page.keyboard.press('Space');
  await expect(portfolio.row('Churn model')).toContainText('Archived');
  await portfolio.rowAction('Churn model', 'Restore from archive');
  await expect(portfolio.row('Churn model')).not.toContainText('Archived');

  // Delete asks first; Cancel keeps it, confirming removes it.
  await portfolio.rowAction('Support copilot', 'Delete…');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(portfolio.row('Support copilot')).toBeVisible();
  await portfolio.rowAction('Support copilot', 'Delete…');
  await confirm.getByRole('button', { name: 'Delete project' }).click();
  await expect(portfolio.row('Support copilot')).toHaveCount(0);
});

test('projects are in the SQLite file and survive a host restart', async ({ page, host }) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await portfolio.createProject({ name: 'Fraud scorer', kind: 'Classification' });

  const db = new Database(join(host.dataDir, 'crossing.sqlite'), { readonly: true });
  const rows = db.prepare('SELECT name, kind FROM projects').all();
  db.close();
  expect(rows).toEqual([{ name: 'Fraud scorer', kind: 'classification' }]);

  await host.restart();
  await portfolio.open(host.url);
  await expect(portfolio.row('Fraud scorer')).toBeVisible();
});

test('an empty or 10,000-character name is refused with a message and nothing is saved', async ({
  page,
  host,
}) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await page.getByRole('button', { name: /New project/ }).click();
  await portfolio.choose('Kind of system', 'Other');
  const name = portfolio.dialog.getByRole('textbox', { name: 'Name' });

  await portfolio.dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(portfolio.dialog.getByText('Name is required')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  await name.fill('x'.repeat(10_000));
  await portfolio.dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(portfolio.dialog.getByText('Name can be at most 120 characters')).toBeVisible();

  await portfolio.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  const db = new Database(join(host.dataDir, 'crossing.sqlite'), { readonly: true });
  expect(db.prepare('SELECT count(*) AS n FROM projects').get()).toEqual({ n: 0 });
  db.close();
});

test('a project named like markup renders as text', async ({ page, host }) => {
  const portfolio = new PortfolioPage(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await portfolio.open(host.url);
  const evil = '<img src=x onerror=alert(1)>';
  await portfolio.createProject({ name: evil });
  await expect(portfolio.row(evil)).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Projects' })
    .getByRole('link', { name: evil })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: evil })).toBeVisible();
  expect(dialogs).toBe(0);
});

test('Ctrl+N opens the new project form from anywhere', async ({ page, host }) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await page.keyboard.press('Control+n');
  await expect(portfolio.dialog.getByRole('heading', { name: 'New project' })).toBeVisible();
  await expect(portfolio.dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Keyboard project');
  await portfolio.choose('Kind of system', 'Agentic');
  await portfolio.dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(portfolio.row('Keyboard project')).toBeVisible();
});

test('the same name cannot be used twice among active projects', async ({ page, host }) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await portfolio.createProject({ name: 'Recommender' });
  await page.getByRole('button', { name: /New project/ }).click();
  await portfolio.fillProject({ name: 'recommender', kind: 'Recommendation' });
  await portfolio.dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(portfolio.dialog.getByText('An active project already has this name')).toBeVisible();
});

test('a row shows an audit finalised while the portfolio was not on screen', async ({
  page,
  host,
}) => {
  // The portfolio first renders from the store (no final audit yet), then its refresh brings
  // the new final audit: the row must follow, not only the heatmap (React Aria caches rows).
  const { audit } = await seedWorkshop(host, { projectName: 'Churn model' });
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await expect(portfolio.row('Churn model')).toContainText('Not audited');
  await page
    .getByRole('navigation', { name: 'Projects' })
    .getByRole('link', { name: 'Churn model' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Churn model' })).toBeVisible();

  // Every practice 1 except one ½ in governance: that gap is 3.5/4 = 87.5%, the weakest.
  for (const gap of GAPS) {
    for (const [i, practice] of gap.practices.entries()) {
      const level = gap.key === 'governance' && i === 0 ? 0.5 : 1;
      await callApi(host, 'audits.setPractice', {
        auditId: audit.id,
        practiceKey: practice.key,
        answer: { kind: 'scored', level },
      });
    }
    if (gap.key === 'governance')
      await callApi(host, 'audits.setGapMissing', {
        auditId: audit.id,
        gapKey: gap.key,
        missing: 'An automated sign-off record',
      });
  }
  await callApi(host, 'audits.finalize', { id: audit.id });

  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(portfolio.heatmapRow('Churn model')).toContainText('87.5%');
  await expect(portfolio.row('Churn model')).toContainText('87.5%');
  await expect(portfolio.row('Churn model')).toContainText('Nearly ready');
  await expect(portfolio.row('Churn model')).not.toContainText('Not audited');
});

test('About, from the sidebar, says where the data lives and which framework is used', async ({
  page,
  host,
}) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await page
    .getByRole('navigation', { name: 'Projects' })
    .getByRole('link', { name: 'About' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Crossing' })).toBeVisible();
  await expect(page.getByText(join(host.dataDir, 'crossing.sqlite'))).toBeVisible();
  await expect(page.getByText(FRAMEWORK_VERSION, { exact: true })).toBeVisible();
});

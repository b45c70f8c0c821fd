import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';
import { OrgPage, OwnershipSection } from './pages/OrgPage';
import { PortfolioPage } from './pages/PortfolioPage';

/** Active projects to start from: one in production, one on its way, two PoCs. */
async function seed(host: { origin: string; token: string }) {
  const add = (name: string, stage: 'poc' | 'productionizing' | 'in_production') =>
    callApi(host, 'projects.create', { name, kind: 'classification', stage });
  await add('Fraud scoring', 'in_production');
  await add('Support copilot', 'productionizing');
  await add('Churn model', 'poc');
  await add('Docs search', 'poc');
}

test('questionnaire, decision, ownership, and the gaps flagged in the portfolio', async ({
  page,
  host,
}) => {
  await seed(host);
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  const org = new OrgPage(page);

  // The keyboard shortcut opens the Org model page.
  await page.keyboard.press('Control+Shift+O');
  await expect(org.heading).toBeVisible();
  await expect(org.status).toContainText('No decision recorded yet');
  // Active products default to the portfolio's count.
  await expect(org.questionnaire).toContainText('counted from the portfolio (4');

  // Bad input is refused where it was typed, and nothing is saved.
  await org.answer({ engineers: '-2' });
  await expect(
    org.questionnaire.getByText('The number of ML engineers cannot be negative'),
  ).toBeVisible();
  await expect(org.questionnaire).toContainText('Not answered yet');

  await org.answer({ engineers: '4', models: '1', platformTeam: 'No' });
  await expect(page.getByRole('status').getByText('Saved the org questionnaire')).toBeVisible();
  await expect(org.recommendation).toContainText('Embedded ML engineers fits these figures.');
  await expect(org.recommendation).toContainText('1 model in production (below 5)');

  // Recording a decision: the rationale is required, the recommended model preselected.
  await page.getByRole('button', { name: 'Record a decision…' }).click();
  await expect(org.dialog.getByRole('radio', { name: /Embedded ML engineers/ })).toBeChecked();
  await org.dialog.getByRole('button', { name: 'Record decision' }).click();
  await expect(org.dialog.getByText('Say why: the rationale is required')).toBeVisible();
  await org.dialog
    .getByRole('textbox', { name: /Rationale/ })
    .fill('Four products: one ML engineer in each team.');
  await org.dialog.getByRole('textbox', { name: 'Decided by' }).fill('Ines Duarte');
  await org.dialog.getByRole('button', { name: 'Record decision' }).click();
  await expect(org.dialog).toBeHidden();
  await expect(org.status).toContainText('Embedded ML engineers, decided');
  await expect(org.status).toContainText('In range');
  await expect(org.log.getByRole('listitem')).toHaveCount(1);

  // A second decision supersedes the first; the log keeps both.
  await org.recordDecision({
    model: 'Hybrid with shared infrastructure',
    rationale: 'Trying hybrid.',
  });
  await expect(org.dialog).toBeHidden();
  await expect(org.log.getByRole('listitem')).toHaveCount(2);
  await expect(org.log.getByRole('listitem').nth(1)).toContainText('Superseded');
  await org.recordDecision({ model: 'Embedded ML engineers', rationale: 'Back to embedded.' });
  await expect(org.log.getByRole('listitem')).toHaveCount(3);

  // Ownership of the project in production: owners and one runbook, no on-call yet.
  await page
    .getByRole('navigation', { name: 'Projects' })
    .getByRole('link', { name: 'Fraud scoring' })
    .click();
  const ownership = new OwnershipSection(page);
  await expect(ownership.gaps).toContainText('No on-call');
  await ownership.edit();
  await ownership.field('Product team').fill('Payments Risk');
  await ownership.field('ML owner').fill('Noor Haddad');
  await ownership.field('Platform/SRE owner').fill('Kai Tanaka');
  await ownership.field('Engineering manager').fill('Zoë Kowalczyk');
  await ownership.runbookInPlace('Runbook to roll back the model');
  // A runbook marked present needs a link or a note: refused until given.
  await ownership.dialog.getByRole('button', { name: 'Save ownership' }).click();
  await expect(
    ownership.dialog.getByText('Give a link or a note so the on-call person can find it'),
  ).toBeVisible();
  await ownership
    .field('Link or note: roll back the model')
    .fill('https://wiki.example.com/fraud/rollback');
  await ownership.save();
  await expect(ownership.gaps).toContainText('No on-call');
  await expect(ownership.gaps).toContainText('3 of 4 runbooks missing');
  await expect(ownership.gaps).not.toContainText('No ML owner');
  // Who does what: the model in force's table with this project's people.
  await expect(ownership.section.getByRole('row', { name: /Drift alerts/ })).toContainText(
    'Noor Haddad',
  );

  // The portfolio flags the missing on-call and runbooks, sortable with the other columns.
  await page
    .getByRole('navigation', { name: 'Projects' })
    .getByRole('link', { name: 'Portfolio' })
    .click();
  const fraud = portfolio.row('Fraud scoring');
  await expect(fraud).toContainText('No on-call');
  await expect(fraud).toContainText('3 of 4 runbooks missing');
  await expect(fraud).not.toContainText('No ML owner');
  await expect(portfolio.row('Docs search')).toContainText('No ML owner');
  // Sorted by flags, most pressing first: the danger flag (no on-call in production) leads.
  const flagsHeader = portfolio.table.getByRole('columnheader', { name: 'Flags' });
  await flagsHeader.click();
  await flagsHeader.click();
  await expect(flagsHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(portfolio.table.getByRole('row').nth(1)).toContainText('Fraud scoring');

  // Two more projects take the portfolio past embedded's 3-5: flagged, then cleared by archiving.
  await portfolio.createProject({ name: 'Claims agent' });
  await expect(page.getByText('Org model out of range.')).toHaveCount(0);
  await portfolio.createProject({ name: 'Pricing model' });
  await expect(page.getByText('Org model out of range.')).toBeVisible();
  await expect(portfolio.row('Churn model')).toContainText('Org model out of range');
  await portfolio.rowAction('Pricing model', 'Archive');
  await expect(page.getByText('Org model out of range.')).toHaveCount(0);
  await expect(portfolio.row('Churn model')).not.toContainText('Org model out of range');
});

test('the recommendation says when the figures fit more than one model', async ({ page, host }) => {
  await seed(host);
  await callApi(host, 'projects.create', { name: 'Fifth', kind: 'llm', stage: 'poc' });
  await page.goto(`${host.url}#/org`);
  const org = new OrgPage(page);
  await expect(org.heading).toBeVisible();
  await expect(org.recommendation).toContainText('Models overlap');
  await expect(org.recommendation).toContainText(
    'The figures fit more than one model: Embedded ML engineers and Hybrid with shared infrastructure.',
  );
  await expect(org.recommendation).toContainText('Whether you have a platform team decides');
  await org.answer({ platformTeam: 'Yes', size: '4' });
  await expect(org.recommendation).toContainText('Leaning to Hybrid with shared infrastructure');
});

test('a project whose production sits with data science is flagged in the portfolio', async ({
  page,
  host,
}) => {
  const p = await callApi(host, 'projects.create', {
    name: 'Claims intake',
    kind: 'agentic',
    stage: 'in_production',
  });
  await page.goto(`${host.url}#/projects/${p.id}`);
  const ownership = new OwnershipSection(page);
  await ownership.edit();
  await ownership.field('ML owner').fill('Lucía Fernández');
  await ownership.field('Platform/SRE owner').fill('Claims Data Science team');
  await ownership.save();
  await expect(ownership.gaps).toContainText('Data science owns production');
  await expect(ownership.gaps).toContainText('production sits with the research side');
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await expect(portfolio.row('Claims intake')).toContainText('Data science owns production');
  // Nowhere is it offered as a model.
  await page.keyboard.press('Control+Shift+O');
  await page.getByRole('button', { name: 'Record a decision…' }).click();
  await expect(page.getByRole('dialog').getByRole('radio')).toHaveCount(3);
});

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { allText, readPdf } from '../electron/backend/testing/readPdf';
import type { ProjectReport } from '../shared/reports';
import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';
import { ReportPage } from './pages/ReportPage';

// The same sample workspace gives the same numbers on screen and in every format.

async function sampleProject(host: { origin: string; token: string }, name: string) {
  await callApi(host, 'sample.create', {});
  const projects = await callApi(host, 'projects.list', {});
  const p = projects.find((x) => x.name === name);
  if (!p) throw new Error(`no sample project ${name}`);
  return p;
}

test('a project report shows the same numbers on screen, in the PDF, Markdown and JSON', async ({
  page,
  host,
}) => {
  const project = await sampleProject(host, 'Support triage assistant');
  const report = new ReportPage(page);
  await report.openProject(host.url, project.id);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Support triage assistant' }),
  ).toBeVisible();
  const headline = (await report.headline.innerText()).trim();
  const mean = (await report.mean.innerText()).trim();
  const band = (await report.band.innerText()).trim();
  const gaps = await report.gapScores();
  expect(headline).toMatch(/^\d+(\.\d)?%$/);
  expect(gaps).toHaveLength(5);
  // The 30-day plan and the releases, from the sample's plan and releases.
  const plan = page.getByRole('region', { name: 'Plan progress' });
  await expect(plan.getByRole('row', { name: /Week 1: Audit/ })).toBeVisible();
  const planLine = (await page.getByTestId('report-plan-progress').innerText()).trim();
  expect(planLine).toMatch(/^Started .+: \d+% of the 30 days' tasks closed/);
  const leadTime = (await page.getByTestId('report-lead-time').innerText()).trim();
  expect(leadTime).toMatch(/days/);
  await expect(page.getByRole('region', { name: 'Releases and lead times' })).toContainText(
    leadTime.slice(leadTime.indexOf(': ') + 2),
  );
  await expect(page.getByRole('region', { name: 'The five gaps' })).toContainText(/plan tasks?:/);
  // The verdict and the checkpoints: the sample's support triage is not ready (stages open).
  await expect(page.getByTestId('report-verdict')).toHaveText('Not ready for 1.0');
  const checkpoints = page.getByRole('region', { name: 'Governance checkpoints' });
  await expect(checkpoints.getByRole('row', { name: /Security review.*Waived/ })).toBeVisible();
  const cleared = (await page.getByTestId('report-checkpoints-cleared').innerText()).trim();
  expect(cleared).toMatch(/^\d of 5 stages passed or validly waived\.$/);
  await expect(page.getByText(/not available yet/i)).toHaveCount(0);

  // The org model and ownership, from the sample's records.
  const org = page.getByRole('region', { name: 'Org model and ownership' });
  await expect(org).toContainText('Org model in force: Embedded ML engineers');
  await expect(org.getByRole('row', { name: 'ML owner Amara Okafor' })).toBeVisible();
  await expect(org).toContainText('On-call lacks ML + infra:');

  // PDF
  let hash = (await report.contentHash.innerText()).trim();
  const pdf = await report.export('PDF');
  expect(pdf.suggestedFilename()).toMatch(
    /^Support triage assistant – readiness \d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const pdfText = allText(await readPdf(readFileSync(await pdf.path())));
  for (const text of [headline, mean, band, ...gaps, hash]) expect(pdfText).toContain(text);
  for (const text of ['Embedded ML engineers', 'Amara Okafor', 'On-call lacks ML + infra:'])
    expect(pdfText).toContain(text);
  const squash = (t: string) => t.replace(/\s+/g, ' ');
  expect(squash(pdfText)).toContain(planLine);
  expect(squash(pdfText)).toContain('Not ready for 1.0');
  expect(squash(pdfText)).toContain(cleared);
  expect(squash(pdfText)).toContain(leadTime);
  await expect(
    report.exportBar.getByRole('status').filter({ hasText: 'Downloaded' }),
  ).toBeVisible();
  // The preview now counts from this report.
  await expect(page.getByTestId('report-trend')).toHaveText(/^Unchanged since the previous report/);

  // Markdown
  hash = (await report.contentHash.innerText()).trim();
  const md = readFileSync(await (await report.export('Markdown')).path(), 'utf8');
  expect(md).toContain(`**${band} · ${headline}** (${mean})`);
  for (const g of gaps) expect(md).toContain(`: ${g}\n`);
  expect(md).toContain(hash);

  // JSON
  await expect(report.exportBar.getByRole('status').filter({ hasText: '.md' })).toBeVisible();
  // Wait until the preview counts from the Markdown export (its data, and so its hash, changed).
  await expect(page.getByRole('region', { name: 'About this report' })).toContainText('(MD)');
  hash = (await report.contentHash.innerText()).trim();
  const json = JSON.parse(
    readFileSync(await (await report.export('JSON')).path(), 'utf8'),
  ) as ProjectReport;
  if (json.summary.readiness.status !== 'ready') throw new Error('the sample project is audited');
  expect(json.summary.readiness.headline.text).toBe(headline);
  expect(`mean ${json.summary.readiness.mean?.text}`).toBe(mean);
  expect(json.gaps.map((g) => g.score?.text)).toEqual(gaps);
  expect(json.meta.contentHash).toBe(hash);

  // Each export is listed on the Reports page.
  await page
    .getByRole('navigation', { name: 'Projects' })
    .getByRole('link', { name: 'Reports' })
    .click();
  const table = page.getByRole('region', { name: 'Exported reports' }).getByRole('table');
  // Three exports, the sample's earlier one, and the header row.
  await expect(table.getByRole('row')).toHaveCount(5);
  for (const format of ['PDF', 'Markdown', 'JSON']) {
    const row = table
      .getByRole('row')
      .filter({ hasText: 'Support triage assistant' })
      .filter({ hasText: format });
    await expect(row).toContainText(`${band} · ${headline}`);
  }
});

test('the portfolio report: the same rows on screen and in the CSV', async ({ page, host }) => {
  await callApi(host, 'sample.create', {});
  const report = new ReportPage(page);
  await report.openPortfolio(host.url);
  const summary = (await page.getByTestId('portfolio-summary').innerText()).trim();
  expect(summary).toMatch(/^\d+ projects:/);
  const rows = page.getByRole('region', { name: 'Projects' }).getByRole('table').getByRole('row');
  // Per project: the verdict (first cell) and the headline (third).
  const screen = new Map<string, { verdict: string; headline: string }>();
  for (let i = 1; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    screen.set((await row.getByRole('rowheader').innerText()).trim(), {
      verdict: (await row.getByRole('cell').nth(0).innerText()).trim(),
      headline: (await row.getByRole('cell').nth(2).innerText()).trim(),
    });
  }
  expect([...screen.values()].filter((r) => r.verdict === 'Ready for 1.0')).toHaveLength(1);
  const csv = readFileSync(await (await report.export('CSV')).path(), 'utf8').replace(
    /^\uFEFF/,
    '',
  );
  const [header, ...data] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  expect(header?.[5]).toBe('Headline');
  const verdictAt = header!.indexOf('Verdict');
  expect(data).toHaveLength(screen.size);
  for (const row of data) {
    const onScreen = screen.get(row[0]!);
    expect(onScreen, row[0]).toBeDefined();
    expect(onScreen?.headline).toBe(row[5] ? `${row[5]} (mean ${row[6]})` : '—');
    expect(onScreen?.verdict).toBe(row[verdictAt]);
  }
});

test('a name that looks like markup is shown as text, and a large export can be cancelled', async ({
  page,
  host,
}) => {
  page.on('dialog', (d) => {
    throw new Error(`A dialog opened: ${d.message()}`);
  });
  await callApi(host, 'sample.create', { projects: 200 });
  const p = await callApi(host, 'projects.create', {
    name: '<script>alert(1)</script>',
    owner: '<img src=x onerror=alert(1)>',
    kind: 'llm',
    stage: 'poc',
  });
  const report = new ReportPage(page);
  await report.openProject(host.url, p.id);
  await expect(
    page.getByRole('heading', { level: 1, name: '<script>alert(1)</script>' }),
  ).toBeVisible();
  await expect(page.getByText('Owner: <img src=x onerror=alert(1)>')).toBeVisible();

  await report.openPortfolio(host.url);
  await report.exportBar.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('progressbar', { name: 'Exporting PDF' })).toBeVisible();
  // The PDF is drawn on the report thread: the host keeps answering meanwhile (it was held for
  // seconds when the PDF was drawn on the thread that answers requests).
  const asked = Date.now();
  await callApi(host, 'projects.list', {});
  expect(Date.now() - asked).toBeLessThan(2_000);
  await report.exportBar.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByText('Export cancelled: nothing was saved.')).toBeVisible({
    timeout: 3_000,
  });
  // Only the sample's earlier export: the cancelled one was not recorded.
  expect(await callApi(host, 'reports.list', {})).toHaveLength(1);
});

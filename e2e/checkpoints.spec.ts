import { ALL_PRACTICES } from '../shared/framework';
import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';
import { CheckpointsPage } from './pages/CheckpointsPage';
import { PortfolioPage } from './pages/PortfolioPage';

const localDay = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A project in production whose latest final audit has every gap at full marks. */
async function seed(host: { origin: string; token: string }) {
  const project = await callApi(host, 'projects.create', {
    name: 'Fraud scoring',
    kind: 'classification',
    stage: 'in_production',
  });
  const audit = await callApi(host, 'audits.create', {
    projectId: project.id,
    title: 'Quarterly audit',
    takenOn: localDay(-1),
  });
  for (const p of ALL_PRACTICES)
    await callApi(host, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: p.key,
      answer: { kind: 'scored', level: 1 },
    });
  await callApi(host, 'audits.finalize', { id: audit.id });
  await callApi(host, 'checkpoints.setThresholds', {
    projectId: project.id,
    accuracyPercent: 92,
    latencyMs: 200,
    parityPoints: 2,
  });
  return project;
}

test('five stages end to end: a failed stage rerun, a waiver, the verdict in the project and the portfolio', async ({
  page,
  host,
}) => {
  const project = await seed(host);
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  const row = portfolio.row('Fraud scoring');
  // Every gap at 100%, but no checkpoint: not ready, whatever the gap scores say.
  await expect(row).toContainText('Not ready for 1.0');
  await expect(row).not.toContainText('Ready for 1.0');

  await row.getByRole('link', { name: 'Fraud scoring' }).click();
  const section = page.getByRole('region', { name: '1.0 verdict and governance checkpoints' });
  await expect(section).toContainText('Not ready for 1.0');
  await expect(section).toContainText('Data validation: not started, not passed.');
  await section.getByRole('link', { name: 'Open checkpoints' }).click();
  const cp = new CheckpointsPage(page);
  await expect(cp.heading).toBeVisible();
  expect(page.url()).toContain(`#/projects/${project.id}/checkpoints`);

  // Data validation at exactly 99.0% schema match: the pass is refused with what is missing.
  await cp.start('data_validation');
  await cp.record('data_validation', { pii_leaks: 0, schema_match: 99, lineage_complete: true });
  await cp.signOff('data_validation', 'Pass', 'Nadia Haddad');
  const refusal = cp.stage('data_validation').getByRole('alert');
  await expect(refusal).toContainText('Data validation cannot pass yet.');
  await expect(refusal).toContainText(
    'Criterion fails: Schema match: 99% (must be above 99%): fails',
  );
  await cp.signOff('data_validation', 'Fail', 'Nadia Haddad');
  await expect(cp.stage('data_validation')).toContainText('Failed');
  await expect(cp.verdict).toContainText('Data validation: failed, not passed.');

  // Run again: every run is kept; 99.01% passes.
  await cp.start('data_validation', true);
  await cp.record('data_validation', {
    pii_leaks: 0,
    schema_match: 99.01,
    lineage_complete: true,
  });
  await cp.signOff('data_validation', 'Pass', 'Nadia Haddad');
  await expect(cp.stage('data_validation')).toContainText('Passed');
  await cp.stage('data_validation').getByText('Earlier runs (1)').click();
  await expect(cp.stage('data_validation')).toContainText('Attempt 1: failed, Nadia Haddad');

  await cp.start('model_evaluation');
  await cp.record('model_evaluation', { accuracy: 94.2, no_bias_regression: true, latency: 180 });
  await cp.signOff('model_evaluation', 'Pass', 'Lena Park');
  await cp.start('security_review');
  await cp.record('security_review', {
    critical_cves: 0,
    injection_tests_pass: true,
    secrets_scan_clean: true,
  });
  await cp.signOff('security_review', 'Pass', 'Omar Said');
  await cp.start('operational_readiness');
  await cp.record('operational_readiness', {
    rollback_tested: true,
    alerts_configured: true,
    on_call_assigned: true,
  });
  await cp.signOff('operational_readiness', 'Pass', 'Kai Tanaka');
  await expect(cp.verdict).toContainText('Not ready for 1.0');
  await expect(cp.verdict).toContainText('Bias audit: not started, not passed.');

  // The bias audit is waived for ten days: ready, and the waiver is flagged as expiring.
  await cp.start('bias_audit');
  await cp.waive('bias_audit', {
    reason: 'Group labels arrive next sprint; the model only ranks alerts for analysts.',
    approver: 'Daniel Osei',
    expiresOn: localDay(10),
  });
  await expect(cp.stage('bias_audit')).toContainText('Waived');
  await expect(cp.verdict.getByText('Ready for 1.0', { exact: true })).toBeVisible();
  await expect(cp.verdict).toContainText('Waivers expiring within 14 days: Bias audit');

  await page.getByRole('main').getByRole('link', { name: 'Fraud scoring' }).click();
  await expect(section.getByText('Ready for 1.0', { exact: true })).toBeVisible();

  await portfolio.open(host.url);
  await expect(row).toContainText('Ready for 1.0');
  await expect(row).not.toContainText('Not ready');
  const waivers = page.getByRole('region', { name: 'Checkpoint waivers to renew' });
  await expect(waivers).toContainText('Fraud scoring: Waivers expiring within 14 days: Bias audit');
  await expect(portfolio.heatmap).toContainText('Ready for 1.0');
});

test('an unsafe evidence link is refused where it was typed; a run can be planned ahead with its own owner', async ({
  page,
  host,
}) => {
  const project = await seed(host);
  await page.goto(`${host.url}#/projects/${project.id}/checkpoints`);
  const cp = new CheckpointsPage(page);
  await cp.start('security_review');
  const card = cp.stage('security_review');
  await card.getByRole('textbox', { name: 'Threat model: link' }).fill('javascript:alert(1)');
  await card.getByRole('button', { name: 'Save evidence for Threat model' }).click();
  await expect(
    card.getByText('Only https: and mailto: links can be opened from the app.'),
  ).toBeVisible();
  await card
    .getByRole('textbox', { name: 'Threat model: link' })
    .fill('https://wiki.example.com/threat-model');
  await card.getByRole('button', { name: 'Save evidence for Threat model' }).click();
  const link = card.getByRole('link', { name: 'https://wiki.example.com/threat-model' });
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  // A run planned ahead, with its own owner: not started, dated from the typical duration.
  const bias = cp.stage('bias_audit');
  await bias.getByText('Plan Bias audit or choose its owner…').click();
  await bias.getByRole('textbox', { name: 'Bias audit: owner' }).fill('Grace Mensah');
  await bias.getByLabel('Bias audit: planned start').fill('2099-01-05');
  await bias.getByRole('button', { name: 'Plan Bias audit' }).click();
  await expect(bias).toContainText('Not started');
  await expect(bias).toContainText('Owner: Grace Mensah');
  await expect(bias).toContainText('(5 days)');
});

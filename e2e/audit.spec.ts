import type { PracticeAnswer } from '../shared/framework/types';
import { formatDay } from '../shared/domain/formatDay';
import { expect, test, type HostHandle } from './fixtures/test';
import { callApi, tryApi } from './helpers/api';
import { AuditPage } from './pages/AuditPage';
import { PortfolioPage } from './pages/PortfolioPage';

// Scores of the first audit. Three practices are scored through the UI instead (mouse,
// keyboard, and "not applicable" with its reason); the rest are seeded through the API.
const s = (level: 0 | 0.5 | 1): PracticeAnswer => ({ kind: 'scored', level });
const SEEDED: Record<string, PracticeAnswer> = {
  // pipeline: containerised_service 1 (UI, mouse), pinned_dependencies 0.5 (UI, keyboard)
  'pipeline.ci_cd': s(1),
  'pipeline.scaling_and_sla': s(0),
  'pipeline.productionization_sprint': s(0.5),
  // versioning: prompt_versioning not applicable (UI)
  'versioning.model_registry': s(1),
  'versioning.versioned_unit': s(0.5),
  'versioning.reproducible_training': s(0.5),
  'versioning.rollback_target_and_trigger': s(0),
  'versioning.canary_release': s(0.5),
  'fallback.fallback_tiers': s(1),
  'fallback.circuit_breaker': s(1),
  'fallback.confidence_floor': s(0.5),
  'fallback.fallback_rate_monitored': s(0.5),
  'fallback.fallback_decisions_logged': s(0),
  'fallback.agent_step_decisions': { kind: 'not_applicable', reason: 'A single model, no agents' },
  'observability.drift_detection': s(1),
  'observability.confidence_tracking': s(1),
  'observability.latency_percentiles': s(1),
  'observability.inference_log': s(0),
  'observability.metrics_retention': s(0),
  'observability.alert_ownership': s(0),
  'observability.day_one_dashboard': s(0),
  'governance.continuous_checkpoints': s(1),
  'governance.automated_checks': s(0.5),
  'governance.parallel_checks': s(0.5),
  'governance.evidence_sign_off': s(0.5),
};
// By hand, in half-points over applicable points:
//   pipeline      1+0.5+1+0+0.5 = 3 of 5      = 60%
//   versioning    1+0.5+0.5+0+0.5 = 2.5 of 5  = 50%   (prompts not applicable)
//   fallback      1+1+0.5+0.5+0 = 3 of 5      = 60%   (agents not applicable)
//   observability 1+1+1+0+0+0+0 = 3 of 7      = 42.9% <- weakest: the headline, "At risk"
//   governance    1+0.5+0.5+0.5 = 2.5 of 4    = 62.5%
//   mean (3/5 + 1/2 + 3/5 + 3/7 + 5/8) / 5 = 771/1400 = 55.1%
// Second audit: inference log and alert ownership 0 -> 1 (observability 5 of 7 = 71.4%),
// parallel checks 0.5 -> 0 (governance 2 of 4 = 50%): headline 50% (versioning, first of the
// tied gaps), still "At risk".

const PIPELINE = 'From notebook to pipeline';
const OBSERVABILITY = 'Observability from day one';
const GOVERNANCE = 'Governance throughout';

async function seedProject(host: HostHandle, name: string, archived = false) {
  const project = await callApi(host, 'projects.create', {
    name,
    kind: 'classification',
    stage: 'productionizing',
  });
  if (archived) await callApi(host, 'projects.archive', { id: project.id });
  return project;
}

test('an audit from the dialog to a trend of two final audits and a comparison', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  const audit = new AuditPage(page);
  const portfolio = new PortfolioPage(page);
  await seedProject(host, 'Claims triage');
  await portfolio.open(host.url);
  await page
    .getByRole('navigation', { name: 'Projects' })
    .getByRole('link', { name: 'Claims triage' })
    .click();
  await expect(page.getByText('The trend needs at least two final audits')).toBeVisible();

  // New audit through the dialog: participants typed as text become chips.
  await audit.auditsSection().getByRole('button', { name: 'New audit', exact: true }).click();
  const form = audit.dialog;
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue(
    /^Gap audit \d{4}-\d{2}-\d{2}$/,
  );
  await form.getByRole('textbox', { name: 'Title' }).fill('Week 1 audit');
  await form.getByLabel('Audit date').fill('2026-01-12');
  await form.getByRole('textbox', { name: 'Facilitator' }).fill('Ana');
  await form.getByRole('textbox', { name: 'Participants' }).fill('Ana, Bo\nChen, Bo');
  await expect(
    form.getByRole('list', { name: 'Participants to record' }).getByRole('listitem'),
  ).toHaveText(['Ana', 'Bo', 'Chen']);
  await form.getByLabel('Workshop timer (minutes per gap)').fill('15');
  await form.getByRole('button', { name: 'Create audit' }).click();
  await expect(audit.heading).toHaveText('Week 1 audit');
  await expect(page.getByRole('list', { name: 'Participants' }).getByRole('listitem')).toHaveText([
    'Ana',
    'Bo',
    'Chen',
  ]);
  await expect(audit.main.getByText('15 minutes per gap')).toBeVisible();
  await expect(audit.main.getByText('Draft', { exact: true })).toBeVisible();

  const firstId = audit.auditId();
  for (const [practiceKey, answer] of Object.entries(SEEDED)) {
    await callApi(host, 'audits.setPractice', { auditId: firstId, practiceKey, answer });
  }
  for (const gapKey of ['pipeline', 'versioning', 'fallback'] as const) {
    await callApi(host, 'audits.setGapMissing', {
      auditId: firstId,
      gapKey,
      missing: `Missing in ${gapKey}`,
    });
  }
  await page.reload();
  await expect(audit.heading).toHaveText('Week 1 audit');

  // Mouse: one practice to 1.
  await audit.score('Containerised service with a defined API', 'Automated and exercised');
  // Keyboard: Tab from that group past its note into the next practice, Space, then an arrow.
  await page.keyboard.press('Tab');
  await expect(audit.noteField('Containerised service with a defined API')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(audit.option('Dependencies pinned', 'Not in place')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(audit.option('Dependencies pinned', 'Not in place')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(audit.option('Dependencies pinned', 'Manual or on paper')).toBeChecked();
  // Not applicable needs a reason: empty is refused with a message, then one is saved.
  await audit.score('Prompts versioned with the model', 'Not applicable');
  const reason = audit.reasonField('Prompts versioned with the model');
  await expect(
    audit.practice('Prompts versioned with the model').getByText(/Not saved yet/),
  ).toBeVisible();
  await reason.focus();
  await reason.blur();
  await expect(
    audit.practice('Prompts versioned with the model').getByText('The reason is required'),
  ).toBeVisible();
  await reason.fill('A classifier: it has no prompts');
  await reason.press('Enter');
  await expect(
    audit.practice('Prompts versioned with the model').getByText('Saved', { exact: true }),
  ).toBeVisible();
  // A note saved on blur.
  await audit.noteField('Dependencies pinned').fill('requirements.txt pins most, not all');
  await audit.noteField('Dependencies pinned').blur();
  await expect(
    audit.practice('Dependencies pinned').getByText('Saved', { exact: true }),
  ).toBeVisible();

  await expect(audit.headline).toContainText('42.9%');
  await expect(audit.headline).toContainText('At risk');
  await expect(audit.headline).toContainText(`the weakest gap, ${OBSERVABILITY}`);
  await expect(audit.mean).toContainText('55.1%');
  await expect(audit.gap(PIPELINE)).toContainText('3 of 5 applicable points = 60%');

  // Finalising with two "what is missing" texts empty: the dialog lists the gaps, nothing changes.
  await expect(audit.missingField(OBSERVABILITY)).toHaveAttribute('aria-invalid', 'true');
  const dialog = await audit.openFinalise();
  await expect(dialog.getByRole('listitem')).toHaveText([
    `${OBSERVABILITY}: write down the specific artifact or capability that is missing`,
    `${GOVERNANCE}: write down the specific artifact or capability that is missing`,
  ]);
  await dialog.getByRole('button', { name: 'Finalise audit' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    `The audit cannot be finalised yet. Still open in: ${OBSERVABILITY}, ${GOVERNANCE}.`,
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(audit.main.getByText('Draft', { exact: true })).toBeVisible();
  expect((await callApi(host, 'audits.get', { id: firstId })).status).toBe('draft');

  await audit.writeMissing(OBSERVABILITY, 'No per-inference log, no alert owners, no dashboard');
  await audit.writeMissing(GOVERNANCE, 'Checks run one after another; sign-off is manual');
  await expect(page.getByRole('heading', { name: 'Ready to finalise' })).toBeVisible();
  await audit.finalise();
  await expect(audit.main.getByText('Final', { exact: true })).toBeVisible();
  await expect(audit.headline).toContainText('42.9%');
  await expect(audit.headline).toContainText('At risk');
  // A final audit has nothing left to edit.
  await expect(audit.main.getByRole('textbox')).toHaveCount(0);
  await expect(audit.main.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Finalise…' })).toHaveCount(0);
  expect(
    (
      await tryApi(host, 'audits.setPractice', {
        auditId: firstId,
        practiceKey: 'pipeline.ci_cd',
        answer: s(0),
      })
    ).ok,
  ).toBe(false);

  // The portfolio shows the headline, band and weakest gap, and the heatmap every gap.
  await page.getByRole('link', { name: 'Portfolio' }).click();
  const row = portfolio.row('Claims triage');
  await expect(row).toContainText('42.9%');
  await expect(row).toContainText('At risk');
  await expect(row).toContainText(OBSERVABILITY);
  await expect(portfolio.heatmapRow('Claims triage').getByRole('cell')).toHaveText([
    '60%At risk',
    '50%At risk',
    '60%At risk',
    '42.9%At risk',
    '62.5%At risk',
    // The last column is the project's verdict (issue 9): gaps and checkpoints, never a band.
    '42.9%Not ready for 1.0',
  ]);

  // New audit from this: a draft with the same scores; change three, finalise.
  await page.goBack();
  await expect(audit.heading).toHaveText('Week 1 audit');
  await audit.newAuditFromThis('Week 5 audit');
  await expect(audit.main.getByText('Draft', { exact: true })).toBeVisible();
  await expect(
    audit.option('Containerised service with a defined API', 'Automated and exercised'),
  ).toBeChecked();
  await expect(audit.option('Dependencies pinned', 'Manual or on paper')).toBeChecked();
  await expect(audit.reasonField('Prompts versioned with the model')).toHaveValue(
    'A classifier: it has no prompts',
  );
  await expect(audit.headline).toContainText('42.9%');
  await audit.score('Per-inference log', 'Automated and exercised');
  await audit.score('Alerts have owners', 'Automated and exercised');
  await audit.score('Checks run in parallel', 'Not in place');
  await expect(audit.headline).toContainText('50%');
  // Signing off is people's work: its options say what 0, 0.5 and 1 mean for it, not "automated".
  const signOff = audit.scoreGroup('People review evidence and sign off');
  await expect(signOff.getByRole('radio', { name: 'Reviewed now and then' })).toBeChecked();
  await expect(
    signOff.getByRole('radio', { name: 'Signed off every time, on record' }),
  ).toBeVisible();
  await expect(signOff.getByRole('radio', { name: 'Automated and exercised' })).toHaveCount(0);
  await expect(audit.practice('People review evidence and sign off')).toContainText(
    'How this practice is scored',
  );
  await audit.finalise();

  // The project page: two points in the trend, with the same numbers in its table.
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Claims triage' })
    .click();
  const trend = audit.trendTable();
  await expect(trend.getByRole('row')).toHaveCount(3);
  const [first, second] = [trend.getByRole('row').nth(1), trend.getByRole('row').nth(2)];
  await expect(first.getByRole('rowheader')).toContainText(formatDay('2026-01-12'));
  await expect(first.getByRole('cell')).toHaveText([
    '42.9%',
    '60%',
    '50%',
    '60%',
    '42.9%',
    '62.5%',
    'At risk',
  ]);
  await expect(second.getByRole('cell')).toHaveText([
    '50%',
    '60%',
    '50%',
    '60%',
    '71.4%',
    '50%',
    'At risk',
  ]);
  await expect(page.getByRole('figure', { name: /across the 2 final audits/ })).toBeVisible();

  // Compare the two (the control defaults to the latest two).
  await audit.auditsSection().getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare audits' })).toBeVisible();
  const scores = page.getByRole('table', { name: 'Scores: before and after' });
  await expect(scores.getByRole('row', { name: /Readiness \(weakest gap\)/ })).toContainText(
    /42\.9%.*50%.*Improved/,
  );
  await expect(scores.getByRole('row', { name: new RegExp(GOVERNANCE) })).toContainText(
    /62\.5%.*50%.*Regressed/,
  );
  const practices = page.getByRole('table', { name: 'Practices: before and after' });
  await expect(practices.getByRole('row', { name: /^Per-inference log/ })).toContainText(
    /Not in place \(0\).*Automated and exercised \(1\).*Improved/,
  );
  await expect(practices.getByRole('row', { name: /^Checks run in parallel/ })).toContainText(
    /Manual or on paper \(0\.5\).*Not in place \(0\).*Regressed/,
  );
  await expect(page.getByText('2 improved, 1 regressed')).toBeVisible();
  await page.getByRole('switch', { name: 'Show only practices that changed' }).focus();
  await page.keyboard.press('Space');
  await expect(practices.getByRole('row', { name: /Improved|Regressed/ })).toHaveCount(3);
  await expect(practices.getByRole('row', { name: /Unchanged/ })).toHaveCount(0);
});

test('drafts: edit details, delete with confirmation; archived projects cannot start audits', async ({
  page,
  host,
}) => {
  const audit = new AuditPage(page);
  const portfolio = new PortfolioPage(page);
  const project = await seedProject(host, 'Search ranking');
  const draft = await callApi(host, 'audits.create', {
    projectId: project.id,
    title: 'Kick-off audit',
    takenOn: '2026-02-02',
    participants: ['Ana'],
  });
  await seedProject(host, 'Legacy scorer', true);

  await portfolio.open(host.url);
  await expect(portfolio.row('Search ranking')).toContainText('Not audited');
  await expect(page.getByRole('heading', { name: 'No final audits yet' })).toBeVisible();

  await page.goto(`${host.url}#/projects/${project.id}/audits/${draft.id}`);
  await expect(audit.heading).toHaveText('Kick-off audit');
  await expect(audit.headline).toContainText('No headline yet');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await audit.dialog.getByRole('textbox', { name: 'Participants' }).fill('Ana\nDee');
  await audit.dialog.getByRole('textbox', { name: 'Title' }).fill('');
  await audit.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(audit.dialog.getByText('Title is required')).toBeVisible();
  await audit.dialog.getByRole('textbox', { name: 'Title' }).fill('Kick-off audit, revised');
  await audit.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(audit.heading).toHaveText('Kick-off audit, revised');
  await expect(page.getByRole('list', { name: 'Participants' }).getByRole('listitem')).toHaveText([
    'Ana',
    'Dee',
  ]);

  await page.getByRole('button', { name: 'Delete draft…' }).click();
  await expect(audit.confirm).toContainText('cannot be undone');
  await audit.confirm.getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search ranking' })).toBeVisible();
  await expect(audit.auditsSection()).toContainText('No audits yet');

  // Archived: both ways of starting an audit are disabled, and the page says why.
  await portfolio.open(host.url);
  await page.getByRole('switch', { name: /Show archived/ }).focus();
  await page.keyboard.press('Space');
  await portfolio.row('Legacy scorer').click();
  await expect(
    audit.auditsSection().getByRole('button', { name: 'New audit', exact: true }),
  ).toBeDisabled();
  await expect(
    audit.auditsSection().getByRole('button', { name: 'New audit from the latest' }),
  ).toBeDisabled();
  await expect(audit.auditsSection()).toContainText('This project is archived');
});

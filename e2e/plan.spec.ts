import { addDays, localToday } from '../shared/domain/calendar';
import { ALL_PRACTICES, GAP_KEYS } from '../shared/framework';
import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';
import { PlanPage } from './pages/PlanPage';
import { PortfolioPage } from './pages/PortfolioPage';

type Host = { origin: string; token: string };

/** A final audit with every practice in place except `open` (scored 0). */
async function finalAudit(host: Host, projectId: string, takenOn: string, open: string[]) {
  const audit = await callApi(host, 'audits.create', {
    projectId,
    title: `Audit ${takenOn}`,
    takenOn,
  });
  for (const p of ALL_PRACTICES)
    await callApi(host, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: p.key,
      answer: { kind: 'scored', level: open.includes(p.key) ? 0 : 1 },
    });
  for (const gapKey of GAP_KEYS)
    await callApi(host, 'audits.setGapMissing', {
      auditId: audit.id,
      gapKey,
      missing: `No ${gapKey} artifact`,
    });
  await callApi(host, 'audits.finalize', { id: audit.id });
}

test('generate a plan, reorder by keyboard, complete and skip, overdue in the portfolio, re-plan keeping edits, a release judged', async ({
  page,
  host,
}) => {
  const today = localToday();
  const project = await callApi(host, 'projects.create', {
    name: 'Claims intake agent',
    kind: 'agentic',
    stage: 'productionizing',
    pocApprovedOn: addDays(today, -18 * 7),
  });
  await finalAudit(host, project.id, addDays(today, -20), [
    'versioning.model_registry',
    'versioning.canary_release',
    'fallback.fallback_tiers',
    'observability.drift_detection',
    'pipeline.ci_cd',
  ]);

  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await portfolio
    .row('Claims intake agent')
    .getByRole('link', { name: 'Claims intake agent' })
    .click();
  // The timeline against its target, said in words.
  await expect(page.getByTestId('timeline-verdict')).toHaveText(
    '18 weeks since PoC approval and not in production: past 16 weeks, one or more structural gaps is likely still open.',
  );
  await page.getByRole('link', { name: 'Plan the 30 days' }).click();
  const plan = new PlanPage(page);
  await expect(plan.heading).toBeVisible();
  // Day 1 was 16 days ago: week 2 is over, so its tasks are overdue; today is in week 3.
  await plan.build(addDays(today, -16));

  const week2 = plan.week(/^Week 2/);
  expect(await plan.titles(week2)).toEqual([
    'Model registry',
    'Canary releases',
    'One fallback path on the highest-risk inference endpoint',
  ]);
  await expect(plan.week(/^Week 3/)).toContainText('Today is in this week');
  await expect(plan.week(/^After day 30/)).toContainText('Built and deployed by CI/CD');
  await expect(plan.task('Model registry')).toContainText('Overdue');

  // Keyboard: Alt+Arrow Up on the focused task moves it one place up.
  await plan.title('Canary releases').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => plan.titles(week2))
    .toEqual([
      'Canary releases',
      'Model registry',
      'One fallback path on the highest-risk inference endpoint',
    ]);
  await expect(plan.title('Canary releases')).toBeFocused();

  // Mouse: a task dropped on another takes its place.
  await plan
    .task('Model registry')
    .dragTo(plan.task('One fallback path on the highest-risk inference endpoint'));
  await expect
    .poll(() => plan.titles(week2))
    .toEqual([
      'Canary releases',
      'One fallback path on the highest-risk inference endpoint',
      'Model registry',
    ]);

  // Complete one, skip one (a reason is required), give one an owner.
  await plan.setStatus('Canary releases', 'Done');
  await expect(plan.task('Canary releases')).not.toContainText('Overdue');
  await plan.setStatus('One fallback path on the highest-risk inference endpoint', 'Skipped');
  await plan.dialog.getByRole('button', { name: 'Save task' }).click();
  await expect(
    plan.dialog.getByText('Say why: a blocked or skipped task needs a reason'),
  ).toBeVisible();
  await plan.dialog
    .getByRole('textbox', { name: /Why skip it/ })
    .fill('Cached answers already served by the gateway');
  await plan.dialog.getByRole('button', { name: 'Save task' }).click();
  await expect(plan.dialog).toBeHidden();
  await expect(plan.task('One fallback path on the highest-risk inference endpoint')).toContainText(
    'Skipped: Cached answers already served by the gateway',
  );
  await plan.title('Model registry').click();
  await plan.dialog.getByRole('textbox', { name: 'Owner' }).fill('Zoë Łódź');
  await plan.dialog.getByRole('button', { name: 'Save task' }).click();
  await expect(plan.task('Model registry')).toContainText('Zoë Łódź');
  await expect(week2.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '2 of 3 closed');

  // A task added by hand.
  await plan
    .week(/^Week 3/)
    .getByRole('textbox', { name: 'New task in Week 3' })
    .fill('Ask SRE to route latency alerts');
  await plan
    .week(/^Week 3/)
    .getByRole('button', { name: 'Add task' })
    .click();
  await expect(plan.task('Ask SRE to route latency alerts')).toContainText('Added by hand');

  // The portfolio counts the overdue task.
  await page.goto(host.url);
  await expect(portfolio.row('Claims intake agent')).toContainText('1 overdue');

  // A newer audit: the registry is in place, the inference log is not. Re-plan keeps the edits.
  await finalAudit(host, project.id, today, [
    'versioning.canary_release',
    'observability.inference_log',
    'pipeline.ci_cd',
  ]);
  await page.goto(`${host.url}#/projects/${project.id}/plan`);
  await page.getByRole('button', { name: 'Re-plan from the newest audit…' }).click();
  await expect(plan.dialog.getByRole('region', { name: /Tasks to add/ })).toContainText(
    'Per-inference log',
  );
  await expect(plan.dialog.getByRole('checkbox', { name: 'Close “Model registry”' })).toBeChecked();
  await plan.dialog.getByText('Close “Data drift detection”').click();
  await expect(
    plan.dialog.getByRole('checkbox', { name: 'Close “Data drift detection”' }),
  ).not.toBeChecked();
  await plan.dialog.getByRole('button', { name: 'Apply re-plan' }).click();
  await expect(plan.dialog).toBeHidden();
  await expect(plan.task('Per-inference log')).toBeVisible();
  await expect(plan.task('Model registry')).toContainText('Zoë Łódź');
  await expect(plan.task('Data drift detection')).not.toHaveClass(/plan-task-done/);
  await expect(plan.task('One fallback path on the highest-risk inference endpoint')).toContainText(
    'Skipped: Cached answers already served by the gateway',
  );
  await expect(plan.task('Ask SRE to route latency alerts')).toBeVisible();

  // A release, its lead time judged against the target for an update.
  await page.locator('#main').getByRole('link', { name: 'Claims intake agent' }).click();
  await page.getByRole('button', { name: 'Add a release…' }).click();
  await plan.dialog.getByRole('textbox', { name: 'Version', exact: true }).fill('0.4.0');
  await plan.dialog
    .getByRole('textbox', { name: /Training completed on/ })
    .fill(addDays(today, -40));
  await plan.dialog
    .getByRole('textbox', { name: /Serving in production on/ })
    .fill(addDays(today, -45));
  await plan.dialog.getByRole('button', { name: 'Add release' }).click();
  await expect(
    plan.dialog.getByText('Serving cannot start before training completed'),
  ).toBeVisible();
  await plan.dialog
    .getByRole('textbox', { name: /Serving in production on/ })
    .fill(addDays(today, -4));
  await plan.dialog.getByRole('button', { name: 'Add release' }).click();
  const releases = page.getByRole('region', { name: 'Model releases' });
  await expect(releases.getByRole('table')).toContainText(
    '36 days: measured in months, a process problem (the target for an update is under 2 weeks).',
  );
  await expect(releases.getByRole('img', { name: /Lead time per release/ })).toBeVisible();
  await expect(releases).toContainText('Portfolio median lead time: 36 days.');
});

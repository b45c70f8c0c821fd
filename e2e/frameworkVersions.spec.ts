import { FRAMEWORK_VERSION } from '../shared/framework';
import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';

// Issue 9, framework corrections: in the sample, a project's baseline audit was scored under
// framework 2026.1 and its latest under the current version. Each reads in its own version's
// words, and the comparison names the practices the framework changed.

test('a 2026.1 audit keeps its texts, and comparing it with a newer one names what changed', async ({
  page,
  host,
}) => {
  await callApi(host, 'sample.create', {});
  const projects = await callApi(host, 'projects.list', {});
  const project = projects.find((p) => p.name === 'Support triage assistant')!;
  const audits = await callApi(host, 'audits.list', { projectId: project.id });
  const finals = audits.filter((a) => a.status === 'final');
  const [old, latest] = [finals[0]!, finals.at(-1)!];
  expect([old.frameworkVersion, latest.frameworkVersion]).toEqual(['2026.1', FRAMEWORK_VERSION]);

  const signOff = (p: typeof page) =>
    p.getByRole('group', { name: 'People review evidence and sign off', exact: true });
  await page.goto(`${host.url}#/projects/${project.id}/audits/${old.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(old.title);
  await expect(page.getByText(/^A dashboard is live from day one/)).toBeVisible();
  await expect(signOff(page)).not.toContainText('How this practice is scored');

  await page.goto(`${host.url}#/projects/${project.id}/audits/${latest.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(latest.title);
  await expect(page.getByText(/^Five panels go live/)).toBeVisible();
  await expect(signOff(page)).toContainText('How this practice is scored');
  await expect(signOff(page)).toContainText('Signed off every time, on record');

  await page.goto(`${host.url}#/projects/${project.id}/compare/${old.id}/${latest.id}`);
  const box = page.getByRole('region', { name: `Framework 2026.1 → ${FRAMEWORK_VERSION}` });
  await expect(box).toContainText(
    'People review evidence and sign off (Governance throughout): what 0, 0.5 and 1 mean changed',
  );
  await expect(box).toContainText('Five-panel dashboard (Observability from day one): reworded');
  await expect(
    page.getByRole('row', { name: /People review evidence and sign off/ }),
  ).toContainText(`framework ${FRAMEWORK_VERSION}: what 0, 0.5 and 1 mean changed`);
});

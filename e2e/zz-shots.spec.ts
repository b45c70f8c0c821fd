import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';

test('shots', async ({ page, host }) => {
  await callApi(host, 'sample.create', {});
  const projects = await callApi(host, 'projects.list', {});
  const claims = projects.find((p) => p.name === 'Claims intake agent')!;
  const fraud = projects.find((p) => p.name.includes('fraud'))!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${host.url}#/projects/${claims.id}/plan`);
  await expect(page.getByRole('heading', { name: '30-day plan' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Week 2/ })).toBeVisible();
  await page.screenshot({ path: 'resources/screenshots/plan.png' });
  await page.goto(`${host.url}#/projects/${fraud.id}`);
  await expect(page.getByRole('region', { name: 'Model releases' }).getByRole('img')).toBeVisible();
  await page.getByRole('region', { name: 'Model releases' }).screenshot({ path: 'resources/screenshots/releases.png' });
  await page.getByRole('region', { name: 'Timeline and 30-day plan' }).screenshot({ path: '/tmp/timeline.png' });
  await page.goto(host.url);
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/portfolio.png' });
});

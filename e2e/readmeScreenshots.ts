// Retakes the README's portfolio and workshop screenshots from the sample workspace:
//   npm run build && npx tsx e2e/readmeScreenshots.ts
// (Not a test: it asserts nothing. The report, org and ownership pictures are taken by hand.)
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { callApi } from './helpers/api';
import { freshDataDir, removeDataDir, startHost } from './fixtures/webHost';

const OUT = join(import.meta.dirname, '..', 'resources', 'screenshots');

const dir = freshDataDir();
const host = await startHost(dir);
const browser = await chromium.launch({
  executablePath: process.env.CROSSING_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  await callApi(host, 'sample.create', {});
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(host.url);
  await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
  await page.getByRole('table', { name: /latest final audit/ }).waitFor();
  await page.screenshot({ path: join(OUT, 'portfolio.png') });

  // The workshop on a sample draft with scores, at a projector's 1280x720.
  let draft: { projectId: string; id: string } | undefined;
  for (const p of await callApi(host, 'projects.list', {})) {
    const audits = await callApi(host, 'audits.list', { projectId: p.id });
    draft ??= audits.find((a) => a.status === 'draft');
  }
  if (!draft) throw new Error('The sample has no draft audit.');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.origin}/#/projects/${draft.projectId}/audits/${draft.id}/workshop`);
  await page.getByRole('listbox').waitFor();
  await page.screenshot({ path: join(OUT, 'workshop.png') });
  console.log(`Saved portfolio.png and workshop.png in ${OUT}`);
} finally {
  await browser.close();
  await host.stop();
  removeDataDir(dir);
}

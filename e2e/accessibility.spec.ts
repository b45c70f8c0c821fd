import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';

// Issue 6: axe-core reports no serious or critical violation on any page, in light and in
// dark. The sample portfolio fills every screen (draft and final audits, a comparison, the org
// model); each page is checked once it has drawn its main heading.

test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ timeout: 180_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      count: v.nodes.length,
    }));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any page (${scheme})`, async ({ page, host }) => {
    await callApi(host, 'sample.create', {});
    const projects = await callApi(host, 'projects.list', {});
    const project = projects.find((p) => p.name.length > 0)!;
    // A project with a draft and at least two final audits shows every kind of audit page.
    let draft: { p: string; a: string } | null = null;
    let finals: { p: string; a: string[] } | null = null;
    for (const p of projects) {
      const audits = await callApi(host, 'audits.list', { projectId: p.id });
      const d = audits.find((a) => a.status === 'draft');
      const f = audits.filter((a) => a.status === 'final');
      if (d && !draft) draft = { p: p.id, a: d.id };
      if (f.length >= 2 && !finals) finals = { p: p.id, a: f.map((a) => a.id) };
    }
    expect(draft, 'the sample has a draft audit').not.toBeNull();
    expect(finals, 'the sample has a project with two final audits').not.toBeNull();
    // The sample's support triage project has a 30-day plan, releases and checkpoint runs.
    const support = projects.find((p) => p.name === 'Support triage assistant')!;

    const pages: [string, string][] = [
      ['portfolio', '/'],
      ['project', `/projects/${finals!.p}`],
      ['draft audit', `/projects/${draft!.p}/audits/${draft!.a}`],
      ['final audit', `/projects/${finals!.p}/audits/${finals!.a[0]}`],
      ['comparison', `/projects/${finals!.p}/compare/${finals!.a[0]}/${finals!.a[1]}`],
      ['workshop', `/projects/${draft!.p}/audits/${draft!.a}/workshop`],
      ['project report', `/projects/${project.id}/report`],
      ['reports', '/reports'],
      ['portfolio report', '/reports/portfolio'],
      ['org model', '/org'],
      ['plan', `/projects/${support.id}/plan`],
      ['checkpoints', `/projects/${support.id}/checkpoints`],
      ['backups', '/backups'],
      ['about', '/about'],
    ];

    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(host.url);
    const found: Record<string, unknown> = {};
    for (const [name, route] of pages) {
      await page.goto(`${host.origin}/#${route}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[name] = violations;
    }
    expect(found, `axe violations (${scheme})`).toEqual({});
  });
}

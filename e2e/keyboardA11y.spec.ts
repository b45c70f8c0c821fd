import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';
import { seedWorkshop } from './helpers/seedWorkshop';
import { AuditPage } from './pages/AuditPage';
import { PortfolioPage } from './pages/PortfolioPage';

// Issue 6, item 8: a skip link; focus on the page title after navigation; a visible focus ring
// on a selected score option; archiving says what happened and can be undone; "Kind of system"
// marked required like "Name"; no Ctrl+N hint in a browser, where that key is the browser's.

test.use({ viewport: { width: 1280, height: 720 } });

/** WCAG relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [
      number,
      number,
      number,
    ];
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('a skip link, and focus on the page title after navigation', async ({ page, host }) => {
  await callApi(host, 'projects.create', { name: 'Claims triage', kind: 'llm', stage: 'poc' });
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(
    await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement)),
  ).toBe(true);

  await page
    .getByRole('navigation', { name: 'Projects' })
    .getByRole('link', { name: 'Claims triage' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Claims triage' })).toBeFocused();
});

test('the New project button shows no Ctrl+N hint in a browser, and Kind of system is marked required', async ({
  page,
  host,
}) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  const create = page.getByRole('button', { name: /New project/ }).first();
  await expect(create).toHaveText('New project');
  await create.click();
  await expect(portfolio.dialog.getByText('Name *')).toBeVisible();
  await expect(portfolio.dialog.getByText('Kind of system *')).toBeVisible();
});

test('a selected score option shows a focus ring that stands out from it', async ({
  page,
  host,
}) => {
  const { project, audit: seeded } = await seedWorkshop(host);
  const audit = new AuditPage(page);
  await page.goto(`${host.url}#/projects/${project.id}/audits/${seeded.id}`);
  const title = 'Containerised service with a defined API';
  await audit.score(title, 'Automated and exercised');
  // Keyboard focus on the selected option (Tab out and back, as a keyboard user does).
  await audit.noteField(title).focus();
  await page.keyboard.press('Shift+Tab');
  const option = audit.option(title, 'Automated and exercised');
  await expect(option).toBeFocused();
  const style = await option.evaluate((input) => {
    const label = input.closest('label') as HTMLElement;
    const s = getComputedStyle(label);
    // What lies around the option: the first ancestor with a background of its own.
    let around: HTMLElement | null = label.parentElement;
    while (around && getComputedStyle(around).backgroundColor === 'rgba(0, 0, 0, 0)')
      around = around.parentElement;
    return {
      outline: s.outlineColor,
      outlineStyle: s.outlineStyle,
      offset: parseFloat(s.outlineOffset),
      background: s.backgroundColor,
      around: around ? getComputedStyle(around).backgroundColor : 'rgb(255, 255, 255)',
    };
  });
  expect(style.outlineStyle).not.toBe('none');
  // Not blue on blue: the ring is another colour than the selected option, stands clear of it,
  // and contrasts 3:1 with what surrounds it (WCAG 2.4.13's focus appearance).
  expect(style.outline).not.toBe(style.background);
  expect(style.offset).toBeGreaterThanOrEqual(2);
  expect(contrast(style.outline, style.around)).toBeGreaterThanOrEqual(3);
});

test('archiving says what happened and can be undone', async ({ page, host }) => {
  const p = await callApi(host, 'projects.create', {
    name: 'Claims triage',
    kind: 'llm',
    stage: 'poc',
  });
  await page.goto(`${host.url}#/projects/${p.id}`);
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const notice = page.locator('.notices .notice').filter({ hasText: 'Archived “Claims triage”' });
  await expect(notice).toContainText('left the active list');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();
  const after = await callApi(host, 'projects.get', { id: p.id });
  expect(after.archivedAt).toBeNull();
});

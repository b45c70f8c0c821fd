import { ALL_PRACTICES, scoreLevelFor } from '../shared/framework';
import { expect, test } from './fixtures/test';
import { seedWorkshop } from './helpers/seedWorkshop';
import { AuditPage } from './pages/AuditPage';

// Issue 6, items 1 and 2: the audit page never scrolls the window (the sidebar and the title
// stay in view whatever gets focus), and an unknown audit says so instead of loading forever.

test.use({ viewport: { width: 1280, height: 720 } });

const LAST = ALL_PRACTICES[ALL_PRACTICES.length - 1]!;

async function windowScroll(page: AuditPage['page']): Promise<number> {
  return page.evaluate(() => window.scrollY + document.documentElement.scrollTop);
}

test('tabbing through every practice and clicking the last score option never scrolls the window', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  const { project, audit: seeded } = await seedWorkshop(host);
  const audit = new AuditPage(page);
  await page.goto(`${host.url}#/projects/${project.id}/audits/${seeded.id}`);
  await expect(audit.heading).toHaveText(seeded.title);
  const sidebar = page.getByRole('navigation', { name: 'Projects' });

  // Every score group is one Tab stop; go until the last practice's group has focus.
  const lastGroup = audit.scoreGroup(LAST.title);
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    expect(await windowScroll(page), `window scrolled after ${i + 1} Tab presses`).toBe(0);
    if (await lastGroup.evaluate((g) => g.contains(document.activeElement))) break;
  }
  await expect(lastGroup.getByRole('radio').first()).toBeFocused();
  await expect(sidebar).toBeInViewport();

  // The mouse: the last practice's top option (in its own words: it is done by people).
  await audit.score(LAST.title, scoreLevelFor({ kind: 'scored', level: 1 }, LAST).label);
  expect(await windowScroll(page)).toBe(0);
  await expect(sidebar).toBeInViewport();
  const main = await page.getByRole('main').boundingBox();
  expect(main?.y).toBe(0);

  // Back at the top of the pane, the title is there: nothing moved the frame.
  await page.getByRole('main').evaluate((m) => (m.scrollTop = 0));
  await expect(audit.heading).toBeInViewport();
  expect(await windowScroll(page)).toBe(0);
});

test('an unknown audit says it does not exist and links back to its project', async ({
  page,
  host,
}) => {
  const { project } = await seedWorkshop(host);
  await page.goto(
    `${host.url}#/projects/${project.id}/audits/00000000-0000-4000-8000-000000000000`,
  );
  await expect(page.getByRole('heading', { name: 'Audit not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the project' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support copilot');
});

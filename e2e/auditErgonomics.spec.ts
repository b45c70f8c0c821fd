import { GAPS } from '../shared/framework';
import { expect, test } from './fixtures/test';
import { seedWorkshop } from './helpers/seedWorkshop';
import { AuditPage } from './pages/AuditPage';

// Issue 6, item 3: on a draft audit, a way to jump to each gap with a summary of the five
// scores that stays in view; "not applicable" moves focus to its reason and an unsaved one is
// never dropped silently; the note grows with its text; "Finalise" says what blocks it before
// it is pressed, and after a refusal focus stays in the dialog and Esc closes it.

test.use({ viewport: { width: 1280, height: 720 } });

const OBSERVABILITY = GAPS[3]!;
const FIRST = GAPS[0]!.practices[0]!;

async function openDraft(page: AuditPage['page'], host: Parameters<typeof seedWorkshop>[0]) {
  const { project, audit } = await seedWorkshop(host);
  await page.goto(`${host.url}#/projects/${project.id}/audits/${audit.id}`);
  const ap = new AuditPage(page);
  await expect(ap.heading).toHaveText(audit.title);
  return { ap, project, audit };
}

test('a sticky summary of the five gaps jumps to each one', async ({ page, host }) => {
  const { ap } = await openDraft(page, host);
  const jump = page.getByRole('navigation', { name: 'Gaps of this audit' });
  for (const gap of GAPS)
    await expect(jump.getByRole('link', { name: new RegExp(gap.title) })).toBeVisible();
  await jump.getByRole('link', { name: new RegExp(OBSERVABILITY.title) }).click();
  const heading = page.getByRole('heading', { level: 2, name: OBSERVABILITY.title });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // Far down the page, the summary is still in view.
  await expect(jump).toBeInViewport();
  await ap.score(OBSERVABILITY.practices[0]!.title, 'Automated and exercised');
  await expect(jump.getByRole('link', { name: new RegExp(OBSERVABILITY.title) })).toContainText(
    '%',
  );
});

test('"not applicable" moves focus to its reason; leaving it unsaved is said', async ({
  page,
  host,
}) => {
  const { ap, project } = await openDraft(page, host);
  await ap.score(FIRST.title, 'Not applicable');
  await expect(ap.reasonField(FIRST.title)).toBeFocused();
  // Leave the page without a reason: the choice is not saved, and the app says so.
  await page.getByRole('link', { name: 'Support copilot' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.name);
  await expect(page.getByRole('status').filter({ hasText: 'Not applicable' })).toContainText(
    FIRST.title,
  );
});

test('the note grows with its text', async ({ page, host }) => {
  const { ap } = await openDraft(page, host);
  const note = ap.noteField(FIRST.title);
  const before = (await note.boundingBox())!.height;
  await note.fill(['One line', 'two lines', 'three lines', 'four lines', 'five lines'].join('\n'));
  const after = (await note.boundingBox())!.height;
  expect(after).toBeGreaterThan(before * 2);
  expect(await note.evaluate((t) => t.scrollHeight - t.clientHeight)).toBeLessThanOrEqual(1);
});

test('Finalise says what blocks it; after a refusal focus stays in the dialog and Esc closes it', async ({
  page,
  host,
}) => {
  const { ap } = await openDraft(page, host);
  const finalise = page.getByRole('button', { name: /^Finalise/ });
  await expect(finalise).toHaveAccessibleDescription(/not ready/i);
  const dialog = await ap.openFinalise();
  await dialog.getByRole('button', { name: 'Finalise audit' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';

// Issue 6, item 6, as a user sees it: at most three notices at once, none covers a dialog's
// buttons, and each leaves on its own (the timings and the restore: store/noticesSlice.test.ts).

test.use({ viewport: { width: 1280, height: 720 } });

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator): Promise<Box[]> {
  const out: Box[] = [];
  for (const l of await locator.all()) {
    const b = await l.boundingBox();
    if (b) out.push(b);
  }
  return out;
}

test('at most three notices, never over a dialog’s buttons, and each leaves on its own', async ({
  page,
  host,
}) => {
  const project = await callApi(host, 'projects.create', {
    // A long name makes the notices as wide as they get.
    name: 'Claims triage for the northern, southern and eastern regional offices',
    kind: 'classification',
    stage: 'poc',
  });
  await page.goto(`${host.url}#/projects/${project.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Claims triage/);

  // Six notices in a row: archive and restore, three times.
  const notices = page.locator('.notices .notice');
  for (let i = 1; i <= 3; i++) {
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByRole('button', { name: 'Restore from archive', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();
  }
  await expect(notices.last()).toContainText('Restored “Claims triage');
  await expect.soft(notices).toHaveCount(3);

  // A dialog opens while they show: none covers its buttons.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const buttons = await boxes(dialog.getByRole('button'));
  expect(buttons.length).toBeGreaterThan(0);
  for (const n of await boxes(notices))
    for (const b of buttons) expect(overlaps(n, b), 'a notice covers a dialog button').toBe(false);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Each leaves on its own after its time (six seconds), not one after another.
  await expect(notices).toHaveCount(0, { timeout: 7_000 });
});

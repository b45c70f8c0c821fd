import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type HostHandle } from './fixtures/test';
import { callApi } from './helpers/api';
import { tabTo } from './helpers/keyboard';
import { BackupsPage } from './pages/BackupsPage';
import { PortfolioPage } from './pages/PortfolioPage';

const DATA_FILE = 'crossing.sqlite';

/**
 * Stops the host, replaces the data file with random bytes (no -wal/-shm), starts it again.
 * `withoutBackups` first removes whatever backups the app took on its own.
 */
async function damageDataFile(host: HostHandle, withoutBackups = false): Promise<Buffer> {
  await host.stop();
  if (withoutBackups) rmSync(join(host.dataDir, 'backups'), { recursive: true, force: true });
  const file = join(host.dataDir, DATA_FILE);
  const garbage = randomBytes(16 * 1024);
  writeFileSync(file, garbage);
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  await host.start();
  return garbage;
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('back up, restore, and undo the restore from its before-restore backup', async ({
  page,
  host,
}) => {
  const portfolio = new PortfolioPage(page);
  const backups = new BackupsPage(page);
  const sidebar = page.getByRole('navigation', { name: 'Projects' });
  await portfolio.open(host.url);
  await portfolio.createProject({ name: 'Alpha' });

  await backups.openFromSidebar();
  await expect(page.getByText('Backups folder')).toBeVisible();
  await backups.backUpNow.click();
  await expect(page.getByText(/^Backed up:/)).toBeVisible();
  await expect(backups.rows('Manual')).toHaveCount(1);
  await expect(backups.rows('Manual')).toContainText(/KB/);

  await sidebar.getByRole('link', { name: 'Portfolio' }).click();
  await portfolio.createProject({ name: 'Beta' });

  // Restore the manual backup: Alpha only, everywhere (table and sidebar).
  await backups.openFromSidebar();
  await backups.rows('Manual').getByRole('button', { name: 'Restore…' }).click();
  await expect(backups.confirm).toContainText('current data will be replaced');
  await expect(backups.confirm).toContainText('“Before restore” backup');
  await backups.confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.confirm).toBeHidden();
  await backups.restore(backups.rows('Manual'));
  await expect(portfolio.heading).toBeVisible();
  await expect(
    page.getByText(/^Restored the manual backup from .*“Before restore” backup/),
  ).toBeVisible();
  await expect(portfolio.row('Alpha')).toBeVisible();
  await expect(portfolio.row('Beta')).toHaveCount(0);
  await expect(sidebar.getByRole('link', { name: 'Beta' })).toHaveCount(0);

  // The data before the restore is a "Before restore" backup; restoring it brings Beta back.
  await backups.openFromSidebar();
  await expect(backups.rows('Before restore')).toHaveCount(1);
  await backups.restore(backups.rows('Before restore'));
  await expect(portfolio.heading).toBeVisible();
  await expect(portfolio.row('Alpha')).toBeVisible();
  await expect(portfolio.row('Beta')).toBeVisible();

  // A reload reads everything again from the host: still the same.
  await page.reload();
  await expect(portfolio.heading).toBeVisible();
  await expect(portfolio.row('Alpha')).toBeVisible();
  await expect(portfolio.row('Beta')).toBeVisible();
  await backups.openFromSidebar();
  await expect(backups.rows('Manual')).toHaveCount(1);
  await expect(backups.rows('Before restore')).toHaveCount(2);
});

test('a damaged data file is quarantined, and the newest backup brings the data back', async ({
  page,
  host,
}) => {
  await callApi(host, 'projects.create', {
    name: 'Fraud scorer',
    kind: 'classification',
    stage: 'poc',
  });
  await callApi(host, 'backups.create', {});
  const garbage = await damageDataFile(host);

  const backups = new BackupsPage(page);
  const portfolio = new PortfolioPage(page);
  await page.goto(host.url);
  await expect(backups.recoveryHeading).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('failed its integrity check');

  // The damaged bytes are in the quarantine folder the screen names, unchanged.
  const info = await callApi(host, 'app.info', {});
  expect(info.workspace).toMatchObject({ state: 'refused', reason: 'damaged' });
  const quarantinedTo = info.workspace.state === 'refused' ? info.workspace.quarantinedTo : '';
  expect(quarantinedTo).toBeTruthy();
  await expect(page.getByRole('alert')).toContainText(`moved, unchanged, to ${quarantinedTo}`);
  expect(existsSync(quarantinedTo ?? '')).toBe(true);
  const kept = filesUnder(quarantinedTo ?? '').map((f) => readFileSync(f));
  expect(kept.some((bytes) => bytes.equals(garbage))).toBe(true);

  await page.getByRole('button', { name: /^Restore the newest backup \(/ }).click();
  await expect(portfolio.heading).toBeVisible();
  await expect(portfolio.row('Fraud scorer')).toBeVisible();

  // The Backups page explains the quarantined folder.
  await backups.openFromSidebar();
  await expect(page.getByRole('heading', { name: 'Quarantined files' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Quarantined files' })).toContainText(
    quarantinedTo ?? '',
  );
});

test('a damaged data file without backups can start an empty workspace', async ({ page, host }) => {
  await damageDataFile(host, true);

  const backups = new BackupsPage(page);
  const portfolio = new PortfolioPage(page);
  await page.goto(host.url);
  await expect(backups.recoveryHeading).toBeVisible();
  await expect(page.getByText(/There are no backups of your data yet/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Restore the newest backup/ })).toHaveCount(0);

  // By keyboard: Tab to the button, Enter; the dialog opens on Cancel, Tab then Enter confirms.
  await tabTo(page, page.getByRole('button', { name: 'Start with an empty workspace' }));
  await page.keyboard.press('Enter');
  await expect(backups.confirm).toContainText('stays in quarantine');
  await expect(backups.confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(backups.confirm.getByRole('button', { name: 'Start empty' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(portfolio.heading).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
});

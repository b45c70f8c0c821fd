import { expect, type Locator, type Page } from '@playwright/test';

export type BackupKindLabel = 'Automatic' | 'Manual' | 'Before upgrade' | 'Before restore';

/** The Backups page and the recovery screen of a refused workspace, by roles and labels only. */
export class BackupsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly backUpNow: Locator;
  readonly confirm: Locator;
  /** The recovery screen shown instead of the app when the data file was refused. */
  readonly recoveryHeading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Backups' });
    this.table = page.getByRole('table', { name: 'Backups' });
    this.backUpNow = page.getByRole('button', { name: 'Back up now' });
    this.confirm = page.getByRole('alertdialog');
    this.recoveryHeading = page.getByRole('heading', {
      level: 1,
      name: 'Your data file was not opened',
    });
  }

  /** Opens the page from the sidebar, as a user would. */
  async openFromSidebar(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Projects' })
      .getByRole('link', { name: 'Backups' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** The table rows of one kind of backup. */
  rows(kind: BackupKindLabel): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: kind, exact: true }) });
  }

  /** Restore… on a row, then confirms in the dialog. */
  async restore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: 'Restore…' }).click();
    await expect(this.confirm).toBeVisible();
    await this.confirm.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(this.confirm).toBeHidden();
  }
}

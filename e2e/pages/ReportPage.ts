import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** A report preview (project or portfolio) and its export bar, by roles and labels only. */
export class ReportPage {
  readonly exportBar: Locator;
  readonly headline: Locator;
  readonly mean: Locator;
  readonly band: Locator;
  readonly contentHash: Locator;

  constructor(readonly page: Page) {
    this.exportBar = page.getByRole('group', { name: 'Export the report' });
    this.headline = page.getByTestId('report-headline');
    this.mean = page.getByTestId('report-mean');
    this.band = page.getByTestId('report-band');
    this.contentHash = page.getByTestId('content-hash');
  }

  async openProject(url: string, projectId: string): Promise<void> {
    await this.page.goto(`${url.split('#')[0]}#/projects/${projectId}/report`);
    await expect(this.exportBar).toBeVisible();
  }

  async openPortfolio(url: string): Promise<void> {
    await this.page.goto(`${url.split('#')[0]}#/reports/portfolio`);
    await expect(this.exportBar).toBeVisible();
  }

  /** The gap scores as the screen prints them, in the table's order. */
  async gapScores(): Promise<string[]> {
    const table = this.page.getByRole('region', { name: 'The five gaps' }).getByRole('table');
    const rows = table.getByRole('row');
    const n = await rows.count();
    const out: string[] = [];
    for (let i = 1; i < n; i++)
      out.push((await rows.nth(i).getByRole('cell').first().innerText()).trim());
    return out;
  }

  /** Presses "Export <format>" and returns the browser download. */
  async export(format: 'PDF' | 'Markdown' | 'CSV' | 'JSON'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportBar.getByRole('button', { name: `Export ${format}` }).click();
    return download;
  }
}

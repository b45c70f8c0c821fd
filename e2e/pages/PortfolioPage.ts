import { expect, type Locator, type Page } from '@playwright/test';

export interface ProjectInput {
  name: string;
  kind?: string;
  stage?: string;
  owner?: string;
  team?: string;
  pocApprovedOn?: string;
}

/** The portfolio as a user sees it: by roles and labels only. */
export class PortfolioPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly dialog: Locator;
  /** The project x gap heatmap of the latest final audits. */
  readonly heatmap: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Portfolio' });
    this.table = page.getByRole('table', { name: 'Projects' });
    this.search = page.getByRole('searchbox', { name: 'Search projects' });
    this.dialog = page.getByRole('dialog');
    this.heatmap = page.getByRole('table', { name: /latest final audit/ });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.heading).toBeVisible();
  }

  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: false }) });
  }

  async choose(label: string, option: string): Promise<void> {
    await this.dialog.getByRole('button', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillProject(p: ProjectInput): Promise<void> {
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(p.name);
    if (p.kind) await this.choose('Kind of system', p.kind);
    if (p.stage) await this.choose('Stage', p.stage);
    if (p.owner !== undefined)
      await this.dialog.getByRole('textbox', { name: 'Owner' }).fill(p.owner);
    if (p.team !== undefined) await this.dialog.getByRole('textbox', { name: 'Team' }).fill(p.team);
    if (p.pocApprovedOn) await this.dialog.getByLabel('PoC approved on').fill(p.pocApprovedOn);
  }

  async createProject(p: ProjectInput): Promise<void> {
    await this.page.getByRole('button', { name: /New project/ }).click();
    await expect(this.dialog).toBeVisible();
    await this.fillProject({ kind: 'LLM', ...p });
    await this.dialog.getByRole('button', { name: 'Create project' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.row(p.name)).toBeVisible();
  }

  async rowAction(name: string, action: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Actions for ${name}` })
      .click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  heatmapRow(name: string): Locator {
    return this.heatmap
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: false }) });
  }
}

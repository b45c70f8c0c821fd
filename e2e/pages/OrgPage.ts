import { expect, type Locator, type Page } from '@playwright/test';

/** The Org model page and the ownership section of a project, by roles and labels only. */
export class OrgPage {
  readonly heading: Locator;
  readonly questionnaire: Locator;
  readonly recommendation: Locator;
  readonly status: Locator;
  readonly log: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Org model' });
    this.questionnaire = page.getByRole('region', { name: 'Questionnaire' });
    this.recommendation = page.getByRole('region', { name: 'Recommendation' });
    this.status = page.getByRole('region', { name: 'Decision in force' });
    this.log = page.getByRole('list', { name: 'Decisions, newest first' });
    this.dialog = page.getByRole('dialog');
  }

  async openFromSidebar(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Projects' })
      .getByRole('link', { name: 'Org model' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  async answer(a: {
    engineers?: string;
    models?: string;
    products?: string;
    platformTeam?: 'Yes' | 'No' | 'Not answered';
    size?: string;
  }): Promise<void> {
    const q = this.questionnaire;
    if (a.engineers !== undefined)
      await q.getByRole('textbox', { name: 'ML engineers' }).fill(a.engineers);
    if (a.models !== undefined)
      await q.getByRole('textbox', { name: 'Models in production' }).fill(a.models);
    if (a.products !== undefined)
      await q.getByRole('textbox', { name: 'Active AI products' }).fill(a.products);
    if (a.platformTeam) {
      // The radio input is visually hidden; its label is what a user clicks.
      const group = q.getByRole('radiogroup', { name: 'Is there a platform team?' });
      await group.getByText(a.platformTeam, { exact: true }).click();
      await expect(group.getByRole('radio', { name: a.platformTeam, exact: true })).toBeChecked();
    }
    if (a.size !== undefined)
      await q.getByRole('textbox', { name: 'Platform team size' }).fill(a.size);
    await q.getByRole('button', { name: 'Save answers' }).click();
  }

  async recordDecision(d: { model?: string; rationale: string; by?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Record a decision…' }).click();
    await expect(this.dialog).toBeVisible();
    if (d.model) {
      await this.dialog.getByText(d.model, { exact: true }).click();
      await expect(this.dialog.getByRole('radio', { name: new RegExp(d.model) })).toBeChecked();
    }
    await this.dialog.getByRole('textbox', { name: /Rationale/ }).fill(d.rationale);
    if (d.by) await this.dialog.getByRole('textbox', { name: 'Decided by' }).fill(d.by);
    await this.dialog.getByRole('button', { name: 'Record decision' }).click();
  }
}

/** A project page's ownership section and its dialog. */
export class OwnershipSection {
  readonly section: Locator;
  readonly gaps: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Ownership', exact: true });
    this.gaps = this.section.getByRole('list', { name: 'Gaps in ownership' });
    this.dialog = page.getByRole('dialog');
  }

  async edit(): Promise<void> {
    await this.section.getByRole('button', { name: 'Edit ownership…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  field(name: string | RegExp): Locator {
    return this.dialog.getByRole('textbox', { name, exact: typeof name === 'string' });
  }

  /** Ticks a runbook as in place (by its label, as a user does: the input is visually hidden). */
  async runbookInPlace(label: string): Promise<void> {
    await this.dialog.getByText(label, { exact: true }).click();
    await expect(this.dialog.getByRole('checkbox', { name: label })).toBeChecked();
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save ownership' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

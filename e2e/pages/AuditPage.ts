import { expect, type Locator, type Page } from '@playwright/test';

/** A generic level, or a practice's own (framework 2026.2: read it with `scoreLevelFor`). */
export type LevelLabel =
  | 'Not in place'
  | 'Manual or on paper'
  | 'Automated and exercised'
  | 'Not applicable'
  | (string & { readonly ownLevel?: never });

/** An audit's page and the project page's audit section, as a user sees them. */
export class AuditPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly summary: Locator;
  readonly headline: Locator;
  readonly mean: Locator;
  readonly dialog: Locator;
  readonly confirm: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.summary = page.getByRole('region', { name: 'Score', exact: true });
    this.headline = this.summary.getByRole('group', { name: 'Readiness (weakest gap)' });
    this.mean = this.summary.getByRole('group', { name: 'Progress (mean of the gaps)' });
    this.dialog = page.getByRole('dialog');
    this.confirm = page.getByRole('alertdialog');
  }

  /** The audit id from the current address (#/projects/<p>/audits/<a>). */
  auditId(): string {
    const m = /audits\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!m?.[1]) throw new Error(`Not on an audit page: ${this.page.url()}`);
    return m[1];
  }

  practice(title: string): Locator {
    return this.page.getByRole('group', { name: title, exact: true });
  }

  scoreGroup(practiceTitle: string): Locator {
    return this.page.getByRole('radiogroup', { name: practiceTitle, exact: true });
  }

  option(practiceTitle: string, level: LevelLabel): Locator {
    return this.scoreGroup(practiceTitle).getByRole('radio', { name: level, exact: true });
  }

  /** Scores with the mouse, and waits until the choice is shown as selected. */
  async score(practiceTitle: string, level: LevelLabel): Promise<void> {
    const option = this.option(practiceTitle, level);
    // The radio input itself is visually hidden; its label is what a user clicks.
    await this.practice(practiceTitle).getByText(level, { exact: true }).click();
    await expect(option).toBeChecked();
  }

  reasonField(practiceTitle: string): Locator {
    return this.page.getByRole('textbox', { name: `Why it does not apply for ${practiceTitle}` });
  }

  noteField(practiceTitle: string): Locator {
    return this.page.getByRole('textbox', { name: `Note on ${practiceTitle}` });
  }

  gap(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  missingField(gapTitle: string): Locator {
    return this.page.getByRole('textbox', { name: `What is missing in ${gapTitle}` });
  }

  /** Types the missing text and leaves the field, which saves it. */
  async writeMissing(gapTitle: string, text: string): Promise<void> {
    const field = this.missingField(gapTitle);
    await field.fill(text);
    await field.blur();
    await expect(this.gap(gapTitle).getByText('Saved', { exact: true })).toBeVisible();
  }

  async openFinalise(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Finalise…' }).click();
    await expect(this.confirm).toBeVisible();
    return this.confirm;
  }

  async finalise(): Promise<void> {
    const dialog = await this.openFinalise();
    await dialog.getByRole('button', { name: 'Finalise audit' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('note').getByText('This audit is final.')).toBeVisible();
  }

  /** "New audit from this": copies the final audit into a new draft and opens it. */
  async newAuditFromThis(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New audit from this' }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await this.dialog.getByRole('button', { name: 'Create draft' }).click();
    await expect(this.heading).toHaveText(title);
  }

  // The project page's audit section.

  auditsSection(): Locator {
    return this.page.getByRole('region', { name: 'Gap audits' });
  }

  trendTable(): Locator {
    return this.page.getByRole('table', { name: /^Trend data/ });
  }
}

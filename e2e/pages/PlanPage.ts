import { expect, type Locator, type Page } from '@playwright/test';

/** A project's 30-day plan page and the project page's plan and releases sections, by roles and labels. */
export class PlanPage {
  readonly heading: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '30-day plan' });
    this.dialog = page.getByRole('dialog');
  }

  week(title: RegExp | string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  task(title: string): Locator {
    return this.page.getByRole('listitem', { name: title, exact: true });
  }

  /** The task's title button (opens the task to edit; Alt+Arrow keys move the task from it). */
  title(title: string): Locator {
    return this.task(title).getByRole('button', { name: title, exact: true });
  }

  /** Task titles of a week, in order. */
  async titles(week: Locator): Promise<string[]> {
    return week
      .getByRole('listitem')
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
  }

  async setStatus(title: string, status: string): Promise<void> {
    await this.page
      .getByRole('button', { name: new RegExp(`Status of “${escape(title)}”`) })
      .click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
  }

  async build(startOn: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Day 1 of the plan' }).fill(startOn);
    await this.page.getByRole('button', { name: 'Build the plan from the latest audit' }).click();
    await expect(this.page.getByRole('region', { name: /^Week 1: Audit/ })).toBeVisible();
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

import { expect, type Locator, type Page } from '@playwright/test';
import { stageDef, type CheckpointStageKey } from '../../shared/framework';

/** A project's checkpoints page (/projects/:id/checkpoints), by roles and labels only. */
export class CheckpointsPage {
  readonly heading: Locator;
  readonly verdict: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Governance checkpoints' });
    this.verdict = page.getByRole('region', { name: 'Verdict' });
  }

  stage(key: CheckpointStageKey): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${stageDef(key).name}`) });
  }

  async start(key: CheckpointStageKey, again = false): Promise<void> {
    const name = stageDef(key).name;
    await this.stage(key)
      .getByRole('button', { name: again ? `Run ${name} again` : `Start ${name}` })
      .click();
    await expect(this.stage(key)).toContainText('In progress');
  }

  /** Evidence for every artifact, then each criterion as given (yes/no or a measured value). */
  async record(key: CheckpointStageKey, values: Record<string, boolean | number>): Promise<void> {
    const card = this.stage(key);
    const def = stageDef(key);
    for (const a of def.artifacts) {
      await card.getByRole('textbox', { name: `${a.label}: note` }).fill(`${a.label} reviewed`);
      await card.getByRole('button', { name: `Save evidence for ${a.label}` }).click();
      await expect(card.getByRole('group', { name: `${a.label} (evidenced)` })).toBeVisible();
    }
    for (const c of def.criteria) {
      const v = values[c.key];
      if (v === undefined) continue;
      if (typeof v === 'boolean') {
        await card.getByRole('button', { name: `${c.label}: ${v ? 'yes' : 'no'}` }).click();
      } else {
        await card.getByRole('textbox', { name: `${c.label}: measured value` }).fill(String(v));
        await card.getByRole('button', { name: `Record ${c.label}` }).click();
      }
      await expect(card.getByText(new RegExp(`^${c.label}: .*(passes|fails)`))).toBeVisible();
    }
  }

  async signOff(key: CheckpointStageKey, outcome: 'Pass' | 'Fail', reviewer: string) {
    const card = this.stage(key);
    await card.getByRole('textbox', { name: 'Reviewer' }).fill(reviewer);
    await card.getByRole('button', { name: `${outcome} ${stageDef(key).name}` }).click();
  }

  async waive(key: CheckpointStageKey, w: { reason: string; approver: string; expiresOn: string }) {
    const card = this.stage(key);
    await card.getByText(`Waive ${stageDef(key).name}…`).click();
    await card.getByRole('textbox', { name: 'Reason for the waiver' }).fill(w.reason);
    await card.getByRole('textbox', { name: 'Approved by' }).fill(w.approver);
    await card.getByLabel('Waiver expires on').fill(w.expiresOn);
    await card.getByRole('button', { name: `Waive ${stageDef(key).name}` }).click();
  }
}

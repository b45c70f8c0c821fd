import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Workshop mode as the room sees it, driven with the keyboard only (no clicks). */
export class WorkshopPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly activeOption: Locator;
  readonly status: Locator;
  readonly timer: Locator;
  readonly timerBox: Locator;
  readonly gapScore: Locator;
  readonly missing: Locator;
  readonly help: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('listbox', { name: /^Practices of / });
    this.activeOption = this.list.getByRole('option', { selected: true });
    this.status = page.getByRole('status', { name: 'Save status' });
    this.timer = page.getByRole('timer', { name: 'Time left for this gap' });
    this.timerBox = page.getByRole('region', { name: /^Timer for / });
    this.gapScore = page.getByRole('region', { name: 'Score of this gap' });
    this.missing = page.getByRole('region', { name: /^What is missing in / });
    this.help = page.getByRole('dialog', { name: 'Workshop keys' });
  }

  /** Opens the app (the first visit trades the token for a cookie), then the workshop route. */
  async open(host: { url: string; origin: string }, projectId: string, auditId: string) {
    await this.page.goto(host.url);
    await this.page.goto(`${host.origin}/#/projects/${projectId}/audits/${auditId}/workshop`);
    await expect(this.list).toBeFocused();
  }

  option(title: string): Locator {
    return this.list.getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  async expectGap(n: number, title: string): Promise<void> {
    await expect(this.heading).toHaveText(`Gap ${n} of 5: ${title}`);
    await expect(this.list).toHaveAccessibleName(`Practices of ${title}`);
  }

  async expectActive(title: string): Promise<void> {
    await expect(this.activeOption).toHaveAccessibleName(new RegExp(`^${escapeRegExp(title)}`));
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /**
   * Scores the active practice with 0, H or 1 and waits until the backend confirmed it. The
   * scored practice is checked by position: by default the room then moves to the next one.
   */
  async score(key: '0' | 'h' | '1', label: string): Promise<void> {
    const options = this.list.getByRole('option');
    const index = await options.evaluateAll((os) =>
      os.findIndex((o) => o.getAttribute('aria-selected') === 'true'),
    );
    await this.press(key);
    await expect(options.nth(index)).toContainText(label);
    await expect(this.status).toContainText('Saved');
  }

  /** Turns off "next practice after scoring" (A): a score then stays on its practice. */
  async keepPracticeAfterScoring(): Promise<void> {
    const toggle = this.page.getByRole('switch', { name: /Next practice after scoring/ });
    await expect(toggle).toBeChecked();
    await this.press('a');
    await expect(toggle).not.toBeChecked();
  }

  async notApplicable(reason: string): Promise<void> {
    await this.press('n');
    const field = this.page.getByRole('textbox', { name: /not applicable\?$/ });
    await expect(field).toBeFocused();
    await this.page.keyboard.type(reason);
    await this.press('Enter');
    await expect(field).toBeHidden();
    await expect(this.activeOption).toContainText(`Not applicable: ${reason}`);
    await expect(this.list).toBeFocused();
  }

  noteField(): Locator {
    return this.page.getByRole('textbox', { name: /^Note on / });
  }

  missingField(): Locator {
    return this.page.getByRole('textbox', { name: /^What is missing in / });
  }

  /** E, type, then Ctrl+Enter (or Escape) to save and return to the list. */
  async writeNote(text: string, save: 'Control+Enter' | 'Escape' = 'Control+Enter') {
    await this.press('e');
    await expect(this.noteField()).toBeFocused();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(text);
    await this.press(save);
    await expect(this.noteField()).toBeHidden();
    await expect(this.list).toBeFocused();
  }

  async writeMissing(text: string, save: 'Control+Enter' | 'Escape' = 'Escape') {
    await this.press('m');
    await expect(this.missingField()).toBeFocused();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(text);
    await this.press(save);
    await expect(this.missingField()).toBeHidden();
    await expect(this.missing).toContainText(text.split('\n')[0] ?? text);
    await expect(this.list).toBeFocused();
  }

  /** Layout figures of the current gap, measured in the page. */
  measure() {
    return this.page.evaluate(() => {
      const scroller = document.scrollingElement ?? document.documentElement;
      const list = document.querySelector<HTMLElement>('[role="listbox"]');
      // The full-screen frame clips its content; it must never be scrolled either.
      const frame = list?.closest<HTMLElement>('main')?.parentElement;
      const options = Array.from(document.querySelectorAll<HTMLElement>('[role="option"]'));
      return {
        innerWidth: window.innerWidth,
        innerHeight: window.innerHeight,
        scrollHeight: scroller.scrollHeight,
        scrollWidth: scroller.scrollWidth,
        frameScroll: { left: frame?.scrollLeft ?? -1, top: frame?.scrollTop ?? -1 },
        listScrollHeight: list?.scrollHeight ?? -1,
        listContentHeight: list
          ? Array.from(list.children).reduce(
              (sum, c) => Math.max(sum, c.getBoundingClientRect().bottom),
              0,
            ) - list.getBoundingClientRect().top
          : -1,
        listClientHeight: list?.clientHeight ?? -1,
        options: options.map((o) => {
          const r = o.getBoundingClientRect();
          const title = o.querySelector<HTMLElement>('.ws-option-title');
          return {
            name: title?.textContent ?? '',
            top: r.top,
            bottom: r.bottom,
            left: r.left,
            right: r.right,
            titleFontPx: title ? parseFloat(getComputedStyle(title).fontSize) : 0,
            titleTruncated: title ? title.scrollWidth > title.clientWidth : true,
          };
        }),
      };
    });
  }
}

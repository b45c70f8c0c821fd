import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';
import { tabTo } from './helpers/keyboard';
import { PortfolioPage } from './pages/PortfolioPage';

// Issue 6, item 5: at 1280 px the portfolio table fits (the actions column was half off screen
// once projects had audits; names wrapped to three lines), and each row's actions are
// reachable with Tab, not only with the arrow keys.

test.use({ viewport: { width: 1280, height: 720 } });

test('at 1280 px the table fits, names take at most two lines, and row actions are reachable by Tab', async ({
  page,
  host,
}) => {
  await callApi(host, 'sample.create', {});
  await callApi(host, 'projects.create', {
    name: 'Customer support retrieval assistant for enterprise accounts in three regions',
    kind: 'rag',
    stage: 'productionizing',
    owner: 'Alexandra Konstantinopoulou',
    team: 'Customer experience platform',
  });
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await expect(portfolio.row('Support triage assistant')).toContainText('%');

  // Nothing of the table lies beyond the window or its own box: no horizontal scrolling.
  const overflow = await portfolio.table.evaluate((table) => {
    const box = table.getBoundingClientRect();
    let scroller: HTMLElement | null = table as HTMLElement;
    while (scroller && scroller.scrollWidth <= scroller.clientWidth)
      scroller = scroller.parentElement;
    return {
      right: box.right,
      viewport: window.innerWidth,
      scrollsSideways: scroller !== null && scroller !== document.documentElement,
    };
  });
  expect(overflow.right).toBeLessThanOrEqual(overflow.viewport);
  expect(overflow.scrollsSideways).toBe(false);
  const actions = portfolio.table.getByRole('button', { name: /^Actions for / });
  expect(await actions.count()).toBeGreaterThan(5);
  for (const button of await actions.all()) {
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
  }

  // No badge is cut off: the readiness band ("Nearly ready"…), the stage and each flag chip
  // show in full, inside their own box and inside their cell's visible area.
  const clipped = await portfolio.table.locator('tbody .badge').evaluateAll((badges) =>
    badges
      .map((badge) => {
        const box = badge.getBoundingClientRect();
        const cell = badge.closest('td, th');
        const clip = badge.closest('.cell-box') ?? cell;
        const area = (clip ?? badge).getBoundingClientRect();
        const cellBox = (cell ?? badge).getBoundingClientRect();
        // A badge cut short by its own ellipsis: freed of its width limit, it grows.
        const width = badge.getBoundingClientRect().width;
        (badge as HTMLElement).style.maxWidth = 'none';
        const natural = badge.getBoundingClientRect().width;
        (badge as HTMLElement).style.maxWidth = '';
        return {
          text: badge.textContent,
          inside:
            badge.scrollWidth <= badge.clientWidth &&
            natural <= width + 0.5 &&
            box.right <= Math.min(area.right, cellBox.right) + 0.5 &&
            box.bottom <= area.bottom + 0.5 &&
            box.left >= area.left - 0.5,
        };
      })
      .filter((b) => !b.inside)
      .map((b) => b.text),
  );
  expect(clipped).toEqual([]);

  // Names wrap to two lines at most.
  const lines = await portfolio.table.getByRole('rowheader').evaluateAll((cells) =>
    cells.map((cell) => {
      const name = cell.querySelector('.project-name') ?? cell;
      const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
      return {
        text: name.textContent,
        lines: Math.round(name.getBoundingClientRect().height / lineHeight),
      };
    }),
  );
  for (const l of lines) expect(l.lines, l.text ?? '').toBeLessThanOrEqual(2);

  // Keyboard: from the search field, Tab reaches the first row's actions; Enter opens them.
  const first = portfolio.table.getByRole('rowheader').first();
  const firstName = (await first.textContent())?.replace('Archived', '').trim() ?? '';
  await portfolio.search.focus();
  const button = portfolio.table.getByRole('button', { name: `Actions for ${firstName}` });
  await tabTo(page, button, 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Edit…' })).toBeVisible();
  await page.keyboard.press('Escape');
  // And on to the next row's name, then its actions, with Tab alone.
  await expect(button).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(portfolio.table.getByRole('rowheader').nth(1).getByRole('link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Actions for /);
  await expect(button).not.toBeFocused();
});

test('a portfolio of 1,000 projects renders the rows in view; scrolling and search reach any of them', async ({
  page,
  host,
}) => {
  await callApi(host, 'sample.create', { projects: 1000 });
  const portfolio = new PortfolioPage(page);
  await portfolio.open(host.url);
  await expect(portfolio.table.getByRole('rowheader').first()).toBeVisible();
  // The table says how many rows it has, but the page holds only those near the view.
  await expect(portfolio.table).toHaveAttribute('aria-rowcount', '1000');
  expect(await portfolio.table.getByRole('row').count()).toBeLessThan(60);
  expect(await portfolio.heatmap.getByRole('row').count()).toBeLessThan(60);
  await expect(page.getByRole('navigation', { name: 'Projects' })).toContainText(
    'more in the portfolio',
  );

  // Scrolled to the end, the last project by name is there.
  await portfolio.table.evaluate((table) => {
    const box = table.parentElement;
    if (box) box.scrollTop = box.scrollHeight;
  });
  await expect(portfolio.row('Sample project 01000')).toBeVisible();

  // Search narrows the rows, however far down the match is.
  await portfolio.search.fill('project 00500');
  await expect(portfolio.row('Sample project 00500')).toBeVisible();
  await expect(page.getByText('1 project match')).toBeVisible();
});

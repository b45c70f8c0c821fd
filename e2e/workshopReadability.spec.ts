import { GAPS } from '../shared/framework';
import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';
import { seedWorkshop } from './helpers/seedWorkshop';
import { WorkshopPage } from './pages/WorkshopPage';

// Issue 6, item 4: scoring moves to the next practice (an option keeps the old behaviour); long
// notes and "what is missing" texts are readable in full; the overall readiness shows; body
// text, explanations and the key legend are at least 18 px at 1280x720.

test.use({ viewport: { width: 1280, height: 720 } });

const GAP = GAPS[0]!;

test('scoring moves to the next practice; A keeps the practice instead', async ({ page, host }) => {
  const { project, audit } = await seedWorkshop(host);
  const ws = new WorkshopPage(page);
  await ws.open(host, project.id, audit.id);
  const advance = page.getByRole('switch', { name: /Next practice after scoring/ });
  await expect(advance).toBeChecked();

  await ws.expectActive(GAP.practices[0]!.title);
  await ws.press('1');
  await expect(ws.status).toContainText('Saved');
  await ws.expectActive(GAP.practices[1]!.title);
  await expect(ws.option(GAP.practices[0]!.title)).toContainText('Automated and exercised');

  // The option: A turns it off, and a score then stays on its practice.
  await ws.press('a');
  await expect(advance).not.toBeChecked();
  await ws.score('h', 'Manual or on paper');
  await ws.expectActive(GAP.practices[1]!.title);

  // On again; the last practice of a gap stays put (the gap changes only with → ).
  await ws.press('a');
  await expect(advance).toBeChecked();
  await ws.press('End');
  await ws.press('0');
  await expect(ws.status).toContainText('Saved');
  await ws.expectActive(GAP.practices.at(-1)!.title);
  await ws.expectGap(1, GAP.title);
});

test('long texts read in full, the overall readiness shows, and the type is at least 18 px', async ({
  page,
  host,
}) => {
  const { project, audit } = await seedWorkshop(host);
  const long = 'The rollback was rehearsed once, by hand, on the staging copy only. '.repeat(5);
  await callApi(host, 'audits.setPractice', {
    auditId: audit.id,
    practiceKey: GAP.practices[0]!.key,
    answer: { kind: 'scored', level: 0.5 },
    note: `Note: ${long}`.trim(),
  });
  await callApi(host, 'audits.setGapMissing', {
    auditId: audit.id,
    gapKey: GAP.key,
    missing: `Missing: ${long}`.trim(),
  });
  const ws = new WorkshopPage(page);
  await ws.open(host, project.id, audit.id);

  await expect(page.getByRole('region', { name: 'Overall readiness' })).toContainText('%');

  const m = await page.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const all = (sel: string) => Array.from(document.querySelectorAll(sel));
    return {
      texts: all('.ws-text').map((t) => ({
        text: (t.textContent ?? '').slice(0, 20),
        clipped: t.scrollHeight > t.clientHeight + 1,
        bottom: t.getBoundingClientRect().bottom,
        px: px(t),
      })),
      sizes: [
        '.ws-description',
        '.ws-score-explanation',
        '.ws-legend li',
        '.ws-answer-meaning',
      ].map((sel) => ({ sel, px: Math.min(...all(sel).map(px)) })),
      innerHeight: window.innerHeight,
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
  expect(m.scrollHeight).toBeLessThanOrEqual(m.innerHeight);
  expect(m.texts.length).toBeGreaterThanOrEqual(2);
  for (const t of m.texts) {
    expect(t.clipped, `${t.text}… clipped`).toBe(false);
    expect(t.bottom, `${t.text}… below the window`).toBeLessThanOrEqual(m.innerHeight);
    expect(t.px, `${t.text}… type size`).toBeGreaterThanOrEqual(18);
  }
  for (const s of m.sizes) expect(s.px, `${s.sel} type size`).toBeGreaterThanOrEqual(18);
});

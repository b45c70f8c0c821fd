import type { Audit } from '../shared/domain/audit';
import { GAPS, scoreLevelFor, type GapKey, type PracticeAnswer } from '../shared/framework';
import { expect, test } from './fixtures/test';
import { callApi } from './helpers/api';
import { seedWorkshop } from './helpers/seedWorkshop';
import { WorkshopPage } from './pages/WorkshopPage';

// Workshop mode, driven by the keyboard only: every test below presses keys and never clicks.
// What was saved is checked through the API (audits.get), not only on screen.

type Plan = 0 | 0.5 | 1 | { na: string };

const KEY_OF = { 0: '0', 0.5: 'h', 1: '1' } as const;

/** The answers the room gives, gap by gap, practice by practice (framework order). */
const PLAN: Record<GapKey, Plan[]> = {
  pipeline: [1, 1, 1, 1, { na: 'One team did research and production from day one' }],
  versioning: [0.5, 1, 0, 0.5, { na: 'No prompts: the model is a tabular classifier' }, 0],
  fallback: [0, 0, 0.5, 0, 1, { na: 'A single model, no agent pipeline' }],
  observability: [0.5, 0.5, 1, 0, 0, 0.5, 1],
  governance: [0, 0.5, 0, 1],
};

/** Notes written with E, by practice key (typed text includes the score keys on purpose). */
const NOTES: Record<string, string> = {
  'versioning.model_registry':
    'MLflow exists on the shared cluster; this team logs runs by hand (h = half, not 1).',
  'observability.day_one_dashboard': 'Panels 2 and 4 are live.\nPanels 1, 3 and 5: next sprint.',
  'governance.automated_checks':
    'Bias metrics run nightly; 0 data checks in CI yet. Ask Ravi (m/e/t/r).',
};

/** What is missing, written with M for every gap below full marks. */
const MISSING: Partial<Record<GapKey, string>> = {
  versioning: 'No rollback target or trigger; canary releases are not set up.',
  fallback: 'No cached tier and no circuit breaker on the /answer endpoint.',
  observability: 'Drift detection and the per-inference log.\nAlert owners not agreed.',
  governance: 'Checkpoints still run as one gate at the end; no data validation in CI.',
};

const expectedAnswer = (plan: Plan): PracticeAnswer =>
  typeof plan === 'number'
    ? { kind: 'scored', level: plan }
    : { kind: 'not_applicable', reason: plan.na };

test('a full audit in workshop mode with the keyboard only, everything saved exactly', async ({
  page,
  host,
}, testInfo) => {
  // About 800 key presses, each save confirmed before the next: give it room on a busy machine.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const { project, audit } = await seedWorkshop(host);
  const ws = new WorkshopPage(page);
  await ws.open(host, project.id, audit.id);
  // The old behaviour: a score stays on its practice (the default moves on).
  await ws.keepPracticeAfterScoring();

  // The header: project, audit, participants with the facilitator marked, the timer.
  await expect(page.getByText('Support copilot', { exact: true })).toBeVisible();
  await expect(page.getByText('Week 1 gap audit', { exact: true })).toBeVisible();
  const people = page.getByRole('list', { name: 'In the room' });
  await expect(people.getByRole('listitem')).toHaveText([
    'Ana Ruiz (facilitator)',
    'Bo Chen',
    'Chidi Okafor',
    'Dana Levi',
  ]);
  await expect(ws.timer).toHaveText('10:00');

  for (const [g, gap] of GAPS.entries()) {
    await ws.expectGap(g + 1, gap.title);
    const plan = PLAN[gap.key];
    for (const [i, practice] of gap.practices.entries()) {
      await ws.expectActive(practice.title);
      const answer = plan[i];
      if (answer === undefined) throw new Error(`no plan for ${practice.key}`);
      // A practice done by people is shown with what 0, ½ and 1 mean for it (framework 2026.2).
      if (practice.levels)
        await expect(page.getByRole('complementary', { name: /selected practice/ })).toContainText(
          practice.levels.automated.meaning,
        );
      // Its answer reads in its own words: "Signed off every time, on record", not "Automated".
      const label = (level: 0 | 0.5 | 1) =>
        scoreLevelFor({ kind: 'scored', level }, practice).label;
      if (typeof answer === 'number') await ws.score(KEY_OF[answer], label(answer));
      else await ws.notApplicable(answer.na);
      const note = NOTES[practice.key];
      if (note !== undefined) await ws.writeNote(note);
      if (i < gap.practices.length - 1) await ws.press('ArrowDown');
    }
    // One more ↓ on the last practice stays there.
    await ws.press('ArrowDown');
    await ws.expectActive(gap.practices.at(-1)!.title);

    const missing = MISSING[gap.key];
    if (missing === undefined) {
      await expect(ws.gapScore.getByText('100%', { exact: true })).toBeVisible();
      await expect(ws.missing).not.toContainText('Needed:');
    } else {
      await expect(ws.missing).toContainText('Needed: this gap is below full marks');
      await ws.writeMissing(missing, g % 2 === 0 ? 'Escape' : 'Control+Enter');
      await expect(ws.missing).not.toContainText('Needed:');
    }
    if (gap.key === 'governance') {
      // 0 + ½ + 0 + 1 = 1.5 of 4 points: shown exactly, with how it was computed.
      await expect(ws.gapScore).toContainText('37.5%');
      await expect(ws.gapScore).toContainText('1.5 of 4 applicable points = 37.5%');
      // A long save message in the footer must not widen or shift the screen.
      await expect(ws.status).toContainText('Saved what is missing');
      const m = await ws.measure();
      expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
      expect(m.frameScroll).toEqual({ left: 0, top: 0 });
      for (const o of m.options) expect(o.left).toBeGreaterThanOrEqual(0);
      await testInfo.attach('workshop gap at 1280x720', {
        body: await page.screenshot({ path: testInfo.outputPath('workshop-gap-1280x720.png') }),
        contentType: 'image/png',
      });
    }
    if (g < GAPS.length - 1) await ws.press('ArrowRight');
  }

  // ← and PageUp go back; the active practice of each gap is remembered.
  await ws.press('ArrowLeft');
  await ws.expectGap(4, GAPS[3]!.title);
  await ws.expectActive(GAPS[3]!.practices.at(-1)!.title);
  await ws.press('PageUp');
  await ws.expectGap(3, GAPS[2]!.title);
  await ws.press('PageDown');
  await ws.expectGap(4, GAPS[3]!.title);
  await expect(ws.gapScore).toContainText('50%');

  // Escape leaves to the audit, after every save finished.
  await ws.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/projects/${project.id}/audits/${audit.id}$`));

  const saved = await callApi(host, 'audits.get', { id: audit.id });
  for (const gap of GAPS) {
    for (const [i, practice] of gap.practices.entries()) {
      const entry = saved.practices[practice.key];
      expect(entry?.answer, practice.key).toEqual(expectedAnswer(PLAN[gap.key][i]!));
      expect(entry?.note, practice.key).toBe(NOTES[practice.key] ?? '');
    }
    expect(saved.missing[gap.key], gap.key).toBe(MISSING[gap.key] ?? '');
  }
  // Complete and honest: the backend would finalise it now.
  const final = await callApi(host, 'audits.finalize', { id: audit.id });
  expect(final.status).toBe('final');
});

test('N needs a reason; Escape cancels; a refused save keeps the text and shows why', async ({
  page,
  host,
}, testInfo) => {
  const { project, audit } = await seedWorkshop(host);
  const ws = new WorkshopPage(page);
  await ws.open(host, project.id, audit.id);
  // The old behaviour: a score stays on its practice (the default moves on).
  await ws.keepPracticeAfterScoring();
  const first = GAPS[0]!.practices[0]!;

  // N then Enter with no reason: refused, the field stays with the message.
  await ws.press('n');
  const reason = page.getByRole('textbox', { name: /not applicable\?$/ });
  await expect(reason).toBeFocused();
  await ws.press('Enter');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText(/A reason is required/);
  await expect(ws.status).toContainText('needs a reason');
  await testInfo.attach('not applicable without a reason', {
    body: await page.screenshot({ path: testInfo.outputPath('workshop-reason-refused.png') }),
    contentType: 'image/png',
  });
  await page.keyboard.type('   ');
  await ws.press('Enter');
  await expect(reason).toBeFocused();
  await ws.press('Escape');
  await expect(reason).toBeHidden();
  await expect(ws.list).toBeFocused();
  await expect(ws.activeOption).toContainText('Not scored');
  // Escape from the field only cancelled it: we are still in the workshop.
  await expect(page).toHaveURL(/\/workshop$/);

  // A note over the 2,000-character limit is refused by the backend: the text stays.
  await ws.press('e');
  const note = ws.noteField();
  await expect(note).toBeFocused();
  const tooLong = 'x'.repeat(2001);
  await page.keyboard.insertText(tooLong);
  await ws.press('Escape');
  await expect(page.getByRole('alert')).toContainText('at most 2000 characters');
  await expect(ws.status).toContainText('Not saved');
  await expect(note).toBeFocused();
  await expect(note).toHaveValue(tooLong);
  await ws.press('Backspace');
  await ws.press('Control+Enter');
  await expect(note).toBeHidden();
  await expect(ws.status).toContainText('Saved note');

  // Backspace clears a score (and leaves the note).
  await ws.score('1', 'Automated and exercised');
  await ws.press('Backspace');
  await expect(ws.activeOption).toContainText('Not scored');
  await expect(ws.status).toContainText('score cleared');

  const saved = await callApi(host, 'audits.get', { id: audit.id });
  expect(saved.practices[first.key]).toEqual({ note: 'x'.repeat(2000) });

  // Finalised behind the workshop's back: the next save is refused and says so.
  await seedComplete(host, saved);
  await callApi(host, 'audits.finalize', { id: audit.id });
  await ws.press('h');
  await expect(ws.status).toContainText('Not saved:');
  await expect(ws.status).toContainText('is final and cannot be changed');
});

test('typing in the note field never changes a score, a practice or a gap', async ({
  page,
  host,
}, testInfo) => {
  const { project, audit } = await seedWorkshop(host);
  const ws = new WorkshopPage(page);
  await ws.open(host, project.id, audit.id);
  // The old behaviour: a score stays on its practice (the default moves on).
  await ws.keepPracticeAfterScoring();
  const gap = GAPS[1]!;
  await ws.press('ArrowRight');
  await ws.press('ArrowDown');
  await ws.expectActive(gap.practices[1]!.title);
  await ws.score('h', 'Manual or on paper');

  await ws.press('e');
  await expect(ws.noteField()).toBeFocused();
  const text = '0 h 1 n e m t r f + - ? all typed here\nsecond line';
  await page.keyboard.type(text);
  for (const key of [
    'ArrowUp',
    'ArrowDown',
    'ArrowLeft',
    'ArrowRight',
    'PageUp',
    'PageDown',
    'Home',
    'End',
  ])
    await ws.press(key);
  await testInfo.attach('note being written', {
    body: await page.screenshot({ path: testInfo.outputPath('workshop-note-editor.png') }),
    contentType: 'image/png',
  });
  await ws.press('Control+Enter');
  await expect(ws.list).toBeFocused();

  await ws.expectGap(2, gap.title);
  await ws.expectActive(gap.practices[1]!.title);
  await expect(ws.activeOption).toContainText('Manual or on paper');
  await expect(ws.timer).toHaveText('10:00');
  await expect(ws.help).toBeHidden();

  const saved = await callApi(host, 'audits.get', { id: audit.id });
  expect(saved.practices[gap.practices[1]!.key]).toEqual({
    answer: { kind: 'scored', level: 0.5 },
    note: text,
  });
  const touched = Object.entries(saved.practices).filter(([, e]) => e.answer !== undefined);
  expect(touched.map(([k]) => k)).toEqual([gap.practices[1]!.key]);
  expect(saved.timerMinutes).toBe(10);

  // Leaving the field (Tab) saves it too; Escape waits for the last save before leaving.
  await ws.press('ArrowDown');
  await ws.press('e');
  await page.keyboard.type('Saved on blur');
  await ws.press('Tab');
  await expect(ws.noteField()).toBeHidden();
  await expect(ws.status).toContainText('Saved note');
  await ws.press('1');
  await ws.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/projects/${project.id}/audits/${audit.id}$`));
  const after = await callApi(host, 'audits.get', { id: audit.id });
  expect(after.practices[gap.practices[2]!.key]).toEqual({
    answer: { kind: 'scored', level: 1 },
    note: 'Saved on blur',
  });
});

test('the per-gap timer counts down, pauses, resets, keeps each gap’s time and says when time is up', async ({
  page,
  host,
}, testInfo) => {
  await page.clock.install({ time: new Date('2025-03-03T09:00:00') });
  const { project, audit } = await seedWorkshop(host, { timerMinutes: 2 });
  const ws = new WorkshopPage(page);
  await ws.open(host, project.id, audit.id);
  // From here on, time moves only when the test says so.
  await page.clock.pauseAt(new Date('2025-03-03T09:01:00'));
  await expect(ws.timer).toHaveText('02:00');
  await expect(ws.timerBox).toContainText('Ready');

  await ws.press('t');
  await expect(ws.timerBox).toContainText('Running');
  await page.clock.runFor(5_000);
  await expect(ws.timer).toHaveText('01:55');

  await ws.press('t');
  await expect(ws.timerBox).toContainText('Paused');
  await page.clock.runFor(10_000);
  await expect(ws.timer).toHaveText('01:55');

  // Another gap has its own time; coming back finds this one where it was.
  await ws.press('t');
  await page.clock.runFor(3_000);
  await ws.press('ArrowRight');
  await expect(ws.timer).toHaveText('02:00');
  await ws.press('t');
  await page.clock.runFor(20_000);
  await expect(ws.timer).toHaveText('01:40');
  await ws.press('ArrowLeft');
  await expect(ws.timer).toHaveText('01:52');
  await expect(ws.timerBox).toContainText('Paused');
  await page.clock.runFor(5_000);
  await expect(ws.timer).toHaveText('01:52');

  // R resets; − makes the box shorter and is saved with the audit.
  await ws.press('r');
  await expect(ws.timer).toHaveText('02:00');
  await ws.press('-');
  await expect(ws.status).toContainText('Saved timer: 1 minute per gap');
  await expect(ws.timer).toHaveText('01:00');
  await ws.press('-');
  await expect(ws.status).toContainText('between 1 and 60 minutes');

  // At zero: "Time's up", and the room carries on scoring.
  await ws.press('t');
  await page.clock.runFor(61_000);
  await expect(ws.timer).toHaveText('00:00');
  await expect(ws.timerBox).toContainText("Time's up");
  await testInfo.attach("time's up", {
    body: await page.screenshot({ path: testInfo.outputPath('workshop-times-up.png') }),
    contentType: 'image/png',
  });
  await ws.score('1', 'Automated and exercised');

  // + gives the box a minute more; the time already spent stays spent.
  await ws.press('+');
  await expect(ws.status).toContainText('Saved timer: 2 minutes per gap');
  await expect(ws.timer).toHaveText('01:00');
  await expect(ws.timerBox).toContainText('Paused');

  const saved = await callApi(host, 'audits.get', { id: audit.id });
  expect(saved.timerMinutes).toBe(2);
});

test('every practice of every gap fits at 1280x720 without scrolling, in light and dark', async ({
  page,
  host,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { project, audit } = await seedWorkshop(host, {
    projectName: 'Claims triage assistant for the northern region',
    title: 'Quarterly readiness audit before the 1.0 gate',
    participants: ['Bo Chen', 'Chidi Okafor', 'Dana Levi', 'Eva Novak', 'Farid Haddad', 'Gus Lee'],
  });
  // Long answers everywhere: the longest not-applicable reasons, notes and missing texts.
  const long =
    'because the service is a batch job with no callers; revisit at the 1.0 gate. '.repeat(6);
  for (const gap of GAPS) {
    for (const [i, p] of gap.practices.entries()) {
      const answer: PracticeAnswer =
        i % 4 === 3
          ? { kind: 'not_applicable', reason: long.slice(0, 400).trim() }
          : { kind: 'scored', level: ([0, 0.5, 1] as const)[i % 3]! };
      await callApi(host, 'audits.setPractice', {
        auditId: audit.id,
        practiceKey: p.key,
        answer,
        note: `Note: ${long}`,
      });
    }
    await callApi(host, 'audits.setGapMissing', {
      auditId: audit.id,
      gapKey: gap.key,
      missing: `Missing: ${long}`,
    });
  }

  const ws = new WorkshopPage(page);
  await ws.open(host, project.id, audit.id);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [g, gap] of GAPS.entries()) {
      await ws.expectGap(g + 1, gap.title);
      await ws.press('End'); // the last practice active: its long answer in the side panel
      const m = await ws.measure();
      expect(m.innerWidth).toBe(1280);
      expect(m.innerHeight).toBe(720);
      expect(m.scrollHeight, `${gap.key}: page height`).toBeLessThanOrEqual(m.innerHeight);
      expect(m.scrollWidth, `${gap.key}: page width`).toBeLessThanOrEqual(m.innerWidth);
      expect(m.frameScroll, `${gap.key}: frame scrolled`).toEqual({ left: 0, top: 0 });
      expect(m.listScrollHeight, `${gap.key}: the list scrolls`).toBeLessThanOrEqual(
        m.listClientHeight,
      );
      expect(m.options).toHaveLength(gap.practices.length);
      for (const o of m.options) {
        expect(o.top, `${o.name} top`).toBeGreaterThanOrEqual(0);
        expect(o.left, `${o.name} left`).toBeGreaterThanOrEqual(0);
        expect(o.bottom, `${o.name} bottom`).toBeLessThanOrEqual(m.innerHeight);
        expect(o.right, `${o.name} right`).toBeLessThanOrEqual(m.innerWidth);
        expect(o.titleFontPx, `${o.name} type size`).toBeGreaterThanOrEqual(20);
        expect(o.titleTruncated, `${o.name} title cut off`).toBe(false);
      }
      if (gap.key === 'observability') {
        expect(m.options).toHaveLength(7);
        const last = m.options.at(-1)!;
        testInfo.annotations.push({
          type: `layout (${scheme})`,
          description: `7 practices: list ${m.listClientHeight}px high, practices fill ${Math.round(m.listContentHeight)}px; last practice ends at ${Math.round(last.bottom)}px of ${m.innerHeight}; titles ${last.titleFontPx}px`,
        });
        await testInfo.attach(`observability (7 practices) at 1280x720, ${scheme}`, {
          body: await page.screenshot({ path: testInfo.outputPath(`workshop-${scheme}.png`) }),
          contentType: 'image/png',
        });
      }
      if (g < GAPS.length - 1) await ws.press('ArrowRight');
    }
    for (let g = 0; g < GAPS.length - 1; g++) await ws.press('ArrowLeft');
    await ws.expectGap(1, GAPS[0]!.title);
  }

  // The help overlay lists every key, opens with ? and closes with ? or Escape.
  await ws.press('?');
  await expect(ws.help).toBeVisible();
  await expect(ws.help.getByRole('row')).toHaveCount(21);
  await testInfo.attach('help overlay, dark', {
    body: await page.screenshot({ path: testInfo.outputPath('workshop-help-dark.png') }),
    contentType: 'image/png',
  });
  await ws.press('Escape');
  await expect(ws.help).toBeHidden();
  await expect(ws.list).toBeFocused();
  await expect(page).toHaveURL(/\/workshop$/);
  await ws.press('?');
  await expect(ws.help).toBeVisible();
  await ws.press('?');
  await expect(ws.help).toBeHidden();
});

test('a final audit opens read-only: answers shown, keys explain instead of changing', async ({
  page,
  host,
}, testInfo) => {
  const { project, audit } = await seedWorkshop(host);
  const complete = await seedComplete(host, audit);
  const final = await callApi(host, 'audits.finalize', { id: audit.id });
  expect(final.status).toBe('final');

  const ws = new WorkshopPage(page);
  await ws.open(host, project.id, audit.id);
  await expect(page.getByText('Final · read-only')).toBeVisible();
  const first = GAPS[0]!.practices[0]!;
  await ws.expectActive(first.title);
  await expect(ws.activeOption).toContainText('Manual or on paper');

  for (const key of ['1', '0', 'h', 'Backspace']) {
    await ws.press(key);
    await expect(ws.status).toHaveText(/This audit is final/);
    await expect(ws.activeOption).toContainText('Manual or on paper');
  }
  for (const key of ['n', 'e', 'm']) {
    await ws.press(key);
    await expect(page.getByRole('textbox')).toHaveCount(0);
  }
  await ws.press('+');
  await expect(ws.status).toHaveText(/This audit is final/);
  await testInfo.attach('final audit, read-only', {
    body: await page.screenshot({ path: testInfo.outputPath('workshop-final.png') }),
    contentType: 'image/png',
  });

  await ws.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/projects/${project.id}/audits/${audit.id}$`));
  const after = await callApi(host, 'audits.get', { id: audit.id });
  expect(after.practices).toEqual(complete.practices);
  expect(after.timerMinutes).toBe(complete.timerMinutes);
  expect(after.updatedAt).toBe(final.updatedAt);
});

test('an audit that does not exist says so and offers the way back', async ({ page, host }) => {
  const { project } = await seedWorkshop(host);
  await page.goto(host.url);
  await page.goto(
    `${host.origin}/#/projects/${project.id}/audits/00000000-0000-4000-8000-000000000000/workshop`,
  );
  await expect(page.getByRole('heading', { name: 'This audit cannot be opened' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the project' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/projects/${project.id}$`));
});

/** Scores every practice ½ (so every gap needs a missing text) and writes the missing texts. */
async function seedComplete(host: Parameters<typeof callApi>[0], audit: Audit): Promise<Audit> {
  let latest = audit;
  for (const p of GAPS.flatMap((g) => g.practices)) {
    if (latest.practices[p.key]?.answer !== undefined) continue;
    latest = await callApi(host, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: p.key,
      answer: { kind: 'scored', level: 0.5 },
    });
  }
  for (const g of GAPS) {
    latest = await callApi(host, 'audits.setGapMissing', {
      auditId: audit.id,
      gapKey: g.key,
      missing: `Everything automated in ${g.title}`,
    });
  }
  return latest;
}

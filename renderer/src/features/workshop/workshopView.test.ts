import { describe, expect, it } from 'vitest';
import { GAPS, practiceIn, SCORE_LEVELS } from '../../../../shared/framework';
import { commandFor, KEY_BINDINGS, LEGEND } from './workshopKeys';
import {
  answerMeaning,
  answerText,
  answerToken,
  formatClock,
  IDLE_TIMER,
  participantsOf,
  remainingMs,
  settleTimer,
  toggleTimer,
} from './workshopView';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('answers as the room reads them', () => {
  it('uses the rubric labels, the reason for not applicable, and says when nothing is scored', () => {
    expect(answerText(undefined)).toBe('Not scored');
    expect(answerText({ kind: 'scored', level: 0 })).toBe(SCORE_LEVELS[0]!.label);
    expect(answerText({ kind: 'scored', level: 0.5 })).toBe('Manual or on paper');
    expect(answerText({ kind: 'scored', level: 1 })).toBe('Automated and exercised');
    expect(answerText({ kind: 'not_applicable', reason: 'No prompts' })).toBe(
      'Not applicable: No prompts',
    );
    expect(
      [undefined, 0, 0.5, 1].map((l) =>
        answerToken(l === undefined ? undefined : { kind: 'scored', level: l as 0 | 0.5 | 1 }),
      ),
    ).toEqual(['–', '0', '½', '1']);
  });
});

describe('a practice with levels of its own', () => {
  it('reads its answer in its own words under 2026.2 and in the generic ones under 2026.1', () => {
    const now = practiceIn('2026.2', 'governance.evidence_sign_off');
    const then = practiceIn('2026.1', 'governance.evidence_sign_off');
    const top = { kind: 'scored', level: 1 } as const;
    expect(answerText(top, now)).toBe('Signed off every time, on record');
    expect(answerMeaning(top, now)).toMatch(/named reviewer/);
    expect(answerText(top, then)).toBe('Automated and exercised');
    expect(answerText({ kind: 'not_applicable', reason: 'No releases' }, now)).toBe(
      'Not applicable: No releases',
    );
  });
});

describe('the per-gap timer', () => {
  const tenMinutes = 10 * 60_000;

  it('counts down while running and keeps its time while paused', () => {
    const started = toggleTimer(IDLE_TIMER, tenMinutes, 1_000);
    expect(remainingMs(started, tenMinutes, 6_000)).toBe(tenMinutes - 5_000);
    const paused = toggleTimer(started, tenMinutes, 6_000);
    expect(paused).toEqual({ spentMs: 5_000, runningSince: null });
    expect(remainingMs(paused, tenMinutes, 999_999)).toBe(tenMinutes - 5_000);
  });

  it('stops at zero and cannot be started again until reset', () => {
    const running = toggleTimer(IDLE_TIMER, 60_000, 0);
    const done = settleTimer(running, 60_000, 61_000);
    expect(done).toEqual({ spentMs: 60_000, runningSince: null });
    expect(remainingMs(done, 60_000, 70_000)).toBe(0);
    expect(toggleTimer(done, 60_000, 70_000)).toBe(done);
    // A longer box gives the time back; the time spent stays spent.
    expect(remainingMs(done, 120_000, 70_000)).toBe(60_000);
  });

  it('shows mm:ss rounded up, so 00:00 means the time is really up', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(599_001)).toBe('10:00');
    expect(formatClock(595_000)).toBe('09:55');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(60 * 60_000)).toBe('60:00');
  });
});

describe('participants', () => {
  it('puts the facilitator first, marked, and lists each person once', () => {
    expect(
      participantsOf({ facilitator: ' Ana ', participants: ['Bo', 'ana', 'Cy', 'Bo', ' '] }),
    ).toEqual([
      { name: 'Ana', facilitator: true },
      { name: 'Bo', facilitator: false },
      { name: 'Cy', facilitator: false },
    ]);
    expect(participantsOf({ facilitator: '', participants: ['Bo'] })).toEqual([
      { name: 'Bo', facilitator: false },
    ]);
  });
});

describe('the key map', () => {
  it('maps the documented keys, in either case, and never a modifier chord', () => {
    expect(commandFor(key('0'))).toBe('scoreNone');
    expect(commandFor(key('h'))).toBe('scoreManual');
    expect(commandFor(key('H'))).toBe('scoreManual');
    expect(commandFor(key('1'))).toBe('scoreAutomated');
    expect(commandFor(key('N'))).toBe('notApplicable');
    expect(commandFor(key('Backspace'))).toBe('clear');
    expect(commandFor(key('PageDown'))).toBe('nextGap');
    expect(commandFor(key('Escape'))).toBe('leave');
    expect(commandFor(key('?'))).toBe('help');
    // Mod+N and Mod+Shift+P belong to the app; Ctrl+R to the browser.
    expect(commandFor(key('n', { ctrlKey: true }))).toBeUndefined();
    expect(commandFor(key('p', { metaKey: true }))).toBeUndefined();
    expect(commandFor(key('r', { ctrlKey: true }))).toBeUndefined();
    expect(commandFor(key('x'))).toBeUndefined();
  });

  it('binds each key once, and the legend only shows bound keys', () => {
    const all = KEY_BINDINGS.flatMap((b) => b.keys.map((k) => k.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
    const caps = new Set(KEY_BINDINGS.flatMap((b) => b.caps));
    for (const item of LEGEND) for (const c of item.caps) expect(caps).toContain(c);
  });

  it('fits the longest gap: the framework has at most 7 practices per gap', () => {
    expect(Math.max(...GAPS.map((g) => g.practices.length))).toBe(7);
  });
});

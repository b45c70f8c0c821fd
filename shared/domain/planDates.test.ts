import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from './calendar';
import { formatDay } from './formatDay';
import { isOverdue, progressBySection, progressOf } from './planProgress';
import { defaultDueOn, planWindows, sectionOnDay } from './planSections';

// Week boundaries, due dates and overdue status across month ends, year ends and
// daylight-saving changes. The plan's dates are calendar days, so the zone never shifts them.

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('plan dates', () => {
  it('ends each week on its seventh day across a month end and a leap day', () => {
    const w = planWindows('2028-02-20');
    expect(w.map((s) => [s.startOn, s.endOn])).toEqual([
      ['2028-02-20', '2028-02-26'],
      ['2028-02-27', '2028-03-04'],
      ['2028-03-05', '2028-03-11'],
      ['2028-03-12', '2028-03-20'],
      ['2028-03-21', '2028-04-10'],
    ]);
  });

  it('crosses a year end', () => {
    expect(defaultDueOn('2026-12-21', 'week_2')).toBe('2027-01-03');
    expect(defaultDueOn('2026-12-21', 'week_4')).toBe('2027-01-19');
    expect(sectionOnDay('2026-12-21', '2027-01-01')).toBe('week_2');
    expect(sectionOnDay('2026-12-21', '2026-12-20')).toBe('before');
  });

  it('is not shifted by daylight-saving changes in any zone', () => {
    for (const tz of ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Pacific/Apia']) {
      process.env.TZ = tz;
      // EU summer time starts 2026-03-29, US on 2026-03-08; Sydney's ends 2026-04-05.
      const w = planWindows('2026-03-02');
      expect(w[1]?.endOn).toBe('2026-03-15');
      expect(w[3]?.startOn).toBe('2026-03-23');
      expect(w[3]?.endOn).toBe('2026-03-31');
      expect(w[4]?.endOn).toBe('2026-04-21');
      // The evening before the change, local today is still that day.
      expect(localToday(new Date(2026, 2, 28, 23, 30))).toBe('2026-03-28');
    }
  });

  it('a task is overdue from the day after its due date, and never once closed', () => {
    const t = { dueOn: '2026-01-31', status: 'todo' as const };
    expect(isOverdue(t, '2026-01-31')).toBe(false);
    expect(isOverdue(t, '2026-02-01')).toBe(true);
    expect(isOverdue({ ...t, status: 'blocked' }, '2026-02-01')).toBe(true);
    expect(isOverdue({ ...t, status: 'skipped' }, '2027-01-01')).toBe(false);
    expect(isOverdue({ dueOn: '2026-12-31', status: 'in_progress' }, '2027-01-01')).toBe(true);
  });

  it('counts progress per week and overall, skipped counting as decided', () => {
    const tasks = [
      { section: 'week_2' as const, dueOn: '2026-03-15', status: 'done' as const },
      { section: 'week_2' as const, dueOn: '2026-03-15', status: 'skipped' as const },
      { section: 'week_2' as const, dueOn: '2026-03-15', status: 'blocked' as const },
      { section: 'week_3' as const, dueOn: '2026-03-22', status: 'todo' as const },
    ];
    const by = progressBySection(tasks, '2026-03-16');
    expect(by.find((s) => s.section === 'week_2')?.progress).toMatchObject({
      total: 3,
      closed: 2,
      blocked: 1,
      overdue: 1,
      percent: 66,
    });
    expect(progressOf(tasks, '2026-03-16').percent).toBe(50);
    expect(progressOf([], '2026-03-16').percent).toBeNull();
  });

  it('shows dates in the user’s locale', () => {
    expect(formatDay(defaultDueOn('2026-12-21', 'week_2'), 'en-GB')).toBe('3 Jan 2027');
    expect(formatDay(defaultDueOn('2026-12-21', 'week_2'), 'de-DE')).toBe('03.01.2027');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../backend/testing/calls';
import { openTempWorkspace, type TempWorkspace } from '../backend/testing/tempWorkspace';
import { runCliForTest } from './runCliForTest';

let ws: TempWorkspace;
let out: string[];
let err: string[];
beforeEach(async () => {
  ws = openTempWorkspace();
  out = [];
  err = [];
  await callOk(ws.dispatch, 'sample.create', {});
});
afterEach(() => ws.dispose());

const cli = (...argv: string[]) => runCliForTest(ws, { out, err }, argv);

describe('crossing plan show', () => {
  it('prints the weeks with goals, tasks, status, owner, due date and overdue', async () => {
    expect(await cli('plan', 'show', '--project', 'claims intake agent')).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^30-day plan of “Claims intake agent”, from /m);
    expect(text).toMatch(/^Week 2: Versioning and a first fallback \(.+\): \d+\/\d+ closed/m);
    expect(text).toMatch(/^After day 30: productionization sprint/m);
    expect(text).toMatch(/\[Blocked \(.+\)\] /);
    expect(text).toMatch(
      /List the agent steps that can fall back · due .+ · Priya Raman · OVERDUE/,
    );
  });

  it('--json gives the plan with sections, progress and overdue flags', async () => {
    expect(await cli('plan', 'show', '--project', 'Αθήνα recommendations', '--json')).toBe(0);
    const view = JSON.parse(out.join('\n')) as {
      plan: {
        sections: { key: string; tasks: { overdue: boolean; status: string }[] }[];
        progress: { overdue: number };
      };
    };
    expect(view.plan.sections.map((s) => s.key)).toEqual([
      'week_1',
      'week_2',
      'week_3',
      'week_4',
      'after',
    ]);
    const overdue = view.plan.sections.flatMap((s) => s.tasks).filter((t) => t.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    // The 30 days' count leaves out the sprint after day 30.
    expect(view.plan.progress.overdue).toBe(
      view.plan.sections
        .filter((s) => s.key !== 'after')
        .flatMap((s) => s.tasks)
        .filter((t) => t.overdue).length,
    );
  });

  it('refuses an unknown project with one line on stderr and exit 1', async () => {
    expect(await cli('plan', 'show', '--project', 'Nope')).toBe(1);
    expect(err).toEqual(['Unknown project “Nope”: see crossing projects list.']);
    expect(out).toEqual([]);
  });
});

describe('crossing releases show', () => {
  it('prints each release’s lead time judged against its target, the timeline and the portfolio median', async () => {
    expect(await cli('releases', 'show', '--project', 'Zoë Łódź fraud scoring')).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/In production 9 weeks after PoC approval, within the 6-10 week target\./);
    expect(text).toMatch(/1\.2\.0 · Update of an existing model/);
    expect(text).toMatch(/44 days: measured in months, a process problem/);
    expect(text).toMatch(/6 days from training to production: on track/);
    expect(text).toMatch(/^Portfolio median lead time: \d+(\.5)? days\.$/m);
    expect(await cli('releases', 'show', '--project', 'Nope', '--json')).toBe(1);
  });
});

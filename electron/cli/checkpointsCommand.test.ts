import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckpointOverview } from '../../shared/domain/checkpointOverview';
import { callOk } from '../backend/testing/calls';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../backend/testing/tempWorkspace';
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

const cli = (...argv: string[]) => runCliForTest(ws, { out, err }, argv, () => FIXED_NOW);

describe('crossing checkpoints show', () => {
  it('the sample’s fraud scoring is truly ready: every stage passed, data validation on a rerun', async () => {
    expect(await cli('checkpoints', 'show', '--project', 'zoë łódź fraud scoring')).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^Zoë Łódź fraud scoring: Ready for 1\.0$/m);
    expect(text).toMatch(/^Data validation: Passed, attempt 2 /m);
    expect(text).toMatch(/Earlier: attempt 1, failed \(Nadia Haddad/);
    expect(text).toMatch(/✓ Schema match: 99\.6% \(must be above 99%\): passes/);
  });

  it('names what stands in the way, the expiring waiver, and the forecast, in JSON too', async () => {
    expect(await cli('checkpoints', 'show', '--project', 'Support triage assistant')).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^Support triage assistant: Not ready for 1\.0$/m);
    expect(text).toMatch(/^ {2}- Model evaluation: in progress, not passed\.$/m);
    expect(text).toMatch(/^Waivers expiring within 14 days: Security review on /m);
    expect(text).toMatch(/^Forecast: checkpoints cleared by \S+ run in parallel/m);
    out = [];
    expect(await cli('checkpoints', 'show', '--project', 'Αθήνα recommendations', '--json')).toBe(
      0,
    );
    const json = JSON.parse(out.join('\n')) as CheckpointOverview;
    expect(json.verdict.ready).toBe(false);
    expect(json.verdict.blockers.map((b) => b.kind)).toEqual([
      'weakest_gap',
      'stage_not_passed',
      'stage_not_passed',
      'stage_not_passed',
      'waiver_expired',
    ]);
  });

  it('an unknown project: one line on stderr, exit 1', async () => {
    expect(await cli('checkpoints', 'show', '--project', 'nope')).toBe(1);
    expect(err).toEqual(['Unknown project “nope”: see crossing projects list.']);
    expect(out).toEqual([]);
  });
});

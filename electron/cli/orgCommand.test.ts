import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrgOverview } from '../../shared/domain/orgOverview';
import { callOk } from '../backend/testing/calls';
import { openTempWorkspace, type TempWorkspace } from '../backend/testing/tempWorkspace';
import { runCliForTest } from './runCliForTest';

let ws: TempWorkspace;
let out: string[];
let err: string[];

beforeEach(() => {
  ws = openTempWorkspace();
  out = [];
  err = [];
});
afterEach(() => ws.dispose());

const cli = (...argv: string[]) => runCliForTest(ws, { out, err }, argv);

describe('crossing org show', () => {
  it('prints the decision in force, that the portfolio outgrew it, today’s recommendation and the gaps', async () => {
    await callOk(ws.dispatch, 'sample.create', {});
    expect(await cli('org', 'show')).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^Org model in force: Embedded ML engineers, decided .+ by Ines Duarte$/m);
    expect(text).toMatch(/1 earlier decision in the log\./);
    expect(text).toMatch(
      /OUT OF RANGE: The portfolio has outgrown Embedded ML engineers: 7 active AI products/,
    );
    expect(text).toMatch(
      /^Today's figures: 9 ML engineers · 7 active AI products \(counted from the portfolio\) · 3 models in production · no platform team$/m,
    );
    expect(text).toMatch(
      /^Recommendation: Hybrid with shared infrastructure fits these figures\.$/m,
    );
    expect(text).toMatch(/^MLOps: 3 models in production \(below 5\)/m);
    expect(text).toMatch(/^ {2}Zoë Łódź fraud scoring \(In production\): none$/m);
    expect(text).toMatch(
      /^ {4}! Data science owns production: The platform\/SRE owner is “Claims Data Science team”/m,
    );
    expect(text).toMatch(/^ {2}Αθήνα recommendations \(Productionizing, nothing recorded\)$/m);
    expect(err).toEqual([]);
  });

  it('--json gives the same overview as data', async () => {
    await callOk(ws.dispatch, 'sample.create', {});
    expect(await cli('org', 'show', '--json')).toBe(0);
    const o = JSON.parse(out.join('\n')) as OrgOverview;
    expect(o.decision?.model).toBe('embedded');
    expect(o.range?.status).toBe('out_of_range');
    expect(o.recommendation).toMatchObject({ outcome: 'one', recommended: 'hybrid' });
    expect(o.projects.find((p) => p.name === 'Claims intake agent')?.gaps[0]?.key).toBe(
      'ds-owns-production',
    );
  });

  it('says when no decision is recorded yet', async () => {
    expect(await cli('org', 'show')).toBe(0);
    expect(out[0]).toBe('Org model in force: none recorded yet.');
    expect(out).toContain('Ownership gaps: no active projects.');
  });

  it('refuses an unknown subcommand or option with the usage and exit code 2', async () => {
    expect(await cli('org', 'decide')).toBe(2);
    expect(err.join('\n')).toMatch(/org show \[--json\]/);
    err = [];
    expect(await cli('org', 'show', '--verbose')).toBe(2);
    expect(err[0]).toMatch(/Unknown option '--verbose'/);
  });
});

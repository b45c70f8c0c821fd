import { describe, expect, it } from 'vitest';
import {
  mlopsAdvice,
  modelFit,
  orgRangeCheck,
  recommendOrgModel,
  type OrgFigures,
} from './orgRecommendation';

const figures = (f: Partial<OrgFigures> = {}): OrgFigures => ({
  mlEngineers: 4,
  activeProducts: 4,
  modelsInProduction: 2,
  platformTeam: null,
  platformTeamSize: null,
  ...f,
});

const fitOf = (r: ReturnType<typeof recommendOrgModel>, model: string) =>
  r.fits.find((f) => f.model === model)?.fit;

describe('recommendOrgModel on active AI products (embedded 3-5, hybrid 5-20)', () => {
  it('names no model below 3 products, and says why', () => {
    const r = recommendOrgModel(figures({ activeProducts: 2 }));
    expect(r).toMatchObject({ outcome: 'none', recommended: null, candidates: [] });
    expect(r.headline).toMatch(/None of the three models/);
    expect(r.reasons.join(' ')).toMatch(/2 active AI products, fewer than the 3-5/);
    expect(r.reasons.at(-1)).toMatch(/Below 3 active AI products the framework sizes no model/);
  });

  it('recommends embedded from 3 products', () => {
    const r = recommendOrgModel(figures({ activeProducts: 3 }));
    expect(r).toMatchObject({ outcome: 'one', recommended: 'embedded', candidates: ['embedded'] });
    expect(fitOf(r, 'hybrid')).toBe('outside');
  });

  it('at 5 products both embedded and hybrid fit: the platform team breaks the tie', () => {
    const unknown = recommendOrgModel(figures({ activeProducts: 5 }));
    expect(unknown).toMatchObject({
      outcome: 'overlap',
      recommended: null,
      candidates: ['embedded', 'hybrid'],
    });
    expect(unknown.headline).toMatch(/more than one model/);
    expect(unknown.reasons.at(-1)).toMatch(/Whether you have a platform team decides/);

    const withTeam = recommendOrgModel(
      figures({ activeProducts: 5, platformTeam: true, platformTeamSize: 4 }),
    );
    expect(withTeam).toMatchObject({ outcome: 'overlap', recommended: 'hybrid' });
    expect(withTeam.cautions.join(' ')).not.toMatch(/expects a platform team/);

    const without = recommendOrgModel(figures({ activeProducts: 5, platformTeam: false }));
    expect(without).toMatchObject({ outcome: 'overlap', recommended: 'embedded' });
    expect(without.reasons.at(-1)).toMatch(/does not need one/);
  });

  it.each([6, 10, 15, 20])('recommends hybrid alone at %i products', (n) => {
    const r = recommendOrgModel(figures({ activeProducts: n, mlEngineers: 8 }));
    expect(r).toMatchObject({ outcome: 'one', recommended: 'hybrid', candidates: ['hybrid'] });
    expect(fitOf(r, 'embedded')).toBe('outside');
  });

  it('past 20 products with 10 ML engineers no model fits, and it says the portfolio outgrew its staffing', () => {
    const r = recommendOrgModel(figures({ activeProducts: 21, mlEngineers: 10 }));
    expect(r).toMatchObject({ outcome: 'none', recommended: null });
    expect(r.reasons.join(' ')).toMatch(/21 active AI products, more than the 5-20/);
    expect(r.reasons.at(-1)).toMatch(/Past 20 active AI products the hybrid range ends/);
  });
});

describe('recommendOrgModel on ML engineers (centralised: above 10-15)', () => {
  it.each([
    [10, 'outside'],
    [11, 'borderline'],
    [15, 'borderline'],
    [16, 'fits'],
  ] as const)('%i ML engineers: centralised %s', (n, fit) => {
    expect(modelFit('centralized', figures({ mlEngineers: n })).fit).toBe(fit);
  });

  it('past 20 products, 15 engineers: centralised only may fit, and the headline says so', () => {
    const r = recommendOrgModel(figures({ activeProducts: 25, mlEngineers: 15 }));
    expect(r).toMatchObject({ outcome: 'one', recommended: 'centralized' });
    expect(r.headline).toMatch(/may fit these figures; no other model does/);
  });

  it('past 20 products, 16 engineers: centralised fits', () => {
    const r = recommendOrgModel(figures({ activeProducts: 25, mlEngineers: 16 }));
    expect(r).toMatchObject({ outcome: 'one', recommended: 'centralized' });
    expect(r.headline).toMatch(/fits these figures/);
  });

  it('centralised and hybrid overlap: hybrid, which scales best for most', () => {
    const r = recommendOrgModel(
      figures({ activeProducts: 10, mlEngineers: 16, platformTeam: true, platformTeamSize: 5 }),
    );
    expect(r).toMatchObject({ outcome: 'overlap', candidates: ['centralized', 'hybrid'] });
    expect(r.recommended).toBe('hybrid');
    expect(r.reasons.at(-1)).toMatch(/bottleneck/);
  });

  it('centralised and embedded overlap: decided by the platform team, or left open', () => {
    const at = (platformTeam: boolean | null) =>
      recommendOrgModel(figures({ activeProducts: 4, mlEngineers: 16, platformTeam })).recommended;
    expect(at(true)).toBe('centralized');
    expect(at(false)).toBe('embedded');
    expect(at(null)).toBeNull();
  });

  it('a model that fits outright beats one that only may fit', () => {
    const r = recommendOrgModel(figures({ activeProducts: 4, mlEngineers: 12 }));
    expect(r).toMatchObject({ outcome: 'overlap', candidates: ['centralized', 'embedded'] });
    expect(r.recommended).toBe('embedded');
    expect(r.reasons.at(-1)).toMatch(/fits outright/);
  });

  it('all three overlap at 5 products and 20 engineers: hybrid with a platform team', () => {
    const r = recommendOrgModel(
      figures({ activeProducts: 5, mlEngineers: 20, platformTeam: true, platformTeamSize: 3 }),
    );
    expect(r.candidates).toEqual(['centralized', 'embedded', 'hybrid']);
    expect(r.recommended).toBe('hybrid');
  });

  it('without the number of engineers, centralised cannot be judged and nothing else fits', () => {
    const r = recommendOrgModel(figures({ activeProducts: 2, mlEngineers: null }));
    expect(r).toMatchObject({ outcome: 'incomplete', recommended: null });
    expect(fitOf(r, 'centralized')).toBe('unknown');
    expect(r.reasons[0]).toMatch(/Needs the number of ML engineers/);
  });
});

describe('cautions on the recommended model', () => {
  it('hybrid with a platform team outside 3-5 people, or none', () => {
    const small = recommendOrgModel(
      figures({ activeProducts: 8, mlEngineers: 8, platformTeam: true, platformTeamSize: 2 }),
    );
    expect(small.cautions).toContain(
      'Hybrid with shared infrastructure expects a platform team of 3-5 people; yours has 2.',
    );
    const none = recommendOrgModel(figures({ activeProducts: 8, platformTeam: false }));
    expect(none.cautions.join(' ')).toMatch(/you have none yet/);
  });

  it('embedded with fewer ML engineers than products', () => {
    const r = recommendOrgModel(figures({ activeProducts: 4, mlEngineers: 2 }));
    expect(r.cautions.join(' ')).toMatch(/4 active AI products need at least 4; you have 2/);
    expect(r.cautions.join(' ')).toMatch(/Its known risk: .*drift apart/);
  });
});

describe('mlopsAdvice (a role below 5 models in production, a dedicated function above 10)', () => {
  it.each([
    [0, 'role'],
    [4, 'role'],
    [5, 'no_rule'],
    [10, 'no_rule'],
    [11, 'dedicated'],
    [null, 'unknown'],
  ] as const)('%s models in production: %s', (n, level) => {
    const a = mlopsAdvice(n);
    expect(a.level).toBe(level);
    expect(a.baseline).toMatch(/both the ML pipelines and the production infrastructure/);
  });

  it('is honest about the gap between 5 and 10', () => {
    expect(mlopsAdvice(7).text).toMatch(/between 5 and 10 the framework gives no rule/);
    expect(mlopsAdvice(4).text).toMatch(/role inside the platform\/SRE team/);
    expect(mlopsAdvice(11).text).toMatch(/dedicated MLOps function pays for itself/);
  });
});

describe('orgRangeCheck', () => {
  it('flags a portfolio that outgrew the chosen model, and one below it', () => {
    expect(orgRangeCheck('embedded', figures({ activeProducts: 5 })).status).toBe('in_range');
    const grown = orgRangeCheck('embedded', figures({ activeProducts: 6 }));
    expect(grown).toMatchObject({ status: 'out_of_range' });
    expect(grown.reason).toMatch(/outgrown Embedded ML engineers: 6 active AI products/);
    const shrunk = orgRangeCheck('hybrid', figures({ activeProducts: 4 }));
    expect(shrunk.reason).toMatch(/below what Hybrid/);
  });

  it('borderline and unknown are not out of range', () => {
    expect(orgRangeCheck('centralized', figures({ mlEngineers: 12 })).status).toBe('borderline');
    expect(orgRangeCheck('centralized', figures({ mlEngineers: null })).status).toBe('unknown');
  });
});

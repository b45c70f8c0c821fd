import {
  MLOPS_BASELINE,
  MLOPS_THRESHOLDS,
  ORG_MODEL_KEYS,
  orgModelByKey,
  type OrgDimension,
  type OrgModelKey,
} from './orgModels';

// Which org model the workspace's figures call for, said honestly: where the figures fit one
// model it is named; where they fit several (5 active products fit both embedded and hybrid)
// or none (fewer than 3 products, or more than 20 with a small ML team) the answer says so and
// why. The manager decides; the app never pretends the framework is sharper than it is.

/** The workspace's answers to the questionnaire (null: not answered). */
export interface OrgFigures {
  mlEngineers: number | null;
  activeProducts: number | null;
  modelsInProduction: number | null;
  platformTeam: boolean | null;
  /** People in the platform team (only when there is one; null: not said). */
  platformTeamSize: number | null;
}

export type FitLevel = 'fits' | 'borderline' | 'outside' | 'unknown';

export interface ModelFit {
  model: OrgModelKey;
  fit: FitLevel;
  /** Where the figure sits when outside the range. */
  side: 'below' | 'above' | null;
  /** The figure against the range, in a sentence. */
  reason: string;
}

const NOUNS: Record<OrgDimension, [string, string]> = {
  mlEngineers: ['ML engineer', 'ML engineers'],
  activeProducts: ['active AI product', 'active AI products'],
};

/** "1 ML engineer", "12 active AI products". */
export const countOf = (n: number, dimension: OrgDimension): string =>
  `${n} ${NOUNS[dimension][n === 1 ? 0 : 1]}`;

/** How one model's range meets the figures. */
export function modelFit(model: OrgModelKey, figures: OrgFigures): ModelFit {
  const m = orgModelByKey(model);
  const r = m.range;
  const value = figures[r.dimension];
  const fit = (level: FitLevel, reason: string, side: ModelFit['side'] = null): ModelFit => ({
    model,
    fit: level,
    side,
    reason,
  });
  if (value === null)
    return fit('unknown', `Needs the number of ${NOUNS[r.dimension][1]}: it fits ${m.fitsText}.`);
  const has = countOf(value, r.dimension);
  if (r.kind === 'between') {
    const span = `${r.min}-${r.max}`;
    if (value < r.min) return fit('outside', `${has}, fewer than the ${span} it fits.`, 'below');
    if (value > r.max) return fit('outside', `${has}, more than the ${span} it fits.`, 'above');
    return fit('fits', `${has}, within the ${span} it fits.`);
  }
  const span = `${r.low}-${r.high}`;
  if (value > r.high) return fit('fits', `${has}, above ${span}, where it fits.`);
  if (value > r.low) {
    return fit(
      'borderline',
      `${has}, inside the ${span} band where the framework puts its threshold, so it may fit.`,
    );
  }
  return fit('outside', `${has}; it fits above ${span}.`, 'below');
}

export type MlopsLevel = 'role' | 'no_rule' | 'dedicated' | 'unknown';

export interface MlopsAdvice {
  level: MlopsLevel;
  text: string;
  /** Holds whatever the level. */
  baseline: string;
}

/** The advice on an MLOps function, from the number of models in production. */
export function mlopsAdvice(modelsInProduction: number | null): MlopsAdvice {
  const { roleBelow, dedicatedAbove } = MLOPS_THRESHOLDS;
  const advice = (level: MlopsLevel, text: string): MlopsAdvice => ({
    level,
    text,
    baseline: MLOPS_BASELINE,
  });
  const n = modelsInProduction;
  if (n === null)
    return advice('unknown', 'Say how many models are in production to get this advice.');
  const models = `${n} ${n === 1 ? 'model' : 'models'} in production`;
  if (n < roleBelow) {
    return advice(
      'role',
      `${models} (below ${roleBelow}): MLOps can be a role inside the platform/SRE team; a dedicated team is not needed yet.`,
    );
  }
  if (n > dedicatedAbove) {
    return advice(
      'dedicated',
      `${models} (above ${dedicatedAbove}): a dedicated MLOps function pays for itself.`,
    );
  }
  return advice(
    'no_rule',
    `${models}: between ${roleBelow} and ${dedicatedAbove} the framework gives no rule. A role in the platform/SRE team is no longer clearly enough, and a dedicated function does not yet clearly pay for itself: judge by how loaded the people holding the role are.`,
  );
}

export type RecommendationOutcome = 'one' | 'overlap' | 'none' | 'incomplete';

export interface OrgRecommendation {
  outcome: RecommendationOutcome;
  /**
   * The model the app leans to: the one that fits, or in an overlap the one the tie-break
   * picks; null when none fits or the tie cannot be broken without another answer.
   */
  recommended: OrgModelKey | null;
  /** The models that fit or may fit, in the framework's order. */
  candidates: OrgModelKey[];
  /** Every model against the figures, in the framework's order. */
  fits: ModelFit[];
  /** One sentence: the answer. */
  headline: string;
  /** Why, one point each. */
  reasons: string[];
  /** What to watch with the recommended model (staffing, platform team). */
  cautions: string[];
  mlops: MlopsAdvice;
}

const nameOf = (k: OrgModelKey) => orgModelByKey(k).name;
const listOf = (keys: readonly OrgModelKey[]) =>
  keys.length <= 1
    ? keys.map(nameOf).join('')
    : `${keys.slice(0, -1).map(nameOf).join(', ')} and ${nameOf(keys.at(-1) as OrgModelKey)}`;

/** The recommendation from the questionnaire's figures. */
export function recommendOrgModel(figures: OrgFigures): OrgRecommendation {
  const fits = ORG_MODEL_KEYS.map((k) => modelFit(k, figures));
  const candidates = fits.filter((f) => f.fit === 'fits' || f.fit === 'borderline');
  const unknown = fits.filter((f) => f.fit === 'unknown');
  const reasons = fits.map((f) => `${nameOf(f.model)}: ${f.reason}`);
  const mlops = mlopsAdvice(figures.modelsInProduction);
  const base = { fits, candidates: candidates.map((c) => c.model), mlops };

  if (candidates.length === 0) {
    if (unknown.length > 0) {
      return {
        ...base,
        outcome: 'incomplete',
        recommended: null,
        headline: 'No model fits the figures given so far; answer the rest of the questionnaire.',
        reasons,
        cautions: [],
      };
    }
    return {
      ...base,
      outcome: 'none',
      recommended: null,
      headline: 'None of the three models is sized for these figures.',
      reasons: [...reasons, noFitMeaning(figures)],
      cautions: [],
    };
  }

  if (candidates.length === 1) {
    const only = candidates[0] as ModelFit;
    return {
      ...base,
      outcome: 'one',
      recommended: only.model,
      headline:
        only.fit === 'fits'
          ? `${nameOf(only.model)} fits these figures.`
          : `${nameOf(only.model)} may fit these figures; no other model does.`,
      reasons,
      cautions: cautionsFor(only.model, figures),
    };
  }

  const tie = breakTie(candidates, figures);
  return {
    ...base,
    outcome: 'overlap',
    recommended: tie.model,
    headline: `The figures fit more than one model: ${listOf(base.candidates)}.`,
    reasons: [...reasons, tie.reason],
    cautions: tie.model ? cautionsFor(tie.model, figures) : [],
  };
}

/**
 * Where ranges overlap: a model that fits outright beats one that only may fit; with no
 * platform team, embedded is the model that needs none; with one, the models built on it; and
 * between centralised and hybrid, hybrid, which the framework says scales best for most
 * organisations (a central team risks becoming the bottleneck).
 */
function breakTie(
  candidates: readonly ModelFit[],
  f: OrgFigures,
): { model: OrgModelKey | null; reason: string } {
  const outright = candidates.filter((c) => c.fit === 'fits');
  let pool = (outright.length > 0 ? outright : candidates).map((c) => c.model);
  if (pool.length === 1) {
    const [model] = pool as [OrgModelKey];
    return {
      model,
      reason: `Leaning to ${nameOf(model)}: it fits outright, the others only may fit.`,
    };
  }
  if (pool.includes('embedded')) {
    if (f.platformTeam === false) {
      return {
        model: 'embedded',
        reason: `Leaning to ${nameOf('embedded')}: with no platform team it is the model that does not need one.`,
      };
    }
    if (f.platformTeam === null) {
      return {
        model: null,
        reason: `Whether you have a platform team decides between ${listOf(pool)}: answer that question to break the tie.`,
      };
    }
    pool = pool.filter((k) => k !== 'embedded');
    if (pool.length === 1) {
      const [model] = pool as [OrgModelKey];
      return {
        model,
        reason: `Leaning to ${nameOf(model)}: you have a platform team for it to build on.`,
      };
    }
  }
  return {
    model: 'hybrid',
    reason: `Leaning to ${nameOf('hybrid')}: the framework finds it scales best for most organisations, while a central platform team risks becoming the bottleneck.`,
  };
}

/** What to watch when adopting `model` with these figures. */
function cautionsFor(model: OrgModelKey, f: OrgFigures): string[] {
  const m = orgModelByKey(model);
  const out: string[] = [];
  if (m.needsPlatformTeam && f.platformTeam === false)
    out.push(`${m.name} runs on a platform team and you have none yet: building one comes first.`);
  if (m.platformTeamSize && f.platformTeam === true && f.platformTeamSize !== null) {
    const { min, max } = m.platformTeamSize;
    if (f.platformTeamSize < min || f.platformTeamSize > max) {
      out.push(
        `${m.name} expects a platform team of ${min}-${max} people; yours has ${f.platformTeamSize}.`,
      );
    }
  }
  if (m.engineersPerProduct && f.mlEngineers !== null && f.activeProducts !== null) {
    const needed = f.activeProducts * m.engineersPerProduct.min;
    if (f.mlEngineers < needed) {
      out.push(
        `${m.name} puts ${m.engineersPerProduct.min}-${m.engineersPerProduct.max} ML engineers in each product team: ${countOf(f.activeProducts, 'activeProducts')} need at least ${needed}; you have ${f.mlEngineers}.`,
      );
    }
  }
  if (m.risk) out.push(`Its known risk: ${m.risk}`);
  return out;
}

/** Why nothing fits, in terms of the ranges, and where the figures point. */
function noFitMeaning(f: OrgFigures): string {
  const embedded = orgModelByKey('embedded').range;
  const hybrid = orgModelByKey('hybrid').range;
  const products = f.activeProducts ?? 0;
  if (embedded.kind === 'between' && products < embedded.min) {
    return `Below ${embedded.min} active AI products the framework sizes no model: keep each model with its product team, make sure one engineer understands both the ML pipeline and the infrastructure, and look again as the portfolio grows.`;
  }
  if (hybrid.kind === 'between' && products > hybrid.max) {
    return `Past ${hybrid.max} active AI products the hybrid range ends, and the centralised model needs a larger ML engineering group (${orgModelByKey('centralized').fitsText}): the portfolio has outgrown its ML staffing.`;
  }
  return 'The figures fall between the ranges the framework gives.';
}

export type RangeStatus = 'in_range' | 'borderline' | 'out_of_range' | 'unknown';

export interface OrgRangeCheck {
  model: OrgModelKey;
  status: RangeStatus;
  /** The figure against the chosen model's range, in a sentence. */
  reason: string;
}

/** Does the decided model still fit today's figures? Out of range raises the portfolio flag. */
export function orgRangeCheck(model: OrgModelKey, figures: OrgFigures): OrgRangeCheck {
  const f = modelFit(model, figures);
  const name = nameOf(model);
  switch (f.fit) {
    case 'fits':
      return { model, status: 'in_range', reason: `${name} still fits: ${f.reason}` };
    case 'borderline':
      return { model, status: 'borderline', reason: `${name} may still fit: ${f.reason}` };
    case 'unknown':
      return { model, status: 'unknown', reason: `${name} cannot be checked yet. ${f.reason}` };
    case 'outside':
      return {
        model,
        status: 'out_of_range',
        reason:
          f.side === 'above'
            ? `The portfolio has outgrown ${name}: ${f.reason}`
            : `The figures are below what ${name} is sized for: ${f.reason}`,
      };
  }
}

import {
  DATA_SCIENCE_OWNS_PRODUCTION,
  ORG_MODELS,
  type OrgModelKey,
} from '../../../../shared/framework/orgModels';
import type { ModelFit } from '../../../../shared/framework/orgRecommendation';
import { FIT_LABELS } from './orgLabels';

/**
 * The three models side by side: what each is, where it fits, its risk and how today's figures
 * sit against it. The anti-pattern is described below them, never offered as a fourth.
 */
export function OrgModelsCard({
  fits,
  decided,
}: {
  fits: readonly ModelFit[];
  decided: OrgModelKey | null;
}) {
  const fitOf = new Map(fits.map((f) => [f.model, f]));
  return (
    <section className="card" aria-labelledby="models-title">
      <h2 id="models-title">The three models</h2>
      <ul className="org-models org-models-grid" aria-labelledby="models-title">
        {ORG_MODELS.map((m) => {
          const fit = fitOf.get(m.key);
          return (
            <li key={m.key} className="org-model" aria-label={m.name}>
              <div className="org-model-head">
                <strong>{m.name}</strong>
                {fit && (
                  <span className={`badge org-fit org-fit-${fit.fit}`}>{FIT_LABELS[fit.fit]}</span>
                )}
                {decided === m.key && <span className="badge">In force</span>}
              </div>
              <p>{m.summary}</p>
              <dl className="details">
                <dt>Fits</dt>
                <dd>{m.fitsText}</dd>
                <dt>Risk</dt>
                <dd>{m.risk ?? 'The framework names no particular risk.'}</dd>
                {fit && (
                  <>
                    <dt>Today</dt>
                    <dd>{fit.reason}</dd>
                  </>
                )}
              </dl>
            </li>
          );
        })}
      </ul>
      <aside className="org-antipattern" aria-label="Not a model">
        <strong>Not a model: “{DATA_SCIENCE_OWNS_PRODUCTION.name.toLowerCase()}”.</strong>{' '}
        {DATA_SCIENCE_OWNS_PRODUCTION.why} Crossing flags a project whose ownership amounts to it.
      </aside>
    </section>
  );
}

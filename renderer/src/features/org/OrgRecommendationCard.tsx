import { ORG_MODELS } from '../../../../shared/framework/orgModels';
import type { OrgRecommendation } from '../../../../shared/framework/orgRecommendation';
import { describeFigures, type EffectiveFigures } from '../../../../shared/domain/org';
import { OUTCOME_LABELS } from './orgLabels';

interface Props {
  recommendation: OrgRecommendation;
  figures: EffectiveFigures;
}

/**
 * Today's recommendation with its reasons, what to watch and the MLOps advice. Overlaps and
 * gaps between the models' ranges are said as they are.
 */
export function OrgRecommendationCard({ recommendation: r, figures }: Props) {
  const leaning = r.recommended ? ORG_MODELS.find((m) => m.key === r.recommended) : null;
  return (
    <section className="card org-recommendation" aria-labelledby="recommendation-title">
      <header className="section-header">
        <h2 id="recommendation-title">Recommendation</h2>
        <span className={`badge org-outcome org-outcome-${r.outcome}`}>
          {OUTCOME_LABELS[r.outcome]}
        </span>
      </header>
      <p className="muted">From today’s figures: {describeFigures(figures).join(' · ')}.</p>
      <p className="org-headline">{r.headline}</p>
      {leaning && r.outcome === 'overlap' && (
        <p>
          Leaning to <strong>{leaning.name}</strong>
        </p>
      )}
      <ul className="org-reasons" aria-label="Why">
        {r.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {r.cautions.length > 0 && (
        <>
          <h3>What to watch</h3>
          <ul className="org-reasons" aria-label="What to watch">
            {r.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <h3>An MLOps function?</h3>
      <p className={`org-mlops org-mlops-${r.mlops.level}`}>{r.mlops.text}</p>
      <p className="muted">{r.mlops.baseline}</p>
    </section>
  );
}

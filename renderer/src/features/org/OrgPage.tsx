import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { formatDay } from '../../../../shared/domain/formatDay';
import { orgModelByKey } from '../../../../shared/framework/orgModels';
import { DecisionDialog } from './DecisionDialog';
import { DecisionLog } from './DecisionLog';
import { OrgModelsCard } from './OrgModelsCard';
import { OrgQuestionnaire } from './OrgQuestionnaire';
import { OrgRecommendationCard } from './OrgRecommendationCard';
import { RaciTables } from './RaciTables';
import { RANGE_LABELS } from './orgLabels';
import { useOrgOverview } from './useOrgData';
import { useAppStore } from '../../store/useAppStore';
import './org.css';

/** The Org model page: the decision in force, the questionnaire, the recommendation, the log. */
export function OrgPage() {
  const { overview, error } = useOrgOverview();
  const org = useAppStore((s) => s.org);
  const projectsLoaded = useAppStore((s) => s.projectsLoaded);
  const [deciding, setDeciding] = useState(false);

  if (error)
    return (
      <p role="alert" className="form-error">
        {error}
      </p>
    );
  if (!overview || !org || !projectsLoaded) return <p role="status">Loading the org model…</p>;
  const { decision, range, recommendation, figures } = overview;
  const gapCount = overview.projects.filter((p) => p.gaps.length > 0).length;

  return (
    <section className="page org-page" aria-labelledby="org-title">
      <header className="page-header">
        <div>
          <h1 id="org-title">Org model</h1>
          <p className="subtitle">Who owns AI in production, and whether it still fits.</p>
        </div>
        <Button className="button button-primary" onPress={() => setDeciding(true)}>
          Record a decision…
        </Button>
      </header>

      <section className="card org-status" aria-labelledby="status-title">
        <h2 id="status-title">Decision in force</h2>
        {decision ? (
          <>
            <p className="org-decided">
              <strong>{orgModelByKey(decision.model).name}</strong>, decided{' '}
              {formatDay(decision.decidedOn)}
              {decision.decidedBy && ` by ${decision.decidedBy}`}.
            </p>
            <p className="org-rationale">{decision.rationale}</p>
            {range && (
              <p
                className={`org-range org-range-${range.status}`}
                role={range.status === 'out_of_range' ? 'alert' : 'status'}
              >
                <span className="badge org-range-badge">
                  {range.status === 'out_of_range' && <span aria-hidden="true">⚑ </span>}
                  {RANGE_LABELS[range.status]}
                </span>{' '}
                {range.reason}
              </p>
            )}
          </>
        ) : (
          <p>
            No decision recorded yet. Answer the questionnaire, read the recommendation, then record
            the model you choose and why.
          </p>
        )}
        <p className="muted">
          {gapCount === 0
            ? 'Every active project has its ownership covered for its stage.'
            : `${gapCount} active ${gapCount === 1 ? 'project has' : 'projects have'} ownership gaps: see the Flags column of the `}
          {gapCount > 0 && <Link href="/">portfolio</Link>}
          {gapCount > 0 && ' or each project’s page.'}
        </p>
      </section>

      <div className="org-columns">
        <OrgQuestionnaire
          key={org.profile.updatedAt ?? 'unanswered'}
          profile={org.profile}
          portfolioProducts={figures.portfolioProducts}
        />
        <OrgRecommendationCard recommendation={recommendation} figures={figures} />
      </div>
      <OrgModelsCard fits={recommendation.fits} decided={decision?.model ?? null} />
      <DecisionLog decisions={org.decisions} />
      <RaciTables initial={decision?.model ?? recommendation.recommended ?? 'hybrid'} />
      <DecisionDialog
        isOpen={deciding}
        onClose={() => setDeciding(false)}
        recommended={recommendation.recommended}
        current={decision}
      />
    </section>
  );
}

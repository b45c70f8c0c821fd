import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import type { Audit } from '../../../../shared/domain/audit';
import { needsMissingText } from '../../../../shared/domain/auditRules';
import type { Gap, GapScore } from '../../../../shared/framework';
import { percentOrDash } from './auditLabels';
import { CommitTextField } from './CommitTextField';
import { fieldError } from './fieldError';
import { PracticeItem } from './PracticeItem';
import { PracticeReadOnly } from './PracticeReadOnly';
import type { AuditWrites } from './useAuditWrites';

interface Props {
  audit: Audit;
  gap: Gap;
  score: GapScore;
  isWeakest: boolean;
  /** null for a final audit: everything renders as text. */
  writes: AuditWrites | null;
}

/** One structural gap: what it is about, its practices, and what is missing to close it. */
export function GapSection({ audit, gap, score, isWeakest, writes }: Props) {
  const titleId = `gap-${gap.key}-title`;
  const required = needsMissingText(audit, gap.key);
  const missing = audit.missing[gap.key];
  return (
    <section aria-labelledby={titleId} className="card gap-section">
      <header className="gap-header">
        <h2 id={titleId}>
          <span className="gap-order" aria-hidden="true">
            {gap.order}
          </span>
          {gap.title}
        </h2>
        <p className="gap-score">
          <span className="score-text">{percentOrDash(score.score)}</span>
          {isWeakest && <span className="badge weakest-badge">Weakest gap</span>}
          <span className="gap-explanation">{score.explanation}</span>
        </p>
      </header>
      <Disclosure className="gap-about">
        <Heading level={3} className="gap-about-heading">
          <Button slot="trigger" className="disclosure-trigger">
            <span aria-hidden="true" className="disclosure-chevron">
              ▸
            </span>
            What this gap is about
          </Button>
        </Heading>
        <DisclosurePanel className="gap-about-panel">
          <dl className="gap-facts">
            <dt>A proof-of-concept usually has</dt>
            <dd>{gap.poc}</dd>
            <dt>Production needs</dt>
            <dd>{gap.production}</dd>
            <dt>Leaving it open costs</dt>
            <dd>{gap.cost}</dd>
          </dl>
        </DisclosurePanel>
      </Disclosure>
      <ol className="practice-list">
        {gap.practices.map((p) => {
          const entry = audit.practices[p.key] ?? { note: '' };
          return (
            <li key={p.key}>
              {writes ? (
                <PracticeItem practice={p} entry={entry} writes={writes} />
              ) : (
                <PracticeReadOnly practice={p} entry={entry} />
              )}
            </li>
          );
        })}
      </ol>
      {writes ? (
        <CommitTextField
          label={
            <>
              What is missing<span className="visually-hidden"> in {gap.title}</span>
            </>
          }
          value={missing}
          onCommit={async (text) => {
            const r = await writes.saveMissing(gap.key, text);
            return r.ok ? null : fieldError(r.error);
          }}
          multiline
          rows={3}
          isRequired={required}
          requiredMessage="Required while the gap is below full marks: name the specific artifact or capability that is missing."
          description="Name the specific artifact or capability that is missing; it becomes the plan's work."
          className="missing-field"
        />
      ) : (
        <div className="missing-record">
          <h3>What is missing</h3>
          <p className="pre-wrap">{missing.trim() === '' ? 'Nothing recorded.' : missing}</p>
        </div>
      )}
    </section>
  );
}

import { useId } from 'react';
import type { PracticeEntry } from '../../../../shared/domain/audit';
import type { Practice } from '../../../../shared/framework';
import { answerLabel } from './auditLabels';

/** A practice of a final audit: what was recorded, as text (a final audit has no inputs). */
export function PracticeReadOnly({
  practice,
  entry,
}: {
  practice: Practice;
  entry: PracticeEntry;
}) {
  const titleId = useId();
  const answer = entry.answer;
  return (
    <div role="group" aria-labelledby={titleId} className="practice">
      <div className="practice-text">
        <h3 id={titleId} className="practice-title">
          {practice.title}
        </h3>
        <p className="practice-description">{practice.description}</p>
      </div>
      <dl className="practice-record">
        <dt>Score</dt>
        <dd>
          <span className={`answer answer-${answer?.kind ?? 'none'}`}>{answerLabel(answer)}</span>
        </dd>
        {answer?.kind === 'not_applicable' && (
          <>
            <dt>Why it does not apply</dt>
            <dd>{answer.reason}</dd>
          </>
        )}
        {entry.note.trim() !== '' && (
          <>
            <dt>Note</dt>
            <dd className="pre-wrap">{entry.note}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

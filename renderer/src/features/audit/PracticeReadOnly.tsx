import { useId } from 'react';
import type { PracticeEntry } from '../../../../shared/domain/audit';
import type { Practice } from '../../../../shared/framework';
import { answerLabel } from './auditLabels';
import { PracticeHeading } from './PracticeHeading';

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
      <PracticeHeading id={titleId} practice={practice} />
      <dl className="practice-record">
        <dt>Score</dt>
        <dd>
          <span className={`answer answer-${answer?.kind ?? 'none'}`}>
            {answerLabel(answer, practice)}
          </span>
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

import type { Practice } from '../../../../shared/framework';
import { PracticeOwnLevels } from './PracticeOwnLevels';

/** A practice's title (the `id` names its group) and what it asks for, editable or final. */
export function PracticeHeading({ id, practice }: { id: string; practice: Practice }) {
  return (
    <div className="practice-text">
      <h3 id={id} className="practice-title">
        {practice.title}
      </h3>
      <p className="practice-description">{practice.description}</p>
      <PracticeOwnLevels practice={practice} />
    </div>
  );
}

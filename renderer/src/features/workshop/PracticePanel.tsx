import type { Audit } from '../../../../shared/domain/audit';
import { needsMissingText } from '../../../../shared/domain/auditRules';
import type { Gap, Practice } from '../../../../shared/framework';
import { FIELD_ID, type Editor } from './useWorkshopEditor';
import { NoteEditor, ReasonField } from './WorkshopFields';
import { PracticeOwnLevels } from '../audit/PracticeOwnLevels';
import {
  answerKind,
  answerMeaning,
  answerText,
  answerToken,
  GAP_SHORT_NAMES,
} from './workshopView';

interface Props {
  audit: Audit;
  gap: Gap;
  practice: Practice;
  activeIndex: number;
  /** The open text field, shown in place of the text it edits. */
  editor: Editor | null;
  onEdit: (next: Editor) => void;
  onCommitReason: () => void;
  onCancelReason: () => void;
  onCommitText: (returnToList: boolean) => void;
}

/**
 * The panel beside the list: the active practice with its answer and note, then what is missing
 * in the gap. Each text becomes its field while it is being written.
 */
export function PracticePanel({
  audit,
  gap,
  practice,
  activeIndex,
  editor,
  onEdit,
  onCommitReason,
  onCancelReason,
  onCommitText,
}: Props) {
  const entry = audit.practices[practice.key];
  const answer = entry?.answer;
  const note = entry?.note ?? '';
  const missingText = audit.missing[gap.key];
  const missingNeeded = needsMissingText(audit, gap.key);

  return (
    <aside className="ws-panel" aria-label="The selected practice and what is missing">
      <section className="ws-practice" aria-labelledby="ws-practice-title">
        <div className="ws-practice-head">
          <h2 id="ws-practice-title" className="ws-practice-title">
            {practice.title}
          </h2>
          <p className="ws-eyebrow">
            Practice {activeIndex + 1} of {gap.practices.length}
          </p>
        </div>
        <p className="ws-description">{practice.description}</p>
        <div className={`ws-answer ws-kind-${answerKind(answer)}`}>
          <span className="ws-token" aria-hidden="true">
            {answerToken(answer)}
          </span>
          <div>
            <p className="ws-answer-label">{answerText(answer, practice)}</p>
            <p className="ws-answer-meaning">{answerMeaning(answer, practice)}</p>
          </div>
        </div>
        <PracticeOwnLevels practice={practice} className="ws-own-levels" />
        {editor?.kind === 'reason' && editor.practiceKey === practice.key && (
          <ReasonField
            id={FIELD_ID.reason}
            label={`Why is “${practice.title}” not applicable?`}
            value={editor.text}
            error={editor.error}
            onChange={(text) => onEdit({ ...editor, text, error: null })}
            onCommit={onCommitReason}
            onCancel={onCancelReason}
          />
        )}
        <div className="ws-note">
          {editor?.kind === 'note' && editor.practiceKey === practice.key ? (
            <NoteEditor
              id={FIELD_ID.note}
              label={`Note on “${practice.title}”`}
              value={editor.text}
              error={editor.error}
              onChange={(text) => onEdit({ ...editor, text })}
              onCommit={() => onCommitText(true)}
              onBlur={() => onCommitText(false)}
            />
          ) : (
            <>
              <h3 className="ws-subheading">Note</h3>
              <p className={`ws-text${note === '' ? ' is-empty' : ''}`}>
                {note === '' ? (
                  <>
                    No note yet. <kbd>E</kbd> writes one.
                  </>
                ) : (
                  note
                )}
              </p>
            </>
          )}
        </div>
      </section>

      <section
        className={`ws-missing${missingNeeded && missingText.trim() === '' ? ' is-needed' : ''}`}
        aria-label={`What is missing in ${gap.title}`}
      >
        {editor?.kind === 'missing' && editor.gapKey === gap.key ? (
          <NoteEditor
            id={FIELD_ID.missing}
            label={`What is missing in “${gap.title}”`}
            value={editor.text}
            error={editor.error}
            rows={3}
            onChange={(text) => onEdit({ ...editor, text })}
            onCommit={() => onCommitText(true)}
            onBlur={() => onCommitText(false)}
          />
        ) : (
          <>
            <h2 className="ws-subheading">What is missing in {GAP_SHORT_NAMES[gap.key]}</h2>
            {missingNeeded && missingText.trim() === '' && (
              <p className="ws-needed">
                Needed: this gap is below full marks. Name the specific artifact or capability that
                is missing (<kbd>M</kbd>).
              </p>
            )}
            <p className={`ws-text${missingText.trim() === '' ? ' is-empty' : ''}`}>
              {missingText.trim() !== '' ? (
                missingText
              ) : missingNeeded ? (
                'Nothing written yet.'
              ) : (
                <>
                  Nothing written; only required while the gap is below full marks. <kbd>M</kbd>{' '}
                  writes it.
                </>
              )}
            </p>
          </>
        )}
      </section>
    </aside>
  );
}

import type { Ref } from 'react';
import type { Audit } from '../../../../shared/domain/audit';
import type { Gap } from '../../../../shared/framework';
import { answerKind, answerText, answerToken } from './workshopView';

export const optionId = (practiceKey: string): string =>
  `ws-practice-${practiceKey.replace(/[^a-z0-9_-]/gi, '-')}`;

interface Props {
  gap: Gap;
  audit: Audit;
  activeIndex: number;
  listRef: Ref<HTMLDivElement>;
  onPick: (index: number) => void;
}

/**
 * The gap's practices as a listbox that keeps focus on itself and points at the active practice
 * with aria-activedescendant; keys are handled by the workshop (see workshopKeys.ts). Every
 * answer is written out, never only a colour or a mark.
 */
export function PracticeList({ gap, audit, activeIndex, listRef, onPick }: Props) {
  const active = gap.practices[activeIndex];
  return (
    <div
      ref={listRef}
      role="listbox"
      aria-label={`Practices of ${gap.title}`}
      aria-activedescendant={active ? optionId(active.key) : undefined}
      tabIndex={0}
      className="ws-list"
    >
      {gap.practices.map((practice, index) => {
        const entry = audit.practices[practice.key];
        const answer = entry?.answer;
        const selected = index === activeIndex;
        const hasNote = (entry?.note ?? '').trim() !== '';
        return (
          <div
            key={practice.key}
            id={optionId(practice.key)}
            role="option"
            aria-selected={selected}
            className={`ws-option ws-kind-${answerKind(answer)}${selected ? ' is-active' : ''}`}
            onClick={() => onPick(index)}
          >
            <span className="ws-token" aria-hidden="true">
              {answerToken(answer)}
            </span>
            <span className="ws-option-text">
              <span className="ws-option-title">{practice.title}</span>
              <span className="ws-option-answer">{answerText(answer, practice)}</span>
            </span>
            {hasNote && (
              <span className="ws-note-flag">
                <span aria-hidden="true">✎</span>
                <span className="visually-hidden">, has a note</span>
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

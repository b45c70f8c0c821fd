import { useEffect, useId, useRef, useState } from 'react';
import { practiceAnswerSchema, type PracticeEntry } from '../../../../shared/domain/audit';
import {
  levelsFor,
  SCORE_LEVELS,
  scoreLevelFor,
  type Practice,
  type ScoreLevelKey,
} from '../../../../shared/framework';
import { CommitTextField } from './CommitTextField';
import { fieldError } from './fieldError';
import { PracticeScoreControl } from './PracticeScoreControl';
import type { AuditWrites } from './useAuditWrites';
import { PracticeHeading } from './PracticeHeading';
import { useAppStore } from '../../store/useAppStore';

interface Props {
  practice: Practice;
  entry: PracticeEntry;
  writes: AuditWrites;
}

/**
 * One practice of a draft audit: its score, the reason when it does not apply, and a note.
 * A score is saved as soon as it is chosen. "Not applicable" is saved only with its reason
 * (the backend refuses it without one), so until then it shows as chosen but not saved.
 */
export function PracticeItem({ practice, entry, writes }: Props) {
  const titleId = useId();
  const saved: ScoreLevelKey | null = entry.answer ? scoreLevelFor(entry.answer).key : null;
  // The answer chosen but not confirmed yet: a score on its way, or "not applicable" awaiting
  // its reason.
  const [pending, setPending] = useState<ScoreLevelKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = pending ?? saved;
  const awaitingReason = pending === 'not_applicable';
  const reasonRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const notify = useAppStore((s) => s.notify);

  // Leaving the page with "not applicable" still waiting for its reason drops it: say so, never
  // silently. A ref, because the cleanup must see the state at unmount, not at mount.
  const awaitingRef = useRef(false);
  // "Not applicable" needs its reason: the cursor goes there at once (issue 6, item 3).
  useEffect(() => {
    awaitingRef.current = awaitingReason;
    if (awaitingReason) reasonRef.current?.focus();
  }, [awaitingReason]);
  useEffect(
    () => () => {
      if (awaitingRef.current)
        notify(
          'error',
          `Not applicable for “${practice.title}” was not saved: it needs a reason. Choose it again and say why.`,
        );
    },
    [notify, practice.title],
  );

  const choose = async (key: ScoreLevelKey) => {
    setError(null);
    const level = SCORE_LEVELS.find((l) => l.key === key)?.level ?? null;
    if (level === null) {
      setPending(saved === 'not_applicable' ? null : 'not_applicable');
      return;
    }
    setPending(key);
    const r = await writes.savePractice(practice.key, { answer: { kind: 'scored', level } });
    setPending((p) => (p === key ? null : p));
    if (!r.ok) setError(fieldError(r.error));
  };

  const saveReason = async (reason: string): Promise<string | null> => {
    // The shared schema is the backend's own: an empty reason is refused here with its message.
    const parsed = practiceAnswerSchema.safeParse({ kind: 'not_applicable', reason });
    if (!parsed.success) return parsed.error.issues[0]?.message ?? 'A reason is required';
    const r = await writes.savePractice(practice.key, { answer: parsed.data });
    if (!r.ok) return fieldError(r.error);
    setPending((p) => (p === 'not_applicable' ? null : p));
    return null;
  };

  const saveNote = async (note: string): Promise<string | null> => {
    const r = await writes.savePractice(practice.key, { note });
    return r.ok ? null : fieldError(r.error);
  };

  const savedReason = entry.answer?.kind === 'not_applicable' ? entry.answer.reason : '';
  return (
    <div role="group" aria-labelledby={titleId} className="practice">
      <PracticeHeading id={titleId} practice={practice} />
      <div className="practice-inputs">
        <div className="practice-score">
          {/* A caption for the eye; the radio group is named by the practice's title. */}
          <span className="practice-score-label" aria-hidden="true">
            Score
          </span>
          <PracticeScoreControl
            labelledBy={titleId}
            value={shown}
            onChange={(k) => void choose(k)}
            levels={levelsFor(practice)}
          />
          {shown === null && <p className="practice-unscored">Not scored yet</p>}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          {shown === 'not_applicable' && (
            <CommitTextField
              label={
                <>
                  Why it does not apply
                  <span className="visually-hidden"> for {practice.title}</span>
                </>
              }
              value={savedReason}
              onCommit={saveReason}
              isRequired
              inputRef={reasonRef}
              commitUnchanged={awaitingReason}
              description={
                awaitingReason
                  ? 'Not saved yet: write why this practice does not apply, then press Enter.'
                  : undefined
              }
            />
          )}
        </div>
        <CommitTextField
          label={
            <>
              Note<span className="visually-hidden"> on {practice.title}</span>
            </>
          }
          value={entry.note}
          onCommit={saveNote}
          multiline
          rows={1}
          className="practice-note"
        />
      </div>
    </div>
  );
}

import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';
import { TIMER_MINUTES, type Audit } from '../../../../shared/domain/audit';
import { needsMissingText, scoreOfAudit } from '../../../../shared/domain/auditRules';
import {
  formatPercent,
  GAPS,
  practiceByKey,
  type Gap,
  type GapKey,
  type PracticeAnswer,
} from '../../../../shared/framework';
import { useAppStore } from '../../store/useAppStore';
import { optionId, PracticeList } from './PracticeList';
import { useFullscreen, exitFullscreen } from './useFullscreen';
import { useGapTimers } from './useGapTimers';
import { useSerialSaves } from './useSerialSaves';
import { GapStrip, HelpOverlay, Legend, Participants, TimerBox } from './WorkshopChrome';
import { NoteEditor, ReasonField } from './WorkshopFields';
import { commandFor, isTypingTarget, type WorkshopCommand } from './workshopKeys';
import {
  answerKind,
  answerMeaning,
  answerText,
  answerToken,
  GAP_SHORT_NAMES,
  participantsOf,
} from './workshopView';

type Editor =
  | { kind: 'reason'; practiceKey: string; text: string; error: string | null }
  | { kind: 'note'; practiceKey: string; text: string; error: string | null }
  | { kind: 'missing'; gapKey: GapKey; text: string; error: string | null };

const FIELD_ID: Record<Editor['kind'], string> = {
  reason: 'ws-reason-field',
  note: 'ws-note-field',
  missing: 'ws-missing-field',
};

const FINAL_MESSAGE =
  'This audit is final, so nothing in it can change. To carry on, start a new audit from it on the audit page.';

const sameTarget = (a: Editor | null, b: Editor | null): boolean =>
  a !== null &&
  b !== null &&
  a.kind === b.kind &&
  (a.kind === 'missing'
    ? a.gapKey === (b as typeof a).gapKey
    : a.practiceKey === (b as typeof a).practiceKey);

const gapAt = (index: number): Gap => GAPS[index] ?? (GAPS[0] as Gap);

/**
 * Workshop mode: one gap at a time on a projector, scored from the keyboard (workshopKeys.ts).
 * Every change goes through the store's actions, so the audit page shows what the room decided;
 * nothing is shown as saved before the backend confirmed it.
 */
export function Workshop({ audit, projectName }: { audit: Audit; projectName: string }) {
  const [, navigate] = useLocation();
  const setPractice = useAppStore((s) => s.setPractice);
  const setGapMissing = useAppStore((s) => s.setGapMissing);
  const updateAudit = useAppStore((s) => s.updateAudit);
  const { toggle: toggleFullscreen } = useFullscreen();
  const { save, settled, status, inform } = useSerialSaves();
  const timers = useGapTimers(audit.timerMinutes);

  const [gapIndex, setGapIndex] = useState(0);
  const [activeByGap, setActiveByGap] = useState<number[]>(() => GAPS.map(() => 0));
  const [helpOpen, setHelpOpen] = useState(false);
  const [editor, setEditorState] = useState<Editor | null>(null);
  // Async handlers (a save that finishes later) read the editor through this ref.
  const editorRef = useRef<Editor | null>(null);
  const committing = useRef<Promise<boolean> | null>(null);
  const pendingMinutes = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const readOnly = audit.status === 'final';
  const gap = gapAt(gapIndex);
  const activeIndex = Math.min(activeByGap[gapIndex] ?? 0, gap.practices.length - 1);
  const practice = gap.practices[activeIndex];
  const score = useMemo(() => scoreOfAudit(audit), [audit]);
  const gapScore = score.gaps[gapIndex];
  const people = useMemo(() => participantsOf(audit), [audit]);
  const needsMissing = (key: GapKey) =>
    needsMissingText(audit, key) && audit.missing[key].trim() === '';

  const setEditor = (next: Editor | null) => {
    editorRef.current = next;
    setEditorState(next);
  };
  const focusList = () => listRef.current?.focus();
  const focusEditor = () => {
    const ed = editorRef.current;
    if (ed) document.getElementById(FIELD_ID[ed.kind])?.focus();
  };
  /** The audit as the store holds it now (handlers may run after a save changed it). */
  const latestAudit = (): Audit =>
    useAppStore.getState().auditsByProject[audit.projectId]?.find((a) => a.id === audit.id) ??
    audit;

  useEffect(() => {
    listRef.current?.focus();
  }, []);

  // On a small window the list may scroll: keep the active practice in view. Only the list
  // scrolls (scrollIntoView would also shift the clipped workshop frame).
  useEffect(() => {
    const list = listRef.current;
    const option = practice ? document.getElementById(optionId(practice.key)) : null;
    if (!list || !option) return;
    const box = list.getBoundingClientRect();
    const item = option.getBoundingClientRect();
    if (item.top < box.top) list.scrollTop -= box.top - item.top;
    else if (item.bottom > box.bottom) list.scrollTop += item.bottom - box.bottom;
  }, [practice]);

  // ---- Saving text -------------------------------------------------------------------------

  /** Saves an open note or missing-text editor; false (text kept, error shown) if refused. */
  const commitText = (returnToList: boolean): Promise<boolean> => {
    const ed = editorRef.current;
    if (ed === null || ed.kind === 'reason') return Promise.resolve(true);
    if (committing.current) {
      // A save of this text is already on its way (blur, then Escape): wait for it.
      return committing.current.then((ok) => {
        if (ok && returnToList && editorRef.current === null) focusList();
        return ok;
      });
    }
    const run = (async () => {
      const current = latestAudit();
      const saved =
        ed.kind === 'note'
          ? (current.practices[ed.practiceKey]?.note ?? '')
          : current.missing[ed.gapKey];
      let ok = true;
      let error: string | null = null;
      if (ed.text !== saved) {
        const r =
          ed.kind === 'note'
            ? await save(`note on “${titleOf(ed.practiceKey)}”`, () =>
                setPractice({ auditId: audit.id, practiceKey: ed.practiceKey, note: ed.text }),
              )
            : await save(`what is missing in “${gapTitleOf(ed.gapKey)}”`, () =>
                setGapMissing({ auditId: audit.id, gapKey: ed.gapKey, missing: ed.text }),
              );
        ok = r.ok;
        if (!r.ok) error = r.error.message;
      }
      const now = editorRef.current;
      if (!sameTarget(now, ed) || now === null) return ok;
      if (!ok) {
        setEditor({ ...now, error });
        return false;
      }
      // Text typed while the save was on its way stays in the field, to be saved next.
      if (now.text === ed.text) {
        setEditor(null);
        if (returnToList) focusList();
      }
      return true;
    })();
    committing.current = run;
    void run.finally(() => {
      if (committing.current === run) committing.current = null;
    });
    return run;
  };

  const commitReason = async (): Promise<boolean> => {
    const ed = editorRef.current;
    if (ed === null || ed.kind !== 'reason') return true;
    const reason = ed.text.trim();
    if (reason === '') {
      setEditor({ ...ed, error: 'A reason is required: say why this practice does not apply.' });
      inform('error', 'Not saved: “not applicable” needs a reason.');
      return false;
    }
    const answer: PracticeAnswer = { kind: 'not_applicable', reason };
    const r = await save(`“${titleOf(ed.practiceKey)}”: ${answerText(answer)}`, () =>
      setPractice({ auditId: audit.id, practiceKey: ed.practiceKey, answer }),
    );
    const now = editorRef.current;
    if (!sameTarget(now, ed) || now === null) return r.ok;
    if (!r.ok) {
      setEditor({ ...now, error: r.error.message });
      return false;
    }
    setEditor(null);
    focusList();
    return true;
  };

  const cancelReason = () => {
    if (editorRef.current?.kind === 'reason') setEditor(null);
    focusList();
  };

  /** Runs `then` once no editor is open: moving on saves the text first, or stays if refused. */
  const afterEditors = (then: () => void) => {
    const ed = editorRef.current;
    if (ed === null) return then();
    if (ed.kind === 'reason') {
      setEditor(null);
      return then();
    }
    void commitText(false).then((ok) => (ok ? then() : focusEditor()));
  };

  // ---- Commands ----------------------------------------------------------------------------

  const scorePractice = (answer: PracticeAnswer | null) => {
    if (readOnly) return inform('info', FINAL_MESSAGE);
    if (!practice) return;
    const key = practice.key;
    const what = `“${practice.title}”: ${answer === null ? 'score cleared' : answerText(answer)}`;
    void save(what, () => setPractice({ auditId: audit.id, practiceKey: key, answer }));
  };

  const openEditor = (kind: Editor['kind']) => {
    if (readOnly) return inform('info', FINAL_MESSAGE);
    if (!practice) return;
    const current = latestAudit();
    if (kind === 'missing') {
      setEditor({ kind, gapKey: gap.key, text: current.missing[gap.key], error: null });
    } else if (kind === 'note') {
      const note = current.practices[practice.key]?.note ?? '';
      setEditor({ kind, practiceKey: practice.key, text: note, error: null });
    } else {
      const answer = current.practices[practice.key]?.answer;
      const reason = answer?.kind === 'not_applicable' ? answer.reason : '';
      setEditor({ kind, practiceKey: practice.key, text: reason, error: null });
    }
  };

  const moveTo = (index: number) =>
    setActiveByGap((prev) =>
      prev.map((v, i) =>
        i === gapIndex ? Math.max(0, Math.min(index, gap.practices.length - 1)) : v,
      ),
    );

  const goToGap = (index: number) => {
    const next = Math.max(0, Math.min(index, GAPS.length - 1));
    if (next === gapIndex) return;
    timers.pauseAll();
    setGapIndex(next);
  };

  const changeMinutes = (delta: 1 | -1) => {
    if (readOnly) return inform('info', FINAL_MESSAGE);
    const from = pendingMinutes.current ?? audit.timerMinutes;
    const to = Math.max(TIMER_MINUTES.min, Math.min(TIMER_MINUTES.max, from + delta));
    if (to === from) {
      return inform(
        'info',
        `The timer is between ${TIMER_MINUTES.min} and ${TIMER_MINUTES.max} minutes per gap.`,
      );
    }
    pendingMinutes.current = to;
    void save(`timer: ${to} minute${to === 1 ? '' : 's'} per gap`, () =>
      updateAudit(audit.id, { timerMinutes: to }),
    ).then(() => {
      if (pendingMinutes.current === to) pendingMinutes.current = null;
    });
  };

  const leave = async () => {
    const ed = editorRef.current;
    if (ed?.kind === 'reason') {
      if (ed.text.trim() !== '' && !(await commitReason())) return focusEditor();
      setEditor(null);
    } else if (ed !== null && !(await commitText(false))) {
      return focusEditor();
    }
    await settled();
    exitFullscreen();
    navigate(`/projects/${audit.projectId}/audits/${audit.id}`);
  };

  const run = (command: WorkshopCommand) => {
    switch (command) {
      case 'prevPractice':
        return afterEditors(() => moveTo(activeIndex - 1));
      case 'nextPractice':
        return afterEditors(() => moveTo(activeIndex + 1));
      case 'firstPractice':
        return afterEditors(() => moveTo(0));
      case 'lastPractice':
        return afterEditors(() => moveTo(gap.practices.length - 1));
      case 'prevGap':
        return afterEditors(() => goToGap(gapIndex - 1));
      case 'nextGap':
        return afterEditors(() => goToGap(gapIndex + 1));
      case 'scoreNone':
        return afterEditors(() => scorePractice({ kind: 'scored', level: 0 }));
      case 'scoreManual':
        return afterEditors(() => scorePractice({ kind: 'scored', level: 0.5 }));
      case 'scoreAutomated':
        return afterEditors(() => scorePractice({ kind: 'scored', level: 1 }));
      case 'clear':
        return afterEditors(() => scorePractice(null));
      case 'notApplicable':
        return afterEditors(() => openEditor('reason'));
      case 'editNote':
        return afterEditors(() => openEditor('note'));
      case 'editMissing':
        return afterEditors(() => openEditor('missing'));
      case 'toggleTimer':
        return timers.toggle(gap.key);
      case 'resetTimer':
        return timers.reset(gap.key);
      case 'moreMinutes':
        return changeMinutes(1);
      case 'fewerMinutes':
        return changeMinutes(-1);
      case 'fullscreen':
        return toggleFullscreen();
      case 'help':
        return setHelpOpen(true);
      case 'leave':
        return void leave();
    }
  };

  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const command = commandFor(e);
    if (helpOpen) {
      // The dialog closes itself on Escape; "?" closes it too.
      if (command === 'help') {
        e.preventDefault();
        setHelpOpen(false);
      }
      return;
    }
    if (command === undefined || isTypingTarget(e.target)) return;
    e.preventDefault();
    run(command);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // Leaving by another way (a global shortcut, the history) still saves an open text.
  useEffect(() => {
    const editorBox = editorRef;
    return () => {
      const ed = editorBox.current;
      if (ed === null || ed.kind === 'reason') return;
      const store = useAppStore.getState();
      const current = store.auditsByProject[audit.projectId]?.find((a) => a.id === audit.id);
      if (ed.kind === 'note' && current?.practices[ed.practiceKey]?.note !== ed.text) {
        void store.setPractice({ auditId: audit.id, practiceKey: ed.practiceKey, note: ed.text });
      } else if (ed.kind === 'missing' && current?.missing[ed.gapKey] !== ed.text) {
        void store.setGapMissing({ auditId: audit.id, gapKey: ed.gapKey, missing: ed.text });
      }
    };
  }, [audit.id, audit.projectId]);

  if (!practice || !gapScore) return null;
  const entry = audit.practices[practice.key];
  const answer = entry?.answer;
  const note = entry?.note ?? '';
  const missingText = audit.missing[gap.key];
  const missingNeeded = needsMissingText(audit, gap.key);
  const timer = timers.view(gap.key);

  return (
    <div className={`workshop${readOnly ? ' is-final' : ''}`}>
      <header className="ws-top">
        <p className="ws-context">
          <span className="ws-project">{projectName}</span>
          <span className="ws-audit">{audit.title}</span>
          <span className={`ws-badge ws-badge-${audit.status}`}>
            {readOnly ? 'Final · read-only' : 'Draft'}
          </span>
        </p>
        <Participants people={people} />
        <div className="ws-top-actions">
          <Button className="ws-button" onPress={() => setHelpOpen(true)}>
            Keys <kbd>?</kbd>
          </Button>
          <Button className="ws-button" onPress={() => void leave()}>
            Leave <kbd>Esc</kbd>
          </Button>
        </div>
      </header>

      <section className="ws-gap-header" aria-labelledby="ws-gap-title">
        <div className="ws-gap-titles">
          <GapStrip
            currentIndex={gapIndex}
            score={score}
            needsMissing={needsMissing}
            onPick={(i) => {
              afterEditors(() => goToGap(i));
              focusList();
            }}
          />
          <h1 id="ws-gap-title" className="ws-gap-title">
            Gap {gap.order} of {GAPS.length}: {gap.title}
          </h1>
          <section className="ws-score" aria-label="Score of this gap">
            <p className={`ws-score-value${gapScore.score ? '' : ' is-empty'}`}>
              {gapScore.score ? formatPercent(gapScore.score) : '—'}
            </p>
            <p className="ws-score-explanation">{gapScore.explanation}</p>
          </section>
        </div>
        <TimerBox
          gapTitle={gap.title}
          minutes={audit.timerMinutes}
          timer={timer}
          readOnly={readOnly}
          onToggle={() => timers.toggle(gap.key)}
          onReset={() => timers.reset(gap.key)}
          onMinutes={changeMinutes}
        />
      </section>

      <main className="ws-main">
        <PracticeList
          gap={gap}
          audit={audit}
          activeIndex={activeIndex}
          listRef={listRef}
          onPick={(i) => {
            afterEditors(() => moveTo(i));
            focusList();
          }}
        />

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
                <p className="ws-answer-label">{answerText(answer)}</p>
                <p className="ws-answer-meaning">{answerMeaning(answer)}</p>
              </div>
            </div>
            {editor?.kind === 'reason' && editor.practiceKey === practice.key && (
              <ReasonField
                id={FIELD_ID.reason}
                label={`Why is “${practice.title}” not applicable?`}
                value={editor.text}
                error={editor.error}
                onChange={(text) => setEditor({ ...editor, text, error: null })}
                onCommit={() => void commitReason()}
                onCancel={cancelReason}
              />
            )}
            <div className="ws-note">
              {editor?.kind === 'note' && editor.practiceKey === practice.key ? (
                <NoteEditor
                  id={FIELD_ID.note}
                  label={`Note on “${practice.title}”`}
                  value={editor.text}
                  error={editor.error}
                  onChange={(text) => setEditor({ ...editor, text })}
                  onCommit={() => void commitText(true)}
                  onBlur={() => void commitText(false)}
                />
              ) : (
                <>
                  <h3 className="ws-subheading">Note</h3>
                  <p className={`ws-text ws-clamp${note === '' ? ' is-empty' : ''}`}>
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
                onChange={(text) => setEditor({ ...editor, text })}
                onCommit={() => void commitText(true)}
                onBlur={() => void commitText(false)}
              />
            ) : (
              <>
                <h2 className="ws-subheading">What is missing in {GAP_SHORT_NAMES[gap.key]}</h2>
                {missingNeeded && missingText.trim() === '' && (
                  <p className="ws-needed">
                    Needed: this gap is below full marks. Name the specific artifact or capability
                    that is missing (<kbd>M</kbd>).
                  </p>
                )}
                <p className={`ws-text ws-clamp${missingText.trim() === '' ? ' is-empty' : ''}`}>
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
      </main>

      <footer className="ws-footer">
        <p
          role="status"
          aria-live="polite"
          aria-label="Save status"
          className={`ws-status ws-status-${status.tone}`}
        >
          <span className="ws-status-text">{status.text}</span>
        </p>
        <Legend />
      </footer>

      <HelpOverlay isOpen={helpOpen} onClose={() => setHelpOpen(false)} people={people} />
    </div>
  );
}

const titleOf = (practiceKey: string): string => practiceByKey(practiceKey)?.title ?? practiceKey;
const gapTitleOf = (key: GapKey): string => GAPS.find((g) => g.key === key)?.title ?? key;

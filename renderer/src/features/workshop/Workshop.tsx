import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Switch } from 'react-aria-components';
import type { Audit } from '../../../../shared/domain/audit';
import { needsMissingText, scoreOfAudit } from '../../../../shared/domain/auditRules';
import { formatPercent, GAPS, gapsFor, type GapKey } from '../../../../shared/framework';
import { optionId, PracticeList } from './PracticeList';
import { PracticePanel } from './PracticePanel';
import { useFullscreen } from './useFullscreen';
import { useGapTimers } from './useGapTimers';
import { useSerialSaves } from './useSerialSaves';
import { useWorkshopCommands } from './useWorkshopCommands';
import { useWorkshopEditor } from './useWorkshopEditor';
import { useWorkshopKeys } from './useWorkshopKeys';
import { useWorkshopNavigation } from './useWorkshopNavigation';
import { GapStrip, HelpOverlay, Legend, Participants, TimerBox } from './WorkshopChrome';
import { participantsOf } from './workshopView';
import { useAppStore } from '../../store/useAppStore';

/**
 * Workshop mode: one gap at a time on a projector, scored from the keyboard (workshopKeys.ts).
 * Every change goes through the store's actions, so the audit page shows what the room decided;
 * nothing is shown as saved before the backend confirmed it.
 */
export function Workshop({ audit, projectName }: { audit: Audit; projectName: string }) {
  const { toggle: toggleFullscreen } = useFullscreen();
  const { save, settled, status, inform } = useSerialSaves();
  const timers = useGapTimers(audit.timerMinutes);
  const navigation = useWorkshopNavigation(timers.pauseAll, gapsFor(audit.frameworkVersion));
  const { gapIndex, gap, activeIndex, practice, moveTo, goToGap } = navigation;
  const [helpOpen, setHelpOpen] = useState(false);
  const advance = useAppStore((s) => s.workshopAdvance);
  const toggleAdvance = useAppStore((s) => s.toggleWorkshopAdvance);
  const listRef = useRef<HTMLDivElement>(null);

  const readOnly = audit.status === 'final';
  const score = useMemo(() => scoreOfAudit(audit), [audit]);
  const gapScore = score.gaps[gapIndex];
  const people = useMemo(() => participantsOf(audit), [audit]);
  const needsMissing = (key: GapKey) =>
    needsMissingText(audit, key) && audit.missing[key].trim() === '';
  const focusList = () => listRef.current?.focus();

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

  const editing = useWorkshopEditor({ audit, save, inform, focusList });
  const { afterEditors } = editing;
  const { run, changeMinutes, leave } = useWorkshopCommands({
    audit,
    readOnly,
    navigation,
    editing,
    saves: { save, settled, inform },
    timers,
    toggleFullscreen,
    openHelp: () => setHelpOpen(true),
  });
  useWorkshopKeys({ helpOpen, closeHelp: () => setHelpOpen(false), run });

  if (!practice || !gapScore) return null;
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
          <Switch className="ws-switch" isSelected={advance} onChange={toggleAdvance}>
            <span className="ws-switch-track" aria-hidden="true" />
            Next practice after scoring <kbd>A</kbd>
          </Switch>
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
          <div className="ws-score-row">
            <section className="ws-score" aria-label="Score of this gap">
              <p className={`ws-score-value${gapScore.score ? '' : ' is-empty'}`}>
                {gapScore.score ? formatPercent(gapScore.score) : '—'}
              </p>
              <p className="ws-score-explanation">{gapScore.explanation}</p>
            </section>
            {/* The whole audit's readiness, the number leadership quotes (issue 6, item 4). */}
            <section className="ws-overall" aria-label="Overall readiness">
              <span className="ws-overall-label">
                Readiness<span className="visually-hidden"> (weakest gap)</span>
              </span>{' '}
              <strong>{score.headline ? formatPercent(score.headline) : '—'}</strong>
              {score.band && (
                <span className="ws-overall-band">
                  {' '}
                  {score.band.label}
                  {!score.complete && ' (provisional)'}
                </span>
              )}
            </section>
          </div>
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
        <PracticePanel
          audit={audit}
          gap={gap}
          practice={practice}
          activeIndex={activeIndex}
          editor={editing.editor}
          onEdit={editing.setEditor}
          onCommitReason={() => void editing.commitReason()}
          onCancelReason={editing.cancelReason}
          onCommitText={(returnToList) => void editing.commitText(returnToList)}
        />
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

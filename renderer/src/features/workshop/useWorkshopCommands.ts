import { useRef } from 'react';
import { useLocation } from 'wouter';
import { TIMER_MINUTES, type Audit } from '../../../../shared/domain/audit';
import type { PracticeAnswer } from '../../../../shared/framework';
import { useAppStore } from '../../store/useAppStore';
import { exitFullscreen } from './useFullscreen';
import type { useGapTimers } from './useGapTimers';
import type { useSerialSaves } from './useSerialSaves';
import type { Editor, useWorkshopEditor } from './useWorkshopEditor';
import type { useWorkshopNavigation } from './useWorkshopNavigation';
import type { WorkshopCommand } from './workshopKeys';
import { answerText } from './workshopView';

const FINAL_MESSAGE =
  'This audit is final, so nothing in it can change. To carry on, start a new audit from it on the audit page.';

interface Options {
  audit: Audit;
  readOnly: boolean;
  navigation: ReturnType<typeof useWorkshopNavigation>;
  editing: Pick<ReturnType<typeof useWorkshopEditor>, 'open' | 'afterEditors' | 'closeForLeaving'>;
  saves: Pick<ReturnType<typeof useSerialSaves>, 'save' | 'settled' | 'inform'>;
  timers: ReturnType<typeof useGapTimers>;
  toggleFullscreen: () => void;
  openHelp: () => void;
}

/**
 * What each workshop command does (`run`, for the keys), and the two the screen also offers as
 * buttons: `changeMinutes` and `leave`. A final audit explains instead of changing.
 */
export function useWorkshopCommands({
  audit,
  readOnly,
  navigation,
  editing,
  saves,
  timers,
  toggleFullscreen,
  openHelp,
}: Options) {
  const [, navigate] = useLocation();
  const setPractice = useAppStore((s) => s.setPractice);
  const updateAudit = useAppStore((s) => s.updateAudit);
  const advance = useAppStore((s) => s.workshopAdvance);
  const toggleAdvance = useAppStore((s) => s.toggleWorkshopAdvance);
  const pendingMinutes = useRef<number | null>(null);
  const { gapIndex, gap, activeIndex, practice, moveTo, goToGap } = navigation;
  const { afterEditors } = editing;
  const { save, settled, inform } = saves;

  const scorePractice = (answer: PracticeAnswer | null) => {
    if (readOnly) return inform('info', FINAL_MESSAGE);
    if (!practice) return;
    const key = practice.key;
    const what = `“${practice.title}”: ${answer === null ? 'score cleared' : answerText(answer, practice)}`;
    void save(what, () => setPractice({ auditId: audit.id, practiceKey: key, answer }));
    // The room moves on to the next practice of the gap (issue 6, item 4); the last one stays,
    // so the gap changes only when the facilitator says so.
    if (answer !== null && advance && activeIndex < gap.practices.length - 1)
      moveTo(activeIndex + 1);
  };

  const openEditor = (kind: Editor['kind']) => {
    if (readOnly) return inform('info', FINAL_MESSAGE);
    if (!practice) return;
    editing.open(kind, gap.key, practice.key);
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
    if (!(await editing.closeForLeaving())) return;
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
      case 'toggleAdvance':
        return toggleAdvance();
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
        return openHelp();
      case 'leave':
        return void leave();
    }
  };

  return { run, changeMinutes, leave };
}

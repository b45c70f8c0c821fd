import type { Audit } from '../../../../shared/domain/audit';
import {
  SCORE_LEVELS,
  scoreLevelFor,
  type GapKey,
  type Practice,
  type PracticeAnswer,
  type ScoreLevelKey,
} from '../../../../shared/framework';

// Pure view helpers of workshop mode: what an answer reads as, the timer's arithmetic, who is in
// the room. Kept out of the components so they are unit-tested without a DOM.

export const NOT_SCORED = 'Not scored';

/**
 * An answer as the room reads it, using the rubric's labels ("Not applicable: <reason>"), in the
 * practice's own words when it has levels of its own.
 */
export function answerText(answer: PracticeAnswer | undefined, practice?: Practice): string {
  if (answer === undefined) return NOT_SCORED;
  const level = scoreLevelFor(answer, practice);
  return answer.kind === 'not_applicable' ? `${level.label}: ${answer.reason}` : level.label;
}

/** The rubric's one-line meaning of an answer, or a prompt when there is none yet. */
export function answerMeaning(answer: PracticeAnswer | undefined, practice?: Practice): string {
  if (answer === undefined) return 'Press 0, H, 1 or N to score it.';
  return scoreLevelFor(answer, practice).meaning;
}

export type AnswerKind = ScoreLevelKey | 'unscored';

export function answerKind(answer: PracticeAnswer | undefined): AnswerKind {
  return answer === undefined ? 'unscored' : scoreLevelFor(answer).key;
}

/** The short mark in front of a practice: 0, ½, 1, N/A or a dash. */
export function answerToken(answer: PracticeAnswer | undefined): string {
  switch (answerKind(answer)) {
    case 'none':
      return '0';
    case 'manual':
      return '½';
    case 'automated':
      return '1';
    case 'not_applicable':
      return 'N/A';
    default:
      return '–';
  }
}

const labelOf = (key: ScoreLevelKey): string =>
  SCORE_LEVELS.find((l) => l.key === key)?.label ?? key;

/** Labels for the key legend, from the rubric so the legend and the list say the same thing. */
export const LEVEL_LABELS = {
  none: labelOf('none'),
  manual: labelOf('manual'),
  automated: labelOf('automated'),
  notApplicable: labelOf('not_applicable'),
} as const;

/** Short names of the gaps for the gap strip (the full title is the page heading). */
export const GAP_SHORT_NAMES: Record<GapKey, string> = {
  pipeline: 'Pipeline',
  versioning: 'Versioning',
  fallback: 'Fallback',
  observability: 'Observability',
  governance: 'Governance',
};

// ---- Timer ---------------------------------------------------------------------------------
// Each gap has its own timebox of audit.timerMinutes. A gap's timer remembers the time already
// spent, so moving to another gap and back keeps it; changing the minutes changes the box, not
// the time spent.

export interface GapTimer {
  /** Time spent while paused, in ms. */
  spentMs: number;
  /** Date.now() when it was last started, null while paused. */
  runningSince: number | null;
}

export const IDLE_TIMER: GapTimer = { spentMs: 0, runningSince: null };

export function spentMs(t: GapTimer, now: number): number {
  return t.spentMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));
}

export function remainingMs(t: GapTimer, durationMs: number, now: number): number {
  return Math.max(0, durationMs - spentMs(t, now));
}

export const isRunning = (t: GapTimer): boolean => t.runningSince !== null;

export function pauseTimer(t: GapTimer, now: number): GapTimer {
  return t.runningSince === null ? t : { spentMs: spentMs(t, now), runningSince: null };
}

/** Start or pause; a timer already at zero stays stopped (reset it first). */
export function toggleTimer(t: GapTimer, durationMs: number, now: number): GapTimer {
  if (isRunning(t)) return pauseTimer(t, now);
  if (remainingMs(t, durationMs, now) <= 0) return t;
  return { spentMs: t.spentMs, runningSince: now };
}

/** A running timer that reached zero stops there. */
export function settleTimer(t: GapTimer, durationMs: number, now: number): GapTimer {
  if (!isRunning(t) || remainingMs(t, durationMs, now) > 0) return t;
  return { spentMs: Math.max(durationMs, t.spentMs), runningSince: null };
}

/** mm:ss, rounding up so "00:00" appears only when the time is really up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

// ---- Participants ----------------------------------------------------------------------------

export interface Participant {
  name: string;
  facilitator: boolean;
}

/** The facilitator first (marked), then the other participants, each name once. */
export function participantsOf(audit: Pick<Audit, 'facilitator' | 'participants'>): Participant[] {
  const people: Participant[] = [];
  const seen = new Set<string>();
  const add = (raw: string, facilitator: boolean) => {
    const name = raw.trim();
    const key = name.toLocaleLowerCase();
    if (name === '' || seen.has(key)) return;
    seen.add(key);
    people.push({ name, facilitator });
  };
  add(audit.facilitator, true);
  for (const p of audit.participants) add(p, false);
  return people;
}

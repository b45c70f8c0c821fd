import { LEVEL_LABELS } from './workshopView';

// The workshop's key map, in one place: the key handler, the on-screen legend and the "?" help
// overlay all read it, so what the room sees is what the keys do. No binding uses Ctrl, Cmd or
// Alt: those stay with the app's global actions (Mod+N, Mod+Shift+P) and the browser.

export type WorkshopCommand =
  | 'prevPractice'
  | 'nextPractice'
  | 'firstPractice'
  | 'lastPractice'
  | 'prevGap'
  | 'nextGap'
  | 'scoreNone'
  | 'scoreManual'
  | 'scoreAutomated'
  | 'notApplicable'
  | 'clear'
  | 'toggleAdvance'
  | 'editNote'
  | 'editMissing'
  | 'toggleTimer'
  | 'resetTimer'
  | 'moreMinutes'
  | 'fewerMinutes'
  | 'fullscreen'
  | 'help'
  | 'leave';

export interface KeyBinding {
  command: WorkshopCommand;
  /** KeyboardEvent.key values, compared case-insensitively. */
  keys: readonly string[];
  /** The keys as printed on key caps. */
  caps: readonly string[];
  /** What it does, for the help overlay. */
  description: string;
  /** A short label for the on-screen legend; bindings without one appear in help only. */
  legend?: string;
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    command: 'prevPractice',
    keys: ['ArrowUp'],
    caps: ['↑'],
    description: 'Previous practice',
  },
  {
    command: 'nextPractice',
    keys: ['ArrowDown'],
    caps: ['↓'],
    description: 'Next practice',
  },
  { command: 'firstPractice', keys: ['Home'], caps: ['Home'], description: 'First practice' },
  { command: 'lastPractice', keys: ['End'], caps: ['End'], description: 'Last practice' },
  {
    command: 'prevGap',
    keys: ['ArrowLeft', 'PageUp'],
    caps: ['←', 'PgUp'],
    description: 'Previous gap',
  },
  {
    command: 'nextGap',
    keys: ['ArrowRight', 'PageDown'],
    caps: ['→', 'PgDn'],
    description: 'Next gap',
  },
  {
    command: 'scoreNone',
    keys: ['0'],
    caps: ['0'],
    description: `Score 0: ${LEVEL_LABELS.none}`,
  },
  {
    command: 'scoreManual',
    keys: ['h'],
    caps: ['H'],
    description: `Score ½ (half): ${LEVEL_LABELS.manual}`,
  },
  {
    command: 'scoreAutomated',
    keys: ['1'],
    caps: ['1'],
    description: `Score 1: ${LEVEL_LABELS.automated}`,
  },
  {
    command: 'notApplicable',
    keys: ['n'],
    caps: ['N'],
    description: `${LEVEL_LABELS.notApplicable}: type the reason, Enter saves, Escape cancels`,
    legend: 'N/A',
  },
  {
    command: 'clear',
    keys: ['Backspace', 'Delete'],
    caps: ['⌫', 'Del'],
    description: 'Clear the score (back to not scored)',
    legend: 'clear',
  },
  {
    command: 'toggleAdvance',
    keys: ['a'],
    caps: ['A'],
    description: 'After scoring, move to the next practice (on) or stay (off)',
  },
  {
    command: 'editNote',
    keys: ['e'],
    caps: ['E'],
    description: 'Write the note of the practice: Ctrl+Enter or Escape saves',
    legend: 'note',
  },
  {
    command: 'editMissing',
    keys: ['m'],
    caps: ['M'],
    description: 'Write what is missing in this gap: Ctrl+Enter or Escape saves',
    legend: 'missing',
  },
  {
    command: 'toggleTimer',
    keys: ['t'],
    caps: ['T'],
    description: 'Start or pause the timer of this gap',
  },
  {
    command: 'resetTimer',
    keys: ['r'],
    caps: ['R'],
    description: 'Reset the timer of this gap',
  },
  {
    command: 'moreMinutes',
    keys: ['+', '='],
    caps: ['+'],
    description: 'One minute more per gap (saved with the audit)',
  },
  {
    command: 'fewerMinutes',
    keys: ['-', '_'],
    caps: ['−'],
    description: 'One minute less per gap (saved with the audit)',
  },
  {
    command: 'fullscreen',
    keys: ['f'],
    caps: ['F'],
    description: 'Full screen on or off',
  },
  {
    command: 'help',
    keys: ['?'],
    caps: ['?'],
    description: 'Show or hide these keys',
    legend: 'all keys',
  },
  {
    command: 'leave',
    keys: ['Escape'],
    caps: ['Esc'],
    description: 'Leave the workshop and return to the audit (everything is saved)',
  },
];

/**
 * The legend's groups: several bindings under one label where they belong together. The timer's
 * keys are printed on its buttons and Escape on the Leave button, so they are left out here.
 */
export const LEGEND: readonly { caps: readonly string[]; label: string }[] = [
  { caps: ['↑', '↓'], label: 'practice' },
  { caps: ['←', '→'], label: 'gap' },
  { caps: ['0', 'H', '1'], label: 'score' },
  ...KEY_BINDINGS.filter((b) => b.legend !== undefined).map((b) => ({
    caps: b.caps.slice(0, 1),
    label: b.legend ?? '',
  })),
];

const BY_KEY = new Map<string, WorkshopCommand>(
  KEY_BINDINGS.flatMap((b) => b.keys.map((k) => [k.toLowerCase(), b.command] as const)),
);

/** The command a key press means, or undefined (modifier chords never match). */
export function commandFor(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): WorkshopCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  return BY_KEY.get(e.key.toLowerCase());
}

/** Is the event's target a place where the user types (keys then belong to the field)? */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].includes(target.type);
  }
  return false;
}

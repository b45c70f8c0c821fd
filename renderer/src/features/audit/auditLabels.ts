import type { AuditStatus } from '../../../../shared/domain/audit';
import {
  formatPercent,
  fraction,
  gapByKey,
  scoreLevelFor,
  type Change,
  type Fraction,
  type GapKey,
  type Practice,
  type PracticeAnswer,
} from '../../../../shared/framework';

// Words the audit screens put on framework values. Numbers are formatted by the shared
// functions only, so the screen, the trend and the report print the same figures.

export const STATUS_LABELS: Record<AuditStatus, string> = { draft: 'Draft', final: 'Final' };

/** "37.5%", or an em dash when there is no score. */
export const percentOrDash = (f: Fraction | null): string => (f === null ? '—' : formatPercent(f));

/** Trend values are tenths of a percent (375 = 37.5%); formatted like every other score. */
export const formatTenths = (tenths: number | null): string =>
  tenths === null ? '—' : formatPercent(fraction(tenths, 1000));

export const gapTitle = (key: GapKey | null): string =>
  key === null ? '—' : (gapByKey(key)?.title ?? key);

/** How an answer reads in a table: the rubric's label (the practice's own if it has one) and its points. */
export function answerLabel(answer: PracticeAnswer | undefined, practice?: Practice): string {
  if (answer === undefined) return 'Not scored';
  const level = scoreLevelFor(answer, practice);
  return level.level === null ? level.label : `${level.label} (${level.level})`;
}

/** Each kind of change in words and a symbol, so it never rests on colour alone. */
export const CHANGE_LABELS: Record<Change, { label: string; symbol: string }> = {
  improved: { label: 'Improved', symbol: '▲' },
  regressed: { label: 'Regressed', symbol: '▼' },
  unchanged: { label: 'Unchanged', symbol: '=' },
  changed: { label: 'Changed', symbol: '↔' },
};

import type { HistoryEvent } from '../domain/history';
import { formatDay } from '../domain/formatDay';
import { formatPercent, fractionToPercentTenths, type Fraction } from '../framework/fraction';
import type { Band } from '../framework/bands';
import { FRAMEWORK_VERSION } from '../framework/frameworkVersion';
import {
  REPORT_SCHEMA_VERSION,
  type HistoryAnchor,
  type PreviousReport,
  type ReportChange,
  type ReportMeta,
  type ScoreFigure,
} from './reportParts';

// Small pure helpers both report builders use: figures, the meta block, "what changed".

export const figure = (f: Fraction): ScoreFigure => ({
  tenths: fractionToPercentTenths(f),
  text: formatPercent(f),
});

export const figureOrNull = (f: Fraction | null): ScoreFigure | null =>
  f === null ? null : figure(f);

/** Tenths of a point as text: 125 -> "12.5", 120 -> "12". */
export function pointsText(tenths: number): string {
  const abs = Math.abs(tenths);
  return abs % 10 === 0 ? `${abs / 10}` : `${Math.floor(abs / 10)}.${abs % 10}`;
}

/** Tenths of a percent as text: 375 -> "37.5%". */
export const percentText = (tenths: number): string => `${pointsText(tenths)}%`;

/** The one line a record and the Reports page show for a score. */
export function headlineLine(
  band: Band | null,
  headline: ScoreFigure | null,
  mean: ScoreFigure | null,
): string {
  if (band === null || headline === null) return 'No final audit yet';
  return `${band.label} · ${headline.text}${mean ? ` (mean ${mean.text})` : ''}`;
}

/** What every report shares: title, when, by whom, versions, anchor, previous report. */
export interface MetaInput {
  generatedAt: string;
  /** The local calendar date of generatedAt (YYYY-MM-DD). */
  today: string;
  actor: string;
  appVersion: string;
  anchor: HistoryAnchor;
  previous: PreviousReport | null;
  locale?: string | undefined;
}

export function buildMeta(title: string, input: MetaInput): ReportMeta {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    title,
    generatedAt: input.generatedAt,
    generatedOn: input.today,
    generatedBy: input.actor,
    appVersion: input.appVersion,
    frameworkVersion: FRAMEWORK_VERSION,
    historyAnchor: input.anchor,
    previousReport: input.previous,
    contentHash: '',
  };
}

export interface ChangesInput {
  /** Newest first, at most CHANGES_LISTED. */
  events: readonly HistoryEvent[];
  total: number;
}

export function buildChanges(
  changes: ChangesInput,
  previous: PreviousReport | null,
  locale?: string,
) {
  const since = previous
    ? changes.total === 0
      ? `No change recorded since the previous report (${formatDay(previous.exportedOn, locale)}).`
      : `${changes.total} ${changes.total === 1 ? 'change' : 'changes'} since the previous report (${formatDay(previous.exportedOn, locale)}).`
    : changes.total === 0
      ? 'No earlier report, and no change recorded yet.'
      : 'No earlier report: the latest recorded changes.';
  const events: ReportChange[] = changes.events.map((e) => ({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    entity: e.entity,
    action: e.action,
    summary: e.summary,
  }));
  return { since, events, total: changes.total };
}

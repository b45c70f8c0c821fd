import { stringify } from 'csv-stringify/sync';
import type { PortfolioReport } from '../../../../shared/reports';
import { percentText } from '../../../../shared/reports';

/**
 * The portfolio table as CSV (csv-stringify quotes commas, quotes and line breaks). A cell a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with an apostrophe, the usual neutraliser: the text stays readable and inert.
 */
export function renderCsv(model: PortfolioReport): string {
  const header = [
    'Project',
    'Owner',
    'Stage',
    'Kind',
    'Band',
    'Headline',
    'Mean',
    'Weakest gap',
    'Audited on',
    'Weeks since PoC approval',
    'Verdict',
    // All plan tasks and the closed ones as two numbers ("3/15" would open as a date), and the
    // percent a spreadsheet can sort.
    'Plan tasks',
    'Plan tasks closed',
    'Plan progress %',
    'Plan tasks overdue',
    'Checkpoint stages cleared',
    ...model.gaps.map((g) => g.title),
    'Flags',
    // The portfolio's org decision, the same on every row, so the file stays one table.
    'Org model in force',
    'Org model fit',
  ];
  const org = orgCells(model.org);
  const rows = model.rows.map((r) => [
    r.name,
    r.owner,
    r.stageLabel,
    r.kindLabel,
    r.band?.label ?? 'Not audited',
    r.headline?.text ?? '',
    r.mean?.text ?? '',
    r.weakestGap?.title ?? '',
    r.auditedOn ?? '',
    r.weeksSincePoc === null ? '' : String(r.weeksSincePoc),
    r.verdict?.label ?? '',
    r.planProgress ? String(r.planProgress.total) : '',
    r.planProgress ? String(r.planProgress.closed) : '',
    r.planProgress?.percent == null ? '' : String(r.planProgress.percent),
    r.planProgress ? String(r.planProgress.overdue) : '',
    r.checkpoints ? String(r.checkpoints.cleared) : '',
    ...model.gaps.map((g) => {
      const v = r.gaps[g.key];
      return v === null ? '' : percentText(v);
    }),
    r.flags.map((f) => f.label).join('; '),
    ...org,
  ]);
  return stringify(
    [header, ...rows].map((row) => row.map(neutralise)),
    {
      record_delimiter: 'windows',
      bom: true,
    },
  );
}

/** The org model in force and how the portfolio fits it (empty cells while none is decided). */
function orgCells(org: PortfolioReport['org']): [string, string] {
  if (org.status === 'pending' || !org.decision) return ['', ''];
  return [org.decision.name, org.fit?.text ?? ''];
}

const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number ("-3" weeks) is data, not a formula: it keeps its sign.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?%?$/;

/** Prefixes an apostrophe to a cell a spreadsheet would evaluate as a formula. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

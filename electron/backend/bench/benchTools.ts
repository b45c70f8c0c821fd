import { statSync } from 'node:fs';

/** Milliseconds since `start` (performance.now()). */
export const since = (start: number): number => performance.now() - start;

/** The median of a list of timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * Runs `fn` up to `runs` times (at least once, fewer when the budget in ms runs out) and gives
 * the median: one slow run on a shared machine does not make the figure.
 */
export async function medianOf(
  fn: () => unknown,
  { runs = 5, budgetMs = 20_000 }: { runs?: number; budgetMs?: number } = {},
): Promise<number> {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < runs && (times.length === 0 || since(start) < budgetMs)) {
    const t = performance.now();
    await fn();
    times.push(since(t));
  }
  return median(times);
}

/** "482 ms", "1.9 s": what a person reads in a table. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export const fileMb = (path: string): string => `${Math.round(statSync(path).size / 1e6)} MB`;

/** A Markdown table: the first row is the header. */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: readonly string[]) =>
    `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  if (!head) return '';
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

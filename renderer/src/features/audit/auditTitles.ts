/**
 * The default title of a new audit: "Gap audit <date>", numbered when the project already has
 * an audit of that title (two audits on one day must stay tellable apart in the compare
 * selects and the trend table).
 */
export function defaultAuditTitle(existingTitles: readonly string[], date: string): string {
  const base = `Gap audit ${date}`;
  const taken = new Set(existingTitles);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

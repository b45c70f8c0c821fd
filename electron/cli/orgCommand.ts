import { formatDay } from '../../shared/domain/formatDay';
import { orgOverview, type OrgOverview } from '../../shared/domain/orgOverview';
import { PROJECT_STAGE_LABELS } from '../../shared/domain/project';
import { orgModelByKey } from '../../shared/framework/orgModels';
import { describeFigures } from '../../shared/domain/org';
import type { CliDeps } from './runCli';

export const ORG_USAGE = `  org show [--json]            the org model in force, today's recommendation, ownership gaps per project`;

/** `crossing org show [--json]`: the org model at a glance, as the Org model page shows it. */
export async function runOrg(
  command: string | undefined,
  rest: string[],
  d: CliDeps,
): Promise<number> {
  if (command !== 'show') {
    d.err(`Usage: crossing <command>\n${ORG_USAGE}`);
    return 2;
  }
  const { values } = d.parseArgs({
    args: rest,
    options: { json: { type: 'boolean' } },
    strict: true,
  });
  const [org, projects, ownerships] = await Promise.all([
    d.call(d.dispatch, 'org.get', {}),
    d.call(d.dispatch, 'projects.list', {}),
    d.call(d.dispatch, 'ownership.list', {}),
  ]);
  if (!org.ok || !projects.ok || !ownerships.ok) {
    const failed = [org, projects, ownerships].find((r) => !r.ok);
    d.err(failed && !failed.ok ? failed.error.message : 'The workspace could not be read.');
    return 1;
  }
  const overview = orgOverview(org.data, projects.data, ownerships.data);
  if (values.json) d.out(JSON.stringify(overview, null, 2));
  else printOverview(overview, d.out);
  return 0;
}

function printOverview(o: OrgOverview, out: (line: string) => void): void {
  if (o.decision) {
    const by = o.decision.decidedBy ? ` by ${o.decision.decidedBy}` : '';
    out(
      `Org model in force: ${orgModelByKey(o.decision.model).name}, decided ${formatDay(o.decision.decidedOn)}${by}`,
    );
    out(`  Why: ${o.decision.rationale.replace(/\s+/g, ' ').trim()}`);
    if (o.earlierDecisions > 0)
      out(
        `  ${o.earlierDecisions === 1 ? '1 earlier decision' : `${o.earlierDecisions} earlier decisions`} in the log.`,
      );
    if (o.range)
      out(`  ${o.range.status === 'out_of_range' ? 'OUT OF RANGE: ' : ''}${o.range.reason}`);
  } else {
    out('Org model in force: none recorded yet.');
  }
  out('');
  out(`Today's figures: ${describeFigures(o.figures).join(' · ')}`);
  const r = o.recommendation;
  out(`Recommendation: ${r.headline}`);
  for (const reason of r.reasons) out(`  - ${reason}`);
  for (const caution of r.cautions) out(`  Watch: ${caution}`);
  out(`MLOps: ${r.mlops.text}`);
  out(`  ${r.mlops.baseline}`);
  out('');
  out(o.projects.length === 0 ? 'Ownership gaps: no active projects.' : 'Ownership gaps:');
  for (const p of o.projects) {
    const recorded = p.recorded ? '' : ', nothing recorded';
    out(
      `  ${p.name} (${PROJECT_STAGE_LABELS[p.stage]}${recorded})${p.gaps.length === 0 ? ': none' : ''}`,
    );
    for (const g of p.gaps)
      out(`    ${g.severity === 'danger' ? '!' : '-'} ${g.label}: ${g.reason}`);
  }
}

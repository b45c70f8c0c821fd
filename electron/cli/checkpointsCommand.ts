import { localToday } from '../../shared/domain/calendar';
import {
  checkpointOverview,
  type CheckpointOverview,
} from '../../shared/domain/checkpointOverview';
import { scoreOfSummary } from '../../shared/domain/portfolio';
import { RUN_STATUS_LABELS, STAGE_STATE_LABELS, stageDef } from '../../shared/framework';
import { findProject } from './reportCommand';
import type { CliDeps } from './runCli';

export const CHECKPOINTS_USAGE = `  checkpoints show --project <name or id> [--json]
                               each stage's status, criteria, evidence, sign-off and waiver; the 1.0 verdict`;

/** `crossing checkpoints show --project <name or id> [--json]`, as the checkpoints page shows it. */
export async function runCheckpoints(
  command: string | undefined,
  rest: string[],
  d: CliDeps,
  now: () => Date = () => new Date(),
): Promise<number> {
  if (command !== 'show') {
    d.err(`Usage: crossing <command>\n${CHECKPOINTS_USAGE}`);
    return 2;
  }
  const { values } = d.parseArgs({
    args: rest,
    options: { project: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  if (values.project === undefined) {
    d.err('checkpoints show needs --project <name or id>.');
    return 2;
  }
  const project = await findProject(values.project, d);
  if (!project) {
    d.err(`Unknown project “${values.project}”: see crossing projects list.`);
    return 1;
  }
  const [checkpoints, portfolio] = await Promise.all([
    d.call(d.dispatch, 'checkpoints.get', { projectId: project.id }),
    d.call(d.dispatch, 'portfolio.summary', {}),
  ]);
  if (!checkpoints.ok || !portfolio.ok) {
    const failed = [checkpoints, portfolio].find((r) => !r.ok);
    d.err(failed && !failed.ok ? failed.error.message : 'The workspace could not be read.');
    return 1;
  }
  const readiness = portfolio.data.find((e) => e.projectId === project.id)?.readiness ?? null;
  const overview = checkpointOverview(
    checkpoints.data,
    readiness ? scoreOfSummary(readiness) : null,
    localToday(now()),
  );
  if (values.json)
    d.out(
      JSON.stringify({ project: { id: project.id, name: project.name }, ...overview }, null, 2),
    );
  else print(project.name, overview, d.out);
  return 0;
}

function print(name: string, o: CheckpointOverview, out: (line: string) => void): void {
  out(`${name}: ${o.verdict.label}`);
  out(`  ${o.verdict.explanation}`);
  for (const b of o.verdict.blockers) out(`  - ${b.text}`);
  out('');
  for (const s of o.stages) {
    const attempt = s.latest ? `, attempt ${s.latest.attempt}` : '';
    out(`${s.name}: ${STAGE_STATE_LABELS[s.state]}${attempt} (owner ${s.owner})`);
    if (s.latest) {
      const r = s.latest;
      const actual = s.durations?.actual;
      out(
        `  Planned ${r.plannedStart} to ${r.plannedEnd} (${s.durations?.planned ?? 0} days)` +
          (r.actualStart ? `; actual ${r.actualStart} to ${r.actualEnd ?? 'now'}` : '') +
          (actual != null ? ` (${actual} days)` : ''),
      );
      for (const a of s.artifacts)
        out(
          `  [${a.present ? 'x' : ' '}] ${a.label}${a.note ? `: ${a.note.replace(/\s+/g, ' ').trim()}` : ''}${a.link ? ` <${a.link}>` : ''}`,
        );
      for (const c of s.criteria)
        out(`  ${c.outcome === 'pass' ? '✓' : c.outcome === 'fail' ? '✗' : '·'} ${c.text}`);
      if (r.signOff)
        out(
          `  Signed off ${RUN_STATUS_LABELS[r.status].toLowerCase()} by ${r.signOff.reviewer} on ${r.signOff.on}${r.signOff.comment ? `: ${r.signOff.comment.replace(/\s+/g, ' ').trim()}` : ''}`,
        );
      if (r.waiver)
        out(
          `  Waiver by ${r.waiver.approver} on ${r.waiver.on}, ${s.state === 'waiver_expired' ? 'EXPIRED after' : 'valid through'} ${r.waiver.expiresOn}: ${r.waiver.reason.replace(/\s+/g, ' ').trim()}`,
        );
      for (const e of s.earlier)
        out(
          `  Earlier: attempt ${e.attempt}, ${RUN_STATUS_LABELS[e.status].toLowerCase()}${e.signOff ? ` (${e.signOff.reviewer}, ${e.signOff.on})` : ''}`,
        );
    }
  }
  out('');
  if (o.expiringWaivers.length > 0)
    out(
      `Waivers expiring within 14 days: ${o.expiringWaivers.map((w) => `${stageDef(w.stage).name} on ${w.expiresOn}`).join(', ')}`,
    );
  const f = o.forecast;
  out(
    f.parallel === null
      ? `Forecast: ${f.explanation}`
      : `Forecast: checkpoints cleared by ${f.parallel} run in parallel, ${f.sequential ?? ''} one after the other.`,
  );
  if (f.parallel !== null) out(`  ${f.explanation}`);
}

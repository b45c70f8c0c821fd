import { join } from 'node:path';
import type { parseArgs as ParseArgs } from 'node:util';
import type { BackupInfo, BackupKind } from '../../shared/domain/backups';
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from '../../shared/domain/project';
import type { Result } from '../../shared/api/result';
import type { SampleSummary } from '../../shared/domain/sample';
import type { call as Call, Dispatch } from '../backend/dispatch/dispatch';
import type { WorkspaceReports } from '../backend/workspace/openWorkspace';
import { REPORT_USAGE, runReport, runReportsList } from './reportCommand';
import { ORG_USAGE, runOrg } from './orgCommand';
import { PLAN_USAGE, runPlan, runReleases } from './planCommand';
import { CHECKPOINTS_USAGE, runCheckpoints } from './checkpointsCommand';

export interface CliDeps {
  dispatch: Dispatch;
  call: typeof Call;
  parseArgs: typeof ParseArgs;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Report exports to a file (not a channel: only local hosts write to paths). */
  reports: WorkspaceReports;
  /** The clock "today" is judged by (waiver expiry); tests pass the workspace's fixed one. */
  now?: () => Date;
}

const USAGE = `Usage: crossing <command>
  info                         where the data file is, versions, workspace state
  projects list [--json]       every project (archived ones marked)
  projects add --name N --kind K --stage S [--owner O] [--team T]
  history verify               check the change history's seals
  backups list [--json]        the backups (newest first) and any quarantined files
  backups create               back up the data file now
  backups restore NAME         replace the data with a backup (the current data is backed up first)
  sample create [--projects N] [--json]
                               fill an empty workspace with sample data (N: generate up to N projects)
${REPORT_USAGE}
${ORG_USAGE}
${PLAN_USAGE}
${CHECKPOINTS_USAGE}`;

const KIND_WORDS: Record<BackupKind, string> = {
  auto: 'automatic',
  manual: 'manual',
  'before-migration': 'before upgrade',
  'before-restore': 'before restore',
};
const describeBackup = (b: BackupInfo) =>
  `${b.name} · ${KIND_WORDS[b.kind]} · ${Math.max(1, Math.round(b.sizeBytes / 1024))} KB`;

export async function runCli(argv: string[], d: CliDeps): Promise<number> {
  try {
    return await runCommand(argv, d);
  } catch (e) {
    // node:util parseArgs throws on an unknown option or a missing value: a usage error.
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      d.err((e as Error).message);
      d.err(USAGE);
      return 2;
    }
    throw e;
  }
}

async function runCommand(argv: string[], d: CliDeps): Promise<number> {
  const [group, command, ...rest] = argv;
  const report = <T>(r: Result<T>, show: (data: T) => void): number => {
    if (r.ok) {
      show(r.data);
      return 0;
    }
    d.err(`${r.error.message}`);
    for (const i of r.error.issues ?? []) d.err(`  ${i.path || 'input'}: ${i.message}`);
    return 1;
  };
  if (group === 'info') {
    return report(await d.call(d.dispatch, 'app.info', {}), (i) => {
      d.out(`Data file: ${i.dataFile}`);
      d.out(`Crossing ${i.appVersion}, framework ${i.frameworkVersion}, schema ${i.schemaVersion}`);
      d.out(`Workspace: ${i.workspace.state === 'ready' ? 'ready' : i.workspace.message}`);
    });
  }
  if (group === 'projects' && command === 'list') {
    const { values } = d.parseArgs({
      args: rest,
      options: { json: { type: 'boolean' } },
      strict: true,
    });
    return report(await d.call(d.dispatch, 'projects.list', {}), (list) => {
      if (values.json) return d.out(JSON.stringify(list, null, 2));
      if (list.length === 0) return d.out('No projects yet.');
      for (const p of list) {
        const archived = p.archivedAt ? ' (archived)' : '';
        d.out(
          `${p.name}${archived} · ${PROJECT_KIND_LABELS[p.kind]} · ${PROJECT_STAGE_LABELS[p.stage]} · ${p.owner || 'no owner'}`,
        );
      }
    });
  }
  if (group === 'projects' && command === 'add') {
    const { values } = d.parseArgs({
      args: rest,
      options: {
        name: { type: 'string' },
        kind: { type: 'string' },
        stage: { type: 'string' },
        owner: { type: 'string' },
        team: { type: 'string' },
      },
      strict: true,
    });
    // Passed through unparsed on purpose: the channel's schema is the one judge of input.
    const input = { ...values } as Parameters<Dispatch>[1];
    const r = (await d.dispatch('projects.create', input)) as Result<{ name: string; id: string }>;
    return report(r, (p) => d.out(`Created “${p.name}” (${p.id})`));
  }
  if (group === 'history' && command === 'verify') {
    const r = await d.call(d.dispatch, 'history.verify', {});
    const code = report(r, (v) => (v.ok ? d.out(v.message) : d.err(v.message)));
    return r.ok && !r.data.ok ? 1 : code;
  }
  if (group === 'backups') return runBackups(command, rest, d, report);
  if (group === 'report') return runReport(argv.slice(1), d);
  if (group === 'reports' && command === 'list') return runReportsList(rest, d);
  if (group === 'org') return runOrg(command, rest, d);
  if (group === 'plan') return runPlan(command, rest, d);
  if (group === 'releases') return runReleases(command, rest, d);
  if (group === 'checkpoints') return runCheckpoints(command, rest, d, d.now);
  if (group === 'sample' && command === 'create') {
    const { values } = d.parseArgs({
      args: rest,
      options: { projects: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    });
    // A count that is not a whole number goes to the schema as it is, so its message is the one.
    const projects = values.projects === undefined ? undefined : Number(values.projects);
    const input =
      projects === undefined
        ? {}
        : { projects: Number.isNaN(projects) ? values.projects : projects };
    const r = (await d.dispatch('sample.create', input)) as Result<SampleSummary>;
    return report(r, (s) =>
      values.json
        ? d.out(JSON.stringify(s, null, 2))
        : d.out(`Created the sample workspace: ${s.projects} projects and ${s.audits} audits.`),
    );
  }
  d.err(USAGE);
  return 2;
}

type Report = <T>(r: Result<T>, show: (data: T) => void) => number;

async function runBackups(
  command: string | undefined,
  rest: string[],
  d: CliDeps,
  report: Report,
): Promise<number> {
  if (command === 'list') {
    const { values } = d.parseArgs({
      args: rest,
      options: { json: { type: 'boolean' } },
      strict: true,
    });
    return report(await d.call(d.dispatch, 'backups.list', {}), (o) => {
      if (values.json) return d.out(JSON.stringify(o, null, 2));
      d.out(o.backups.length === 0 ? `No backups yet in ${o.backupDir}.` : `In ${o.backupDir}:`);
      for (const b of o.backups) d.out(`  ${describeBackup(b)}`);
      for (const q of o.quarantine)
        d.out(
          `Quarantined on ${q.movedAt}: ${q.files.join(', ')} (${join(o.quarantineDir, q.name)})`,
        );
      d.out(o.retention);
    });
  }
  if (command === 'create') {
    d.parseArgs({ args: rest, options: {}, strict: true });
    return report(await d.call(d.dispatch, 'backups.create', {}), (b) =>
      d.out(`Backed up: ${describeBackup(b)}`),
    );
  }
  if (command === 'restore') {
    const { positionals } = d.parseArgs({
      args: rest,
      options: {},
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) {
      d.err('backups restore takes the name of one backup (see crossing backups list).');
      d.err(USAGE);
      return 2;
    }
    const name = positionals[0] ?? '';
    return report(await d.call(d.dispatch, 'backups.restore', { name }), (r) => {
      d.out(`Restored ${r.restored.name}.`);
      d.out(
        r.safetyCopy
          ? `The data from before is kept as ${r.safetyCopy.name}: restore that one to undo.`
          : 'There was no previous data to keep.',
      );
    });
  }
  d.err(USAGE);
  return 2;
}

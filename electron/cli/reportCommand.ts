import { resolve } from 'node:path';
import type { Project } from '../../shared/domain/project';
import { formatInstant } from '../../shared/domain/formatDay';
import {
  exportRequestSchema,
  FORMAT_LABELS,
  REPORT_FORMATS,
  type ReportExport,
  type ReportRequest,
} from '../../shared/reports';
import type { CliDeps } from './runCli';

// `crossing report --project <name or id> | --portfolio --format F --out FILE` and
// `crossing reports list [--json]`. Exit 0 written, 1 refused (one line on stderr, no file
// left behind), 2 usage.

export const REPORT_USAGE = `  report --project <name or id> --format pdf|md|json --out FILE
  report --portfolio --format pdf|md|csv|json --out FILE
                               write a readiness report (the file appears whole or not at all)
  reports list [--json]        every report exported, newest first`;

export async function runReport(rest: string[], d: CliDeps): Promise<number> {
  const { values } = d.parseArgs({
    args: rest,
    options: {
      project: { type: 'string' },
      portfolio: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  if (
    (values.project === undefined) === (values.portfolio !== true) ||
    !values.out ||
    !values.format
  ) {
    d.err('report needs --project <name or id> or --portfolio, with --format and --out.');
    return 2;
  }
  const format = values.format.toLowerCase();
  const allowed = values.portfolio ? REPORT_FORMATS : REPORT_FORMATS.filter((f) => f !== 'csv');
  if (!(allowed as readonly string[]).includes(format)) {
    d.err(
      `Unknown format “${values.format}”: a ${values.portfolio ? 'portfolio' : 'project'} report is ${allowed.join(', ')}.`,
    );
    return 1;
  }
  let report: ReportRequest = { scope: 'portfolio' };
  if (values.project !== undefined) {
    const project = await findProject(values.project, d);
    if (!project) {
      d.err(`Unknown project “${values.project}”: see crossing projects list.`);
      return 1;
    }
    report = { scope: 'project', projectId: project.id };
  }
  const request = exportRequestSchema.safeParse({ report, format });
  if (!request.success) {
    d.err(request.error.issues[0]?.message ?? 'That report cannot be made.');
    return 1;
  }
  const path = resolve(values.out);
  const r = await d.reports.exportToFile(request.data, path);
  if (!r.ok) {
    d.err(r.error.message);
    return 1;
  }
  const record = r.data.record;
  d.out(
    `Wrote ${r.data.savedTo ?? path} (${FORMAT_LABELS[request.data.format]}, ${sizeText(record?.bytes ?? 0)}): ${record?.headline ?? ''}`,
  );
  return 0;
}

export async function runReportsList(rest: string[], d: CliDeps): Promise<number> {
  const { values } = d.parseArgs({
    args: rest,
    options: { json: { type: 'boolean' } },
    strict: true,
  });
  const r = await d.call(d.dispatch, 'reports.list', {});
  if (!r.ok) {
    d.err(r.error.message);
    return 1;
  }
  if (values.json) {
    d.out(JSON.stringify(r.data, null, 2));
    return 0;
  }
  if (r.data.length === 0) d.out('No report exported yet.');
  for (const e of r.data) d.out(describeExport(e));
  return 0;
}

const describeExport = (e: ReportExport): string =>
  `${formatInstant(e.exportedAt)} · ${FORMAT_LABELS[e.format]} · ${e.scope === 'portfolio' ? 'Portfolio' : e.title} · ${e.headline} · ${e.fileName} · sha256 ${e.contentHash.slice(0, 12)}`;

const sizeText = (bytes: number): string =>
  bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`;

/** A project by id, or by its name (an active one first, case-insensitive). */
export async function findProject(nameOrId: string, d: CliDeps): Promise<Project | undefined> {
  const r = await d.call(d.dispatch, 'projects.list', {});
  if (!r.ok) return undefined;
  const wanted = nameOrId.trim().toLowerCase();
  const matches = r.data.filter((p) => p.id === nameOrId.trim() || p.name.toLowerCase() === wanted);
  return matches.find((p) => p.archivedAt === null) ?? matches[0];
}

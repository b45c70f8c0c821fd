import { randomUUID } from 'node:crypto';
import { addDays } from '../../../shared/domain/calendar';
import { scoreOfAudit } from '../../../shared/domain/auditRules';
import { formatPercent, fractionToPercentTenths } from '../../../shared/framework';
import { ReportExportsRepository } from '../repositories/reportExportsRepository';
import type { SampleExtension } from './sampleExtensions';

// The sample's report history: the fraud project's readiness report was exported as a PDF
// after its second audit, so its report opens with a trend ("up N points since the previous
// report"), lists the latest audit under "what changed", and the Reports page is not empty. Recorded like a real export, with its event.

export const sampleReports: SampleExtension = {
  name: 'reports',
  apply: ({ ctx, today, records }) => {
    const fraud = records.find((r) => r.spec.key === 'fraud');
    const finals = fraud?.audits.filter((a) => a.status === 'final') ?? [];
    const earlier = finals.at(-2);
    if (!fraud || !earlier) return;
    const score = scoreOfAudit(earlier);
    if (score.headline === null || score.band === null) return;
    const exportedOn = addDays(today, -14);
    const at = `${exportedOn}T16:00:00.000Z`;
    // The report spoke for the history up to the latest audit, which came after it.
    const repo = new ReportExportsRepository(ctx.db);
    const latest = finals.at(-1);
    const anchor = latest ? repo.headBefore(latest.id) : undefined;
    if (!anchor) return;
    const entry = {
      id: randomUUID(),
      exportedAt: at,
      actor: fraud.project.owner || ctx.actor,
      scope: 'project' as const,
      projectId: fraud.project.id,
      title: fraud.project.name,
      format: 'pdf' as const,
      fileName: `${fraud.project.name} – readiness ${exportedOn}.pdf`,
      bytes: 41_250,
      // A sample export has no file behind it: its hash is that of an empty input, said plainly.
      contentHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      headline: `${score.band.label} · ${formatPercent(score.headline)}${score.mean ? ` (mean ${formatPercent(score.mean)})` : ''}`,
      headlineTenths: fractionToPercentTenths(score.headline),
      historySeq: anchor.seq,
      historyHash: anchor.hash,
    };
    repo.insert(entry);
    ctx.history.append({
      at: ctx.now().toISOString(),
      actor: ctx.actor,
      entity: 'report',
      entityId: entry.id,
      projectId: entry.projectId,
      action: 'export',
      summary: `Exported the report of “${entry.title}” as PDF (sample data)`,
      before: null,
      after: entry,
    });
  },
};

import { formatDay, formatInstant } from '../../../../shared/domain/formatDay';
import type {
  CheckpointsSection,
  PlanProgressSection,
  PlanTaskRow,
  PlanTasksSection,
  PortfolioOrgSection,
  PortfolioReport,
  ProjectOrgSection,
  ProjectReport,
  ReportMeta,
  ReleasesSection,
  ReportModel,
  VerdictSection,
} from '../../../../shared/reports';
import { percentText } from '../../../../shared/reports';
import { mdCell, mdTable, mdText } from './markdownText';

// The Markdown format, to paste into documents: the same sections, in the same order, as the
// PDF and the preview, printed from the same model.

export function renderMarkdown(model: ReportModel): string {
  const body = model.kind === 'project' ? projectMd(model) : portfolioMd(model);
  return `${[...body, '---', ...footer(model.meta)].join('\n\n')}\n`;
}

function header(kind: string, meta: ReportMeta): string[] {
  return [
    `# ${kind}: ${mdText(meta.title)}`,
    `Generated ${formatDay(meta.generatedOn)} by ${mdText(meta.generatedBy)} with Crossing ${meta.appVersion} (framework ${meta.frameworkVersion}).`,
  ];
}

function footer(meta: ReportMeta): string[] {
  const a = meta.historyAnchor;
  return [
    `History anchor: change #${a.seq}, sha256 \`${a.hash}\`. ${mdText(a.note)}`,
    `Content hash (sha256 of the report's data): \`${meta.contentHash}\``,
  ];
}

function projectMd(m: ProjectReport): string[] {
  const s = m.summary;
  const r = s.readiness;
  const p = m.project;
  const out = [...header('Readiness report', m.meta), '## Summary'];
  out.push(
    mdTable(
      ['', ''],
      [
        [
          'Verdict',
          s.verdict.status === 'pending'
            ? mdCell(s.verdict.message)
            : `**${mdCell(s.verdict.label)}**: ${mdCell(s.verdict.summaryText)}`,
        ],
        [
          'Headline',
          r.status === 'ready'
            ? `**${mdCell(r.band.label)} · ${r.headline.text}**${r.mean ? ` (mean ${r.mean.text})` : ''}`
            : mdCell(r.message),
        ],
        ['Trend', mdCell(s.trend.text)],
        ['Time since PoC approval', mdCell(s.timing.text)],
        [
          'Latest release lead time',
          mdCell(
            s.releaseLeadTime.status === 'pending'
              ? s.releaseLeadTime.message
              : s.releaseLeadTime.text,
          ),
        ],
        ['Owner', mdCell(p.owner || 'No owner recorded')],
        ['Team', mdCell(p.team || '—')],
        ['Stage · kind', mdCell(`${p.stageLabel} · ${p.kindLabel}`)],
      ],
    ),
  );
  if (r.status === 'ready') {
    out.push(
      `How it is computed: ${mdText(r.headlineExplanation)} The mean: ${mdText(r.meanExplanation)} From the final audit “${mdText(r.audit.title)}” of ${formatDay(r.audit.takenOn)}.`,
      `${mdText(r.band.label)}: ${mdText(r.band.meaning)}`,
    );
  }
  for (const f of s.flags) out.push(`**${mdText(f.label)}**: ${mdText(f.reason)}`);
  out.push('### Biggest risks');
  out.push(
    s.risks.length === 0
      ? 'No open gap in the latest final audit.'
      : s.risks
          .map(
            (k, i) =>
              `${i + 1}. **${mdText(k.gap.title)}** (${k.score.text}): ${mdText(k.missing || 'nothing written down')}. Owner: ${mdText(k.owner)} (${mdText(k.ownerNote)})`,
          )
          .join('\n'),
  );
  out.push('## The five gaps');
  for (const g of m.gaps) {
    out.push(`### ${mdText(g.gap.title)}: ${g.score?.text ?? 'no score'}`);
    out.push(mdText(g.explanation));
    if (g.missing) out.push(`What is missing: ${mdText(g.missing)}`);
    out.push(
      mdTable(
        ['Practice', 'Answer', 'Note'],
        g.practices.map((x) => [mdCell(x.title), mdCell(x.answer), mdCell(x.note || '—')]),
      ),
    );
    out.push(...gapPlanTasksMd(g.planTasks));
  }
  out.push('## Readiness over time');
  out.push(
    m.trend.length === 0
      ? 'No final audit yet.'
      : mdTable(
          ['Audit', 'Date', 'Headline', 'Mean'],
          m.trend.map((t) => [
            mdCell(t.title),
            formatDay(t.takenOn),
            t.headline === null ? '—' : percentText(t.headline),
            t.mean === null ? '—' : percentText(t.mean),
          ]),
        ),
  );
  out.push('## Plan progress', ...planProgressMd(m.planProgress));
  out.push('## Governance checkpoints', ...checkpointsMd(m.checkpoints, s.verdict));
  out.push('## Org model and ownership', ...projectOrgMd(m.org));
  out.push('## Releases and lead times', ...releasesMd(m.releases));
  out.push('## What changed', mdText(m.changes.since));
  if (m.changes.events.length > 0) {
    out.push(
      m.changes.events
        .map((e) => `- ${formatInstant(e.at)} · ${mdText(e.actor)} · ${mdText(e.summary)}`)
        .join('\n'),
    );
  }
  if (m.changes.total > m.changes.events.length) {
    out.push(`…and ${m.changes.total - m.changes.events.length} earlier changes.`);
  }
  return out;
}

function portfolioMd(m: PortfolioReport): string[] {
  const out = [...header('Portfolio report', m.meta)];
  out.push('## Why readiness matters');
  out.push(
    m.context.map((c) => `- **${c.figure}** ${mdText(c.text)} (${mdText(c.source)})`).join('\n'),
  );
  out.push('## Summary', mdText(m.summary.text));
  if (m.summary.archivedLeftOut > 0) {
    const n = m.summary.archivedLeftOut;
    out.push(n === 1 ? '1 archived project is left out.' : `${n} archived projects are left out.`);
  }
  out.push('## Projects');
  out.push(
    mdTable(
      [
        'Project',
        'Verdict',
        'Band',
        'Headline',
        'Weakest gap',
        'Stage',
        'Weeks since PoC',
        'Plan progress',
        'Checkpoints cleared',
        'Flags',
      ],
      m.rows.map((r) => [
        mdCell(r.name),
        mdCell(r.verdict?.label ?? '—'),
        mdCell(r.band?.label ?? 'Not audited'),
        r.headline ? `${r.headline.text}${r.mean ? ` (mean ${r.mean.text})` : ''}` : '—',
        mdCell(r.weakestGap?.title ?? '—'),
        mdCell(r.stageLabel),
        r.weeksSincePoc === null ? '—' : String(r.weeksSincePoc),
        mdCell(r.planProgress?.text ?? 'No plan'),
        r.checkpoints ? `${r.checkpoints.cleared} of ${r.checkpoints.total}` : '—',
        mdCell(r.flags.map((f) => f.label).join('; ') || '—'),
      ]),
    ),
  );
  for (const c of m.pendingColumns) out.push(`_${mdText(c.message)}_`);
  out.push('## Heatmap: project × gap');
  out.push(
    mdTable(
      ['Project', ...m.gaps.map((g) => mdCell(g.title))],
      m.rows.map((r) => [
        mdCell(r.name),
        ...m.gaps.map((g) => {
          const v = r.gaps[g.key];
          return v === null ? '—' : percentText(v);
        }),
      ]),
    ),
  );
  out.push('## Org model', ...portfolioOrgMd(m.org));
  return out;
}

function projectOrgMd(s: ProjectOrgSection): string[] {
  if (s.status === 'pending') return [mdText(s.message)];
  const out = [mdText(s.modelText)];
  if (s.fit) out.push(mdText(s.fit.text));
  if (!s.recorded) out.push('Nobody has recorded who owns this project yet.');
  out.push(
    mdTable(
      ['Role', 'Who'],
      s.owners.map((o) => [mdCell(o.role), mdCell(o.name)]),
    ),
  );
  out.push(`**${mdText(s.gapsText)}**`);
  if (s.gaps.length > 0) {
    out.push(
      s.gaps
        .map(
          (g) =>
            `- ${g.severity === 'danger' ? '**' : ''}${mdText(g.label)}${g.severity === 'danger' ? '**' : ''}: ${mdText(g.reason)}`,
        )
        .join('\n'),
    );
  }
  return out;
}

function taskTable(tasks: readonly PlanTaskRow[]): string {
  return mdTable(
    ['Plan task', 'Owner', 'Due', 'Status'],
    tasks.map((t) => [
      mdCell(t.title),
      mdCell(t.owner || 'No owner'),
      `${t.dueText}${t.overdue ? ' **(overdue)**' : ''}`,
      mdCell(`${t.statusLabel}${t.statusReason ? `: ${t.statusReason}` : ''}`),
    ]),
  );
}

function gapPlanTasksMd(s: PlanTasksSection): string[] {
  if (s.status === 'pending') return [`_${mdText(s.message)}_`];
  const out = [`Plan: ${mdText(s.text)}`];
  if (s.tasks.length > 0) out.push(taskTable(s.tasks));
  return out;
}

function planProgressMd(s: PlanProgressSection): string[] {
  if (s.status === 'pending') return [mdText(s.message)];
  const out = [mdText(s.text)];
  if (!s.hasPlan) return out;
  out.push(
    mdTable(
      ['Week', 'Dates', 'Progress'],
      s.weeks.map((w) => [
        mdCell(w.title),
        `${formatDay(w.startOn)} to ${formatDay(w.endOn)}`,
        mdCell(w.text),
      ]),
    ),
  );
  if (s.overdue.length === 0) out.push('No overdue task.');
  else out.push(`### Overdue tasks (${s.overdue.length})`, taskTable(s.overdue));
  return out;
}

function checkpointsMd(s: CheckpointsSection, v: VerdictSection): string[] {
  if (s.status === 'pending') return [mdText(s.message)];
  const out: string[] = [];
  if (v.status === 'ready') {
    out.push(`**${mdText(v.label)}**. ${mdText(v.explanation)}`);
    if (v.blockers.length > 0) out.push(v.blockers.map((b) => `- ${mdText(b.text)}`).join('\n'));
  }
  out.push(mdText(s.text));
  out.push(
    mdTable(
      ['Stage', 'Status', 'Owner', 'Sign-off', 'Waiver'],
      s.stages.map((x) => [
        mdCell(`${x.name}${x.plannedText ? ` (${x.plannedText})` : ''}`),
        mdCell(
          `${x.stateLabel}${x.attempt !== null && x.attempt > 1 ? ` (attempt ${x.attempt})` : ''}`,
        ),
        mdCell(x.owner),
        x.signOff
          ? mdCell(
              `${x.signOff.reviewer}, ${x.signOff.onText}${x.signOff.comment ? `: ${x.signOff.comment}` : ''}`,
            )
          : '—',
        x.waiver
          ? mdCell(
              `${x.waiver.expired ? 'Expired' : 'Until'} ${x.waiver.expiresText}; by ${x.waiver.approver}: ${x.waiver.reason}`,
            )
          : '—',
      ]),
    ),
  );
  for (const x of s.stages) {
    if (x.missing.length > 0) {
      out.push(`${mdText(x.name)}, still needed for a pass: ${x.missing.map(mdText).join('; ')}`);
    }
  }
  if (s.expiringWaivers.length > 0)
    out.push(s.expiringWaivers.map((w) => `- ${mdText(w)}`).join('\n'));
  out.push(`_${mdText(s.forecast)}_`);
  return out;
}

function releasesMd(s: ReleasesSection): string[] {
  if (s.status === 'pending') return [mdText(s.message)];
  const out = [mdText(s.text)];
  if (s.releases.length > 0) {
    out.push(
      mdTable(
        ['Version', 'Kind', 'Trained', 'Serving', 'Lead time'],
        s.releases.map((r) => [
          mdCell(`${r.version}${r.promptVersion ? ` · ${r.promptVersion}` : ''}`),
          mdCell(r.kindLabel),
          formatDay(r.trainedOn),
          r.servingOn ? formatDay(r.servingOn) : 'Not yet',
          mdCell(r.text),
        ]),
      ),
    );
  }
  return out;
}

function portfolioOrgMd(s: PortfolioOrgSection): string[] {
  if (s.status === 'pending') return [mdText(s.message)];
  const out = [`**${mdText(s.decisionText)}**`];
  if (s.decision) out.push(`Why: ${mdText(s.decision.rationale)}`);
  if (s.fit) out.push(mdText(s.fit.text));
  out.push(`Today’s figures: ${s.figures.map(mdText).join(' · ')}`);
  out.push(`Recommendation from today’s figures: ${mdText(s.recommendation)}`);
  out.push(mdText(s.ownership.text));
  if (s.earlierDecisions > 0) {
    out.push(
      s.earlierDecisions === 1
        ? '1 earlier decision is kept in the log.'
        : `${s.earlierDecisions} earlier decisions are kept in the log.`,
    );
  }
  return out;
}

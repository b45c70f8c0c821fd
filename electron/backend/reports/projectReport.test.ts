import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PRACTICES } from '../../../shared/framework';
import { projectReportSchema, type ProjectReport } from '../../../shared/reports';
import { callOk } from '../testing/calls';
import { allText, readPdf, type PdfPage } from '../testing/readPdf';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { contentHashOf } from './contentHash';
import { renderJson } from './formats/reportJson';
import { mdCell } from './formats/markdownText';
import { renderMarkdown } from './formats/reportMarkdown';
import { renderPdf } from './pdf/renderPdf';

// A project's report read back the way its readers get it: the PDF through pdfjs, Markdown as
// text, JSON parsed. Every format prints the same model.

const MULTI_SCRIPT = 'Zoë Łódź Αθήνα Москва 東京';
const SCRIPT_TAG = '<script>alert(1)</script>';

let ws: TempWorkspace;

beforeAll(async () => {
  ws = openTempWorkspace();
  await callOk(ws.dispatch, 'sample.create', {});
});
afterAll(() => ws.dispose());

async function projectNamed(name: string) {
  const list = await callOk(ws.dispatch, 'projects.list', {});
  const p = list.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name}`);
  return p;
}

const preview = async (projectId: string) =>
  (await callOk(ws.dispatch, 'reports.preview', {
    report: { scope: 'project', projectId },
  })) as ProjectReport;

/** A project with the given name and owner and one final audit with every practice at 1. */
async function auditedProject(name: string, owner: string) {
  const p = await callOk(ws.dispatch, 'projects.create', {
    name,
    owner,
    kind: 'rag',
    stage: 'poc',
  });
  const a = await callOk(ws.dispatch, 'audits.create', {
    projectId: p.id,
    title: `Audit of ${name}`,
    takenOn: '2026-03-01',
  });
  for (const practice of ALL_PRACTICES.slice(1)) {
    await callOk(ws.dispatch, 'audits.setPractice', {
      auditId: a.id,
      practiceKey: practice.key,
      answer: { kind: 'scored', level: 1 },
    });
  }
  await callOk(ws.dispatch, 'audits.setPractice', {
    auditId: a.id,
    practiceKey: ALL_PRACTICES[0]!.key,
    answer: { kind: 'scored', level: 0 },
  });
  await callOk(ws.dispatch, 'audits.setGapMissing', {
    auditId: a.id,
    gapKey: 'pipeline',
    missing: `No container yet for ${name}`,
  });
  await callOk(ws.dispatch, 'audits.finalize', { id: a.id });
  return p;
}

describe('the org model and ownership section', () => {
  it('prints the org model in force, who owns what and the ownership gaps, in the PDF and Markdown', async () => {
    const p = await projectNamed('Support triage assistant');
    const model = await preview(p.id);
    const org = model.org;
    if (org.status !== 'ready') throw new Error('the sample records an org model');
    expect(org.model?.name).toBe('Embedded ML engineers');
    expect(org.recorded).toBe(true);
    expect(org.owners).toContainEqual({ role: 'ML owner', name: 'Amara Okafor' });
    expect(org.owners).toContainEqual({ role: 'Platform/SRE owner', name: 'Not recorded' });
    expect(org.gaps.map((g) => g.label)).toContain('On-call lacks ML + infra');

    const text = allText(await readPdf(await renderPdf(model)));
    const squash = (t: string) => t.replace(/\s+/g, ' ');
    const section = squash(text.slice(text.indexOf('Org model and ownership')));
    expect(section).toContain(squash(org.modelText));
    expect(section).toContain(squash(org.fit!.text));
    expect(section).toContain('Amara Okafor');
    expect(section).toContain(squash(org.gapsText));
    for (const g of org.gaps) expect(section).toContain(`${g.label}:`);
    expect(text.toLowerCase()).not.toContain('not in the report yet');

    const md = renderMarkdown(model);
    expect(md).toContain('| ML owner | Amara Okafor |');
    for (const g of org.gaps) expect(md).toContain(g.label);
  });

  it('says plainly when nobody recorded who owns a project', async () => {
    const p = await auditedProject('Unowned pilot', 'Rae');
    const model = await preview(p.id);
    if (model.org.status !== 'ready') throw new Error('the sample records an org model');
    expect(model.org.recorded).toBe(false);
    const text = allText(await readPdf(await renderPdf(model)));
    expect(text).toContain('Nobody has recorded who owns this project yet.');
    expect(text).toContain('No ML owner:');
  });
});

describe('the 30-day plan and releases sections', () => {
  const squash = (t: string) => t.replace(/\s+/g, ' ');

  it('prints plan progress by week, the overdue tasks, each gap’s tasks and the releases, in the PDF and Markdown', async () => {
    const p = await projectNamed('Support triage assistant');
    const model = await preview(p.id);
    const plan = model.planProgress;
    const releases = model.releases;
    const lead = model.summary.releaseLeadTime;
    if (plan.status !== 'ready' || releases.status !== 'ready' || lead.status !== 'ready') {
      throw new Error('the plan and releases are built');
    }
    // The sample's support plan is mid-way: work closed, some of it late, and releases.
    expect(plan.hasPlan).toBe(true);
    expect(plan.weeks.map((w) => w.title)).toContain('Week 1: Audit');
    expect(plan.thirtyDays.total).toBeGreaterThan(0);
    expect(releases.releases.length).toBeGreaterThan(0);
    expect(lead.latest?.version).toBe(releases.releases[0]!.version);
    const withTasks = model.gaps.filter(
      (g) => g.planTasks.status === 'ready' && g.planTasks.tasks.length > 0,
    );
    expect(withTasks.length).toBeGreaterThan(0);

    const pages = await readPdf(await renderPdf(model));
    const first = squash(pages[0]!.text);
    expect(first).toContain(squash(lead.text));
    const text = squash(allText(pages));
    const planPart = text.slice(
      text.indexOf('Plan progress Started'),
      text.indexOf('Governance checkpoints Not'),
    );
    expect(planPart).toContain(squash(plan.text));
    for (const w of plan.weeks) {
      expect(planPart).toContain(w.title);
      expect(planPart).toContain(w.text);
    }
    for (const t of plan.overdue) expect(planPart).toContain(squash(t.title));
    if (plan.overdue.length === 0) expect(planPart).toContain('No overdue task.');
    for (const g of withTasks) {
      if (g.planTasks.status !== 'ready') continue;
      expect(text).toContain(`Plan: ${squash(g.planTasks.text)}`);
      const t = g.planTasks.tasks[0]!;
      expect(text).toContain(squash(t.title));
      expect(text).toContain(t.dueText);
    }
    const relPart = text.slice(text.indexOf('Releases and lead times'));
    expect(relPart).toContain(squash(releases.text));
    for (const r of releases.releases) {
      expect(relPart).toContain(r.version);
      expect(relPart).toContain(squash(r.text));
    }

    const md = renderMarkdown(model);
    expect(md).toContain(`| Latest release lead time | ${mdCell(lead.text)} |`);
    expect(md).toContain('| Week | Dates | Progress |');
    for (const w of plan.weeks) expect(md).toContain(`| ${w.title} |`);
    for (const g of withTasks) {
      if (g.planTasks.status === 'ready') expect(md).toContain(`Plan: ${g.planTasks.text}`);
    }
    for (const r of releases.releases) expect(md).toContain(r.text);
    expect(md).not.toMatch(/arrives with (the 30-day plan|model releases)/);
  });

  it('says plainly when a project has no plan and no release', async () => {
    const p = await auditedProject('Unplanned pilot', 'Noor');
    const model = await preview(p.id);
    const text = squash(allText(await readPdf(await renderPdf(model))));
    expect(text).toContain('No 30-day plan yet: build one from the latest final audit');
    expect(text).toContain('Plan: No 30-day plan yet.');
    expect(text).toContain('No model release recorded yet: record one on the project page');
    expect(text).toContain('Releases and lead times No model release recorded yet.');
  });
});

describe('the verdict and the governance checkpoints', () => {
  const squash = (t: string) => t.replace(/\s+/g, ' ');

  it('prints the verdict first and each stage with its status, owner, sign-off and waiver expiry, in the PDF and Markdown', async () => {
    const p = await projectNamed('Support triage assistant');
    const model = await preview(p.id);
    const v = model.summary.verdict;
    const c = model.checkpoints;
    if (v.status !== 'ready' || c.status !== 'ready') throw new Error('checkpoints are built');
    // The sample: data validation passed and signed off, security review waived (the waiver
    // runs out in 9 days), model evaluation in progress, the rest not started.
    expect(v.ready).toBe(false);
    expect(v.label).toBe('Not ready for 1.0');
    expect(v.blockers.length).toBeGreaterThan(0);
    const byStage = new Map(c.stages.map((x) => [x.stage, x]));
    expect(byStage.get('data_validation')?.signOff).not.toBeNull();
    const waived = byStage.get('security_review')!;
    expect(waived.waiver?.expired).toBe(false);
    expect(c.expiringWaivers.length).toBe(1);

    const pages = await readPdf(await renderPdf(model));
    const first = squash(pages[0]!.text);
    expect(first).toContain('Not ready for 1.0');
    expect(first).toContain(squash(v.summaryText));
    const text = squash(allText(pages));
    const part = text.slice(
      text.indexOf('Governance checkpoints Not ready'),
      text.indexOf('Org model and ownership Org model in force'),
    );
    expect(part).toContain(squash(v.explanation));
    for (const b of v.blockers) expect(part).toContain(squash(b.text));
    expect(part).toContain(c.text);
    for (const x of c.stages) {
      expect(part).toContain(x.name);
      expect(part).toContain(x.stateLabel);
      expect(part).toContain(squash(x.owner));
    }
    const signed = byStage.get('data_validation')!.signOff!;
    expect(part).toContain(`${signed.reviewer}, ${signed.onText}`);
    expect(part).toContain(
      squash(`Until ${waived.waiver!.expiresText}; by ${waived.waiver!.approver}`),
    );
    expect(part).toContain(squash(c.expiringWaivers[0]!));

    const md = renderMarkdown(model);
    expect(md).toContain(`| Verdict | **Not ready for 1.0**: ${v.summaryText} |`);
    expect(md).toContain('| Stage | Status | Owner | Sign-off | Waiver |');
    expect(md).toContain(`Until ${waived.waiver!.expiresText}; by ${waived.waiver!.approver}`);
  });

  it('says "Ready for 1.0" only for a project whose gaps and stages are all cleared, and marks an expired waiver', async () => {
    const ready = await preview((await projectNamed('Zoë Łódź fraud scoring')).id);
    if (ready.summary.verdict.status !== 'ready') throw new Error('checkpoints are built');
    expect(ready.summary.verdict.label).toBe('Ready for 1.0');
    const readyFirst = squash((await readPdf(await renderPdf(ready)))[0]!.text);
    expect(readyFirst).toContain('Ready for 1.0');
    // In production: the weeks it took from PoC approval to its first production deployment
    // (the plan page's timeline), not the weeks since.
    expect(ready.summary.timing.text).toMatch(
      /^In production \d+ weeks? after PoC approval, (within|beyond) the 6-10 week target\.$/,
    );
    expect(readyFirst).toContain(squash(ready.summary.timing.text));

    const athens = await preview((await projectNamed('Αθήνα recommendations')).id);
    if (athens.checkpoints.status !== 'ready') throw new Error('checkpoints are built');
    const expired = athens.checkpoints.stages.find((x) => x.waiver?.expired);
    expect(expired?.stateLabel).toBe('Waiver expired');
    const text = squash(allText(await readPdf(await renderPdf(athens))));
    expect(text).toContain(`Expired ${expired!.waiver!.expiresText}; by`);
  });
});

describe('the project report PDF', () => {
  let model: ProjectReport;
  let pages: PdfPage[];

  beforeAll(async () => {
    const p = await projectNamed('Support triage assistant');
    model = await preview(p.id);
    pages = await readPdf(await renderPdf(model));
  });

  it('opens with a one-page summary: verdict, headline and mean, trend, timing, risks', () => {
    const first = pages[0]!.text;
    const r = model.summary.readiness;
    if (r.status !== 'ready') throw new Error('sample project has a final audit');
    for (const text of [
      'Support triage assistant',
      'Verdict',
      r.headline.text,
      `mean ${r.mean!.text}`,
      r.band.label,
      model.summary.trend.text,
      'Time since PoC approval',
      'Latest release lead time',
      'Biggest risks',
      'Readiness over time',
    ]) {
      // Panel labels print in capitals: compare case-insensitively.
      expect(first.toLowerCase()).toContain(text.toLowerCase());
    }
    for (const risk of model.summary.risks) expect(first).toContain(risk.gap.title);
  });

  it('has every section, in order, none of them waiting for a feature', () => {
    const text = allText(pages).toLowerCase();
    const order = [
      'Biggest risks',
      'The five gaps',
      'Readiness over time',
      'Gap by gap',
      ...model.gaps.map((g) => g.gap.title),
      'Plan progress',
      'Governance checkpoints',
      'Org model and ownership',
      'Releases and lead times',
      'What changed',
      'About this report',
    ];
    let at = 0;
    for (const heading of order) {
      const found = text.indexOf(heading.toLowerCase(), at);
      expect(found, `“${heading}” after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
    // Every section is filled now: none says it waits for a feature.
    expect(text).not.toContain('not available yet');
  });

  it('prints the project and the generation date in every header and "Page N of M" in every footer', () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page.text).toContain('Support triage assistant ·');
    });
  });

  it('ends with the content hash of the report data and the history anchor', () => {
    const last = pages.at(-1)!.text;
    expect(last).toContain(model.meta.contentHash);
    expect(last).toContain(`change #${model.meta.historyAnchor.seq}`);
    expect(model.meta.contentHash).toBe(contentHashOf(model));
  });
});

describe('names in any script, and names that look like markup', () => {
  it('keeps a Latin, Greek, Cyrillic and CJK name intact in the PDF', async () => {
    const p = await auditedProject(MULTI_SCRIPT, 'Ἀλέξανδρος Ковалёв 王芳');
    const pages = await readPdf(await renderPdf(await preview(p.id)));
    expect(pages[0]!.text).toContain(MULTI_SCRIPT);
    expect(pages[0]!.text).toContain('Ἀλέξανδρος Ковалёв 王芳');
    expect(allText(pages)).toContain(`No container yet for ${MULTI_SCRIPT}`);
    expect(allText(pages)).not.toContain('no glyph');
  });

  it('prints a character no shipped font has as its code, and says so', async () => {
    const p = await auditedProject('Launch 🚀 pad', 'Ana');
    const text = allText(await readPdf(await renderPdf(await preview(p.id))));
    expect(text).toContain('Launch [U+1F680] pad');
    expect(text).toMatch(
      /One character has no\s+glyph in the report’s fonts and is printed as its code: U\+1F680/,
    );
  });

  it('shows <script>alert(1)</script> as text in the PDF, Markdown and JSON', async () => {
    const p = await auditedProject(SCRIPT_TAG, '<img src=x onerror=alert(1)>');
    const model = await preview(p.id);
    expect(allText(await readPdf(await renderPdf(model)))).toContain(SCRIPT_TAG);
    const md = renderMarkdown(model);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toMatch(/<script|<img/);
    expect(JSON.parse(renderJson(model)).project.name).toBe(SCRIPT_TAG);
  });
});

describe('Markdown and JSON', () => {
  it('print the same figures as the model, section by section', async () => {
    const p = await projectNamed('Αθήνα recommendations');
    const model = await preview(p.id);
    const md = renderMarkdown(model);
    const r = model.summary.readiness;
    if (r.status !== 'ready') throw new Error('sample project has a final audit');
    expect(md).toContain(`**${r.band.label} · ${r.headline.text}** (mean ${r.mean!.text})`);
    for (const g of model.gaps) expect(md).toContain(`### ${g.gap.title}: ${g.score?.text}`);
    expect(md).toContain(model.meta.contentHash);
    if (model.planProgress.status !== 'ready') throw new Error('the plan is built');
    expect(md).toContain(`## Plan progress\n\n${model.planProgress.text}`);
    expect(md).not.toContain('arrives with the 30-day plan');
  });

  it('JSON holds the whole model with its schema version, and its hash can be checked', async () => {
    const p = await projectNamed('Αθήνα recommendations');
    const model = await preview(p.id);
    const parsed = projectReportSchema.parse(JSON.parse(renderJson(model)));
    expect(parsed).toEqual(model);
    expect(parsed.meta.schemaVersion).toBe(1);
    expect(contentHashOf(parsed)).toBe(parsed.meta.contentHash);
    // The hash covers the data: another generation time keeps it, another number changes it.
    const later = { ...parsed, meta: { ...parsed.meta, generatedAt: '2030-01-01T00:00:00.000Z' } };
    expect(contentHashOf(later)).toBe(parsed.meta.contentHash);
    const edited = { ...parsed, project: { ...parsed.project, owner: 'Someone else' } };
    expect(contentHashOf(edited)).not.toBe(parsed.meta.contentHash);
  });

  it('refuses to write JSON that does not match its schema', () => {
    const broken = { kind: 'project', meta: {} } as unknown as ProjectReport;
    expect(() => renderJson(broken)).toThrow();
  });
});

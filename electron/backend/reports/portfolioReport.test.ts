import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioReport } from '../../../shared/reports';
import { callOk } from '../testing/calls';
import { allText, readPdf } from '../testing/readPdf';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { neutralise, renderCsv } from './formats/reportCsv';
import { renderMarkdown } from './formats/reportMarkdown';
import { renderPdf } from './pdf/renderPdf';

let ws: TempWorkspace;
let model: PortfolioReport;

const TRICKY = ['=HYPERLINK("http://x","click")', '+1 555', '-2+3', '@SUM(A1)'];

beforeAll(async () => {
  ws = openTempWorkspace();
  await callOk(ws.dispatch, 'sample.create', {});
  for (const [i, name] of TRICKY.entries()) {
    await callOk(ws.dispatch, 'projects.create', {
      name,
      owner: i === 0 ? 'Smith, "Bo"' : '',
      kind: 'other',
      stage: 'poc',
    });
  }
  model = (await callOk(ws.dispatch, 'reports.preview', {
    report: { scope: 'portfolio' },
  })) as PortfolioReport;
});
afterAll(() => ws.dispose());

describe('the portfolio CSV', () => {
  it('opens as the same table when parsed back', () => {
    const csv = renderCsv(model);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header?.slice(0, 6)).toEqual(['Project', 'Owner', 'Stage', 'Kind', 'Band', 'Headline']);
    expect(rows).toHaveLength(model.rows.length);
    model.rows.forEach((r, i) => {
      const row = rows[i]!;
      expect(row[0]).toBe(neutralise(r.name));
      expect(row[5]).toBe(r.headline?.text ?? '');
      expect(row[7]).toBe(r.weakestGap?.title ?? '');
    });
  });

  it('neutralises cells a spreadsheet would run as formulas, and quotes commas, quotes and newlines', () => {
    const rows = Papa.parse<string[]>(renderCsv(model).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    const names = rows.map((r) => r[0]);
    expect(names).toContain(`'=HYPERLINK("http://x","click")`);
    expect(names).toContain(`'+1 555`);
    expect(names).toContain(`'-2+3`);
    expect(names).toContain(`'@SUM(A1)`);
    expect(rows.map((r) => r[1])).toContain('Smith, "Bo"');
    // Names are one line in Crossing, but a cell with a line break must still round-trip.
    const first = model.rows[0]!;
    const multiLine = { ...model, rows: [{ ...first, name: 'two\nlines, "quoted"' }] };
    const back = Papa.parse<string[]>(renderCsv(multiLine).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(back[1]?.[0]).toBe('two\nlines, "quoted"');
    // No cell starts with a formula character once parsed.
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('keeps plain numbers as numbers', () => {
    expect(neutralise('-3')).toBe('-3');
    expect(neutralise('45.5%')).toBe('45.5%');
    expect(neutralise('-1+1')).toBe("'-1+1");
    expect(neutralise('\tcmd')).toBe("'\tcmd");
    expect(neutralise('\rcmd')).toBe("'\rcmd");
  });
});

describe('the portfolio PDF and Markdown', () => {
  it('has one row per active project, the heatmap and the context with its sources', async () => {
    const pages = await readPdf(await renderPdf(model));
    const text = allText(pages);
    expect(text).toContain('53%');
    expect(text).toContain('Gartner, 2024');
    expect(text).toContain('MIT Sloan Management Review and BCG, 2024');
    expect(text).toContain(model.summary.text);
    // Long names wrap inside their cell (a break with no space gets a hyphen at the line end):
    // compare without white space and line-end hyphens.
    const squash = (t: string) => t.replace(/-\n/g, '').replace(/\s+/g, '');
    for (const r of model.rows) expect(squash(text)).toContain(squash(r.name));
    expect(text).toContain('Gaps across the portfolio');
    expect(text).toContain('Org model');
    expect(model.pendingColumns).toEqual([]);
    expect(text).not.toContain('not available yet');
    pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pages.at(-1)!.text).toContain(model.meta.contentHash);
  });

  it('prints the org decision in force and whether the portfolio still fits it, in PDF, Markdown and CSV', async () => {
    const org = model.org;
    if (org.status !== 'ready' || !org.decision || !org.fit) {
      throw new Error('the sample records an org decision');
    }
    expect(org.decision.name).toBe('Embedded ML engineers');
    expect(org.fit.status).toBe('out_of_range');
    const squash = (t: string) => t.replace(/\s+/g, ' ');
    const text = squash(allText(await readPdf(await renderPdf(model))));
    for (const line of [org.decisionText, org.fit.text, org.recommendation, org.ownership.text]) {
      expect(text).toContain(squash(line));
    }
    expect(text).toContain(squash(`Why: ${org.decision.rationale}`));

    const md = renderMarkdown(model);
    expect(md).toContain(`**${org.decisionText}**`);
    expect(md).toContain(org.ownership.text);

    const [header, ...rows] = Papa.parse<string[]>(renderCsv(model).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(header?.slice(-2)).toEqual(['Org model in force', 'Org model fit']);
    for (const row of rows) expect(row.slice(-2)).toEqual([org.decision.name, org.fit.text]);
  });

  it('prints each project’s plan progress (closed of all tasks, overdue) in PDF, Markdown and CSV', async () => {
    const planned = model.rows.filter((r) => r.planProgress);
    // The sample plans several projects; the projects this file adds have none.
    expect(planned.length).toBeGreaterThanOrEqual(4);
    expect(model.rows.find((r) => r.name === '+1 555')?.planProgress).toBeNull();
    expect(model.pendingColumns.map((c) => c.column)).not.toContain('Plan progress');
    const late = planned.find((r) => (r.planProgress?.overdue ?? 0) > 0);
    expect(late, 'the sample has a plan with overdue work').toBeDefined();

    const squash = (t: string) => t.replace(/\s+/g, ' ');
    const text = squash(allText(await readPdf(await renderPdf(model))));
    expect(text).toContain('Plan tasks closed');
    for (const r of planned) {
      const c = r.planProgress!;
      expect(text).toContain(`${c.closed}/${c.total}`);
    }
    expect(text).toContain(`(${late!.planProgress!.overdue} overdue)`);
    expect(text).not.toContain('Plan progress: not available yet');

    const md = renderMarkdown(model);
    expect(md).toContain('| Plan progress |');
    for (const r of planned) expect(md).toContain(r.planProgress!.text);

    const [header, ...rows] = Papa.parse<string[]>(renderCsv(model).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    const at = header!.indexOf('Plan tasks');
    expect(header!.slice(at, at + 4)).toEqual([
      'Plan tasks',
      'Plan tasks closed',
      'Plan progress %',
      'Plan tasks overdue',
    ]);
    model.rows.forEach((r, i) => {
      const c = r.planProgress;
      expect(rows[i]!.slice(at, at + 4)).toEqual(
        c
          ? [String(c.total), String(c.closed), String(c.percent ?? ''), String(c.overdue)]
          : ['', '', '', ''],
      );
    });
  });

  it('prints each project’s verdict and checkpoint stages cleared in PDF, Markdown and CSV', async () => {
    const fraud = model.rows.find((r) => r.name === 'Zoë Łódź fraud scoring');
    expect(fraud?.verdict).toEqual({ ready: true, label: 'Ready for 1.0' });
    expect(fraud?.checkpoints).toMatchObject({ cleared: 5, total: 5 });
    // Only that one: every other row says not ready.
    expect(model.rows.filter((r) => r.verdict?.ready).map((r) => r.name)).toEqual([
      'Zoë Łódź fraud scoring',
    ]);
    const text = allText(await readPdf(await renderPdf(model))).replace(/\s+/g, ' ');
    expect(text).toContain('Zoë Łódź fraud scoring Ready for 1.0');
    expect(text).toContain('Not ready for 1.0');
    const md = renderMarkdown(model);
    expect(md).toContain('| Project | Verdict | Band |');
    expect(md).toContain('| Zoë Łódź fraud scoring | Ready for 1.0 |');
    const [header, ...rows] = Papa.parse<string[]>(renderCsv(model).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    const v = header!.indexOf('Verdict');
    const c = header!.indexOf('Checkpoint stages cleared');
    model.rows.forEach((r, i) => {
      expect(rows[i]![v]).toBe(r.verdict?.label);
      expect(rows[i]![c]).toBe(String(r.checkpoints?.cleared));
    });
  });

  it('Markdown prints the same rows and heatmap numbers', () => {
    const md = renderMarkdown(model);
    for (const r of model.rows) {
      if (r.headline) expect(md).toContain(r.headline.text);
    }
    expect(md).toContain('## Heatmap: project × gap');
    expect(md).toContain(model.summary.text);
  });
});

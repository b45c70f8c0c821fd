import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { ReportModel } from '../../../shared/reports';
import { callOk } from '../testing/calls';
import { renderPdf } from '../reports/pdf/renderPdf';
import { openTempWorkspace } from '../testing/tempWorkspace';

// `npm run bench`: the time of a project report PDF (target under 1 s here) and of a
// 200-project portfolio PDF (target under 10 s), drawn from the sample workspace. Figures, not
// assertions. Fonts are loaded by the first render (cold, printed once); the bench reports
// warm runs, as the report thread (jobs/reportWorker.ts) keeps its fonts between exports.
//
// Means of two interleaved runs (before, after, before, after) on this 2-core machine shared
// by other work (load average ~12), before -> after the speed work of issue 11 phase 2 (fonts
// unpacked from WOFF once; the portfolio's table and heatmap drawn as page-size flows):
//   project PDF, warm             745 / 659 ms  ->  329 / 375 ms
//   200-project portfolio, warm   19.9 / 10.7 s ->  2.6 / 2.8 s
//   project PDF, cold (first export of a fresh report thread, after): 1.4-1.5 s

const ws = openTempWorkspace({ now: () => new Date() });
let project: ReportModel;
let portfolio: ReportModel;

beforeAll(async () => {
  await callOk(ws.dispatch, 'sample.create', { projects: 200 });
  const projects = await callOk(ws.dispatch, 'projects.list', {});
  const p = projects.find((x) => x.name === 'Zoë Łódź fraud scoring')!;
  project = await callOk(ws.dispatch, 'reports.preview', {
    report: { scope: 'project', projectId: p.id },
  });
  portfolio = await callOk(ws.dispatch, 'reports.preview', { report: { scope: 'portfolio' } });
  const cold = performance.now();
  await renderPdf(project); // loads the fonts once
  console.log(
    `project report PDF, cold (first in this process): ${Math.round(performance.now() - cold)} ms`,
  );
}, 120_000);
afterAll(() => ws.dispose());

describe('report PDFs', () => {
  bench(
    'project report PDF (target < 1 s)',
    async () => {
      await renderPdf(project);
    },
    { iterations: 5, time: 0 },
  );

  bench(
    '200-project portfolio PDF (target < 10 s)',
    async () => {
      await renderPdf(portfolio);
    },
    { iterations: 2, time: 0 },
  );
});

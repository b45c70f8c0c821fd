import { expect, it } from 'vitest';
import type { ProjectReport } from '../../../shared/reports';
import { callOk } from '../testing/calls';
import { allText, readPdf } from '../testing/readPdf';
import { openTempWorkspace } from '../testing/tempWorkspace';
import { renderPdf, warmPdf } from './pdf/renderPdf';

// The report thread warms the PDF engine up with a one-line document before its first export.
// fontkit keeps each glyph it builds for the life of the font, with the characters it was first
// built for: the warm-up's "…" and "·" are drawn from the point's glyph, so the point was built
// with no character, and every later PDF of the thread lost its points from the text layer
// ("1.0" read back as "1 0", "78.6%" as "78 6%") while the page showed them.

it('a PDF drawn after the warm-up keeps every character in its text layer', async () => {
  await warmPdf();
  const ws = openTempWorkspace();
  try {
    await callOk(ws.dispatch, 'sample.create', {});
    const p = (await callOk(ws.dispatch, 'projects.list', {})).find(
      (x) => x.name === 'Support triage assistant',
    )!;
    const model = (await callOk(ws.dispatch, 'reports.preview', {
      report: { scope: 'project', projectId: p.id },
    })) as ProjectReport;
    const text = allText(await readPdf(await renderPdf(model)));
    expect(text).toContain('Not ready for 1.0');
    expect(text).toContain('78.6%');
    expect(text).toContain('0.9.0: 30 days');
  } finally {
    ws.dispose();
  }
}, 60_000);

import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../../../../shared/reports';
import { AboutReport } from './AboutReport';
import { PortfolioIntro, portfolioPages } from './PortfolioPdf';
import { ProjectDetails } from './ProjectDetails';
import { ProjectSummary } from './ProjectSummary';
import { ReportPage } from './ReportPage';
import { markMissing, planFonts } from './reportFonts';

// Labels the components print themselves (Latin only, but they decide the font subsets too).
const FIXED_TEXT = 'Crossing — “”’…·×0123456789%';

/**
 * The PDF of a report model: fonts chosen for its text and embedded, characters no shipped font
 * can draw printed as their code (never dropped), one page flow with header and "Page N of M".
 */
export async function renderPdf(model: ReportModel): Promise<Uint8Array> {
  const strings: string[] = [FIXED_TEXT];
  collectStrings(model, strings);
  const plan = planFonts(strings.join('\n'));
  const missing = new Set(plan.missing);
  const safe = mapStrings(model, (s) => markMissing(s, missing));
  const kind = safe.kind === 'project' ? 'Readiness report' : 'Portfolio report';
  const doc = (
    <Document
      title={`${kind}: ${safe.meta.title}`}
      author={safe.meta.generatedBy}
      creator={`Crossing ${safe.meta.appVersion}`}
      producer="Crossing"
      subject={`Content hash ${safe.meta.contentHash}`}
    >
      {safe.kind === 'project' ? (
        <>
          <ReportPage meta={safe.meta} kind={kind} fonts={plan.families}>
            <ProjectSummary model={safe} />
          </ReportPage>
          <ReportPage meta={safe.meta} kind={kind} fonts={plan.families}>
            <ProjectDetails model={safe} />
            <AboutReport meta={safe.meta} missing={plan.missing} />
          </ReportPage>
        </>
      ) : (
        [<PortfolioIntro key="intro" model={safe} />, ...portfolioPages(safe)].map(
          (body, i, all) => (
            <ReportPage key={i} meta={safe.meta} kind={kind} fonts={plan.families}>
              <View>
                {body}
                {i === all.length - 1 ? (
                  <AboutReport meta={safe.meta} missing={plan.missing} />
                ) : null}
              </View>
            </ReportPage>
          ),
        )
      )}
    </Document>
  );
  return new Uint8Array(await renderToBuffer(doc));
}

/**
 * The warm-up's text: every printable ASCII character before the fixed text. fontkit keeps a
 * glyph for the life of the font with the characters it was first built for, and a composite
 * ("…", "·" are drawn from the point) builds its parts with none: were the point first built as
 * a part, every later PDF of the thread would lose its points from the text layer ("1.0" read
 * as "1 0"). Laid out first, the plain characters are built with their own code points.
 */
const WARM_TEXT = `${Array.from({ length: 0x7e - 0x20 }, (_, i) => String.fromCharCode(0x21 + i)).join('')} ${FIXED_TEXT}`;

/**
 * Draws a one-line document so the first export finds the PDF engine warmed up and the Latin
 * fonts (both weights) unpacked and parsed. The report thread runs it when a preview opens.
 */
export async function warmPdf(): Promise<void> {
  const plan = planFonts(WARM_TEXT);
  await renderToBuffer(
    <Document>
      <Page size="A4" style={{ fontFamily: plan.families }}>
        <Text style={{ fontWeight: 700 }}>{WARM_TEXT}</Text>
        <Text>{WARM_TEXT}</Text>
      </Page>
    </Document>,
  );
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collectStrings(v, into);
  }
}

function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  }
  return value;
}

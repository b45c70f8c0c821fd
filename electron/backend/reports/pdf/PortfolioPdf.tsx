import { Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { BANDS } from '../../../../shared/framework';
import { percentText, type PortfolioReport } from '../../../../shared/reports';
import { PortfolioOrg } from './OrgPdf';
import { PendingLine } from './Pending';
import { A4_HEIGHT, BAND_COLORS, bandOfTenths, COLORS, PAGE_PADDING, styles } from './pdfTheme';

const BAR_W = 507;

/** How many projects sit in each band, as one stacked bar with its legend. */
function BandBar({ model }: { model: PortfolioReport }) {
  const total = model.summary.projects;
  const notAudited = total - model.summary.audited;
  let x = 0;
  const parts = [
    ...BANDS.map((b) => ({
      key: b.key,
      label: b.label,
      n: model.summary.byBand[b.key],
      color: BAND_COLORS[b.key].solid,
    })),
    { key: 'none', label: 'Not audited', n: notAudited, color: COLORS.rule },
  ];
  return (
    <View>
      <Svg width={BAR_W} height={14}>
        {parts.map((p) => {
          const w = total === 0 ? 0 : (BAR_W * p.n) / total;
          const rect = <Rect key={p.key} x={x} y={0} width={w} height={14} fill={p.color} />;
          x += w;
          return rect;
        })}
      </Svg>
      <View style={[styles.row, { flexWrap: 'wrap', marginTop: 4 }]}>
        {parts.map((p) => (
          <View key={p.key} style={[styles.row, { alignItems: 'center', marginRight: 12 }]}>
            <View style={{ width: 8, height: 8, backgroundColor: p.color, marginRight: 4 }} />
            <Text>
              {p.label}: {p.n}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}

type Row = PortfolioReport['rows'][number];

/** The project x gap heatmap: exact percentages, the tint only repeats the band. */
export function Heatmap({ model, rows }: { model: PortfolioReport; rows: readonly Row[] }) {
  const audited = rows;
  if (audited.length === 0) return <Text style={styles.muted}>No final audits yet.</Text>;
  return (
    <View>
      <View style={[styles.tableHead, { borderBottomWidth: 0 }]} fixed>
        <Text style={{ width: 142 }}>Project</Text>
        {model.gaps.map((g) => (
          <Text key={g.key} style={{ width: 73, textAlign: 'center', fontSize: 7.5 }}>
            {g.title}
          </Text>
        ))}
      </View>
      {audited.map((r) => (
        <View key={r.projectId} style={[styles.row, { marginBottom: 1.5 }]} wrap={false}>
          <Text style={{ width: 142, paddingRight: 4, fontSize: 8.5 }}>{r.name}</Text>
          {model.gaps.map((g) => {
            const v = r.gaps[g.key];
            const band = v === null ? null : BAND_COLORS[bandOfTenths(v)];
            // One Text per cell (its own background): the heatmap has a cell per project and
            // gap, and every extra node costs layout time in a 200-project portfolio.
            return (
              <Text
                key={g.key}
                style={{
                  width: 71,
                  marginRight: 2,
                  paddingVertical: 2,
                  backgroundColor: band?.tint ?? COLORS.panel,
                  textAlign: 'center',
                  fontSize: 8.5,
                  color: band?.solid ?? COLORS.muted,
                  fontWeight: 700,
                }}
              >
                {v === null ? '—' : percentText(v)}
              </Text>
            );
          })}
        </View>
      ))}
    </View>
  );
}

// Ten facts per project on a portrait A4 row: the band and the headline share one cell.
const COLS = [
  { key: 'name', title: 'Project', width: 90, bold: true },
  { key: 'verdict', title: 'Verdict', width: 44, bold: true },
  { key: 'readiness', title: 'Band · headline', width: 72, bold: true },
  { key: 'weakest', title: 'Weakest gap', width: 58, bold: false },
  { key: 'stage', title: 'Stage', width: 64, bold: false },
  { key: 'weeks', title: 'Weeks since PoC', width: 28, bold: false },
  { key: 'plan', title: 'Plan tasks closed', width: 42, bold: false },
  { key: 'checkpoints', title: 'Stages cleared', width: 34, bold: false },
  { key: 'flags', title: 'Flags', width: 75, bold: false },
] as const;

/** The table's cells of a row, in COLS order. */
const tableCells = (r: Row): string[] => [
  r.name,
  r.verdict?.label ?? '—',
  r.band && r.headline
    ? `${r.band.label} ${r.headline.text}${r.mean ? ` (mean ${r.mean.text})` : ''}`
    : 'Not audited',
  r.weakestGap?.title ?? '—',
  r.stageLabel,
  r.weeksSincePoc === null ? '—' : String(r.weeksSincePoc),
  r.planProgress
    ? `${r.planProgress.closed}/${r.planProgress.total}${r.planProgress.overdue > 0 ? ` (${r.planProgress.overdue} overdue)` : ''}`
    : 'No plan',
  r.checkpoints ? `${r.checkpoints.cleared}/${r.checkpoints.total}` : '—',
  r.flags.map((f) => f.label).join('; ') || '—',
];

function cellColor(key: (typeof COLS)[number]['key'], r: Row): string {
  if (key === 'verdict' && r.verdict)
    return r.verdict.ready ? BAND_COLORS.ready.solid : BAND_COLORS.blocked.solid;
  if (key === 'readiness' && r.band) return BAND_COLORS[r.band.key].solid;
  if (key === 'flags' && r.flags.length > 0) return BAND_COLORS.blocked.solid;
  return COLORS.ink;
}

export function ProjectTable({ rows }: { rows: readonly Row[] }) {
  return (
    <View>
      <View style={styles.tableHead} fixed>
        {COLS.map((c) => (
          <Text key={c.title} style={{ width: c.width, paddingRight: 4 }}>
            {c.title}
          </Text>
        ))}
      </View>
      {rows.map((r) => {
        const cells = tableCells(r);
        return (
          <View key={r.projectId} style={styles.tableRow} wrap={false}>
            {cells.map((text, i) => (
              <Text
                key={COLS[i]?.title}
                style={{
                  width: COLS[i]?.width,
                  paddingRight: 4,
                  fontSize: 8.5,
                  color: COLS[i] ? cellColor(COLS[i].key, r) : COLORS.ink,
                  fontWeight: COLS[i]?.bold ? 700 : 400,
                }}
              >
                {text}
              </Text>
            ))}
          </View>
        );
      })}
    </View>
  );
}

/** The portfolio report's opening: why it matters, the summary, the org model. */
export function PortfolioIntro({ model }: { model: PortfolioReport }) {
  return (
    <View>
      <Text style={styles.label}>Portfolio report</Text>
      <Text style={styles.h1}>{model.meta.title}</Text>
      <Text style={[styles.muted, { marginBottom: 12 }]}>{model.summary.text}</Text>
      <View style={[styles.row, { marginBottom: 12 }]}>
        {model.context.map((c, i) => (
          <View
            key={c.figure}
            style={[styles.panel, { flexGrow: 1, flexBasis: 0, marginRight: i === 0 ? 10 : 0 }]}
          >
            <Text style={{ fontSize: 20, fontWeight: 700, color: COLORS.accent }}>{c.figure}</Text>
            <Text>{c.text}</Text>
            <Text style={styles.small}>Source: {c.source}</Text>
          </View>
        ))}
      </View>
      <Text style={styles.muted}>
        Most stalls come from structural gaps rather than model accuracy. The headline of each
        project is its weakest gap, because one open gap is enough to sink a launch.
      </Text>
      <Text style={styles.h2} minPresenceAhead={40}>
        Readiness across the portfolio
      </Text>
      <BandBar model={model} />
      {model.summary.archivedLeftOut > 0 ? (
        <Text style={[styles.small, { marginTop: 4 }]}>
          {model.summary.archivedLeftOut === 1
            ? '1 archived project is left out.'
            : `${model.summary.archivedLeftOut} archived projects are left out.`}
        </Text>
      ) : null}
      <Text style={styles.h2} minPresenceAhead={40}>
        Org model
      </Text>
      <PortfolioOrg section={model.org} />
    </View>
  );
}

// react-pdf lays out what is left of a page flow again at every page break, so one flow of a
// 200-row table costs time in proportion to the square of its length. The table and the
// heatmap are therefore cut into chunks of about a page each, every chunk its own page flow:
// the row heights are estimated from the text (generously, so a chunk rarely overflows; if one
// does, it simply breaks onto another page as before). Same content, in linear time.
const BODY_HEIGHT = A4_HEIGHT - PAGE_PADDING.top - PAGE_PADDING.bottom;
const LINE = 8.5 * 1.36;

/** Lines `text` takes in a column `width` points wide at 8.5 pt (greedy word wrap, wide glyphs). */
export function estimatedLines(text: string, width: number, bold = false): number {
  const perChar = 8.5 * (bold ? 0.56 : 0.52);
  const fit = Math.max(1, Math.floor(width / perChar));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const n = [...word].length;
    const need = used === 0 ? n : used + 1 + n;
    if (need <= fit) used = need;
    else {
      lines += used === 0 ? 0 : 1;
      lines += Math.floor(Math.max(0, n - 1) / fit);
      used = n % fit || fit;
    }
  }
  return lines;
}

const tableRowHeight = (r: Row): number =>
  6.5 +
  LINE *
    Math.max(
      ...tableCells(r).map((text, i) =>
        estimatedLines(text, (COLS[i]?.width ?? 40) - 4, COLS[i]?.bold ?? false),
      ),
    );

const heatRowHeight = (r: Row): number => 5.5 + LINE * estimatedLines(r.name, 138);

/** Rows in page-size groups: each group's estimated height fits `first` then `rest`. */
export function pageGroups<T>(
  items: readonly T[],
  heightOf: (item: T) => number,
  first: number,
  rest: number,
): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let left = first;
  for (const item of items) {
    const h = heightOf(item);
    if (group.length > 0 && h > left) {
      groups.push(group);
      group = [];
      left = rest;
    }
    group.push(item);
    left -= h;
  }
  if (group.length > 0 || groups.length === 0) groups.push(group);
  return groups;
}

/** The pages after the opening: the project table, then the heatmap, each in page-size groups. */
export function portfolioPages(model: PortfolioReport): ReactNode[] {
  // Room for the section title on the first page of each, the table head on every page, and a
  // margin for the pending-column lines after the table.
  const tables = pageGroups(model.rows, tableRowHeight, BODY_HEIGHT - 70, BODY_HEIGHT - 30);
  const audited = model.rows.filter((r) => r.headline !== null);
  const heat = pageGroups(audited, heatRowHeight, BODY_HEIGHT - 60, BODY_HEIGHT - 30);
  return [
    ...tables.map((rows, i) => (
      <View key={`table-${i}`}>
        {i === 0 ? <Text style={styles.h2}>Projects</Text> : null}
        <ProjectTable rows={rows} />
        {i === tables.length - 1
          ? model.pendingColumns.map((c) => (
              <PendingLine
                key={c.column}
                section={{ status: 'pending', feature: '', message: c.message }}
              />
            ))
          : null}
      </View>
    )),
    ...heat.map((rows, i) => (
      <View key={`heat-${i}`}>
        {i === 0 ? <Text style={styles.h2}>Gaps across the portfolio</Text> : null}
        <Heatmap model={model} rows={rows} />
      </View>
    )),
  ];
}

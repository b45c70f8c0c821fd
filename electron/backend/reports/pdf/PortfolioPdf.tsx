import { Rect, Svg, Text, View } from '@react-pdf/renderer';
import { BANDS } from '../../../../shared/framework';
import { percentText, type PortfolioReport } from '../../../../shared/reports';
import { PendingLine } from './Pending';
import { BAND_COLORS, bandOfTenths, COLORS, styles } from './pdfTheme';

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

/** The project x gap heatmap: exact percentages, the tint only repeats the band. */
function Heatmap({ model }: { model: PortfolioReport }) {
  const audited = model.rows.filter((r) => r.headline !== null);
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

const COLS = [
  { title: 'Project', width: 122 },
  { title: 'Band', width: 64 },
  { title: 'Headline', width: 72 },
  { title: 'Weakest gap', width: 84 },
  { title: 'Stage', width: 76 },
  { title: 'Weeks since PoC', width: 38 },
  { title: 'Flags', width: 51 },
];

function ProjectTable({ model }: { model: PortfolioReport }) {
  return (
    <View>
      <View style={styles.tableHead} fixed>
        {COLS.map((c) => (
          <Text key={c.title} style={{ width: c.width, paddingRight: 4 }}>
            {c.title}
          </Text>
        ))}
      </View>
      {model.rows.map((r) => {
        const cells = [
          r.name,
          r.band?.label ?? 'Not audited',
          r.headline ? `${r.headline.text}${r.mean ? ` (mean ${r.mean.text})` : ''}` : '—',
          r.weakestGap?.title ?? '—',
          r.stageLabel,
          r.weeksSincePoc === null ? '—' : String(r.weeksSincePoc),
          r.flags.map((f) => f.label).join('; ') || '—',
        ];
        return (
          <View key={r.projectId} style={styles.tableRow} wrap={false}>
            {cells.map((text, i) => (
              <Text
                key={COLS[i]?.title}
                style={{
                  width: COLS[i]?.width,
                  paddingRight: 4,
                  fontSize: 8.5,
                  color:
                    i === 1 && r.band
                      ? BAND_COLORS[r.band.key].solid
                      : i === 6 && r.flags.length
                        ? BAND_COLORS.blocked.solid
                        : COLORS.ink,
                  fontWeight: i === 0 || i === 1 ? 700 : 400,
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

/** The portfolio report: why it matters, the summary, the table, the heatmap, the org model. */
export function PortfolioBody({ model }: { model: PortfolioReport }) {
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
      <PendingLine section={model.org} />
      <Text style={styles.h2} minPresenceAhead={40}>
        Projects
      </Text>
      <ProjectTable model={model} />
      {model.pendingColumns.map((c) => (
        <PendingLine
          key={c.column}
          section={{ status: 'pending', feature: '', message: c.message }}
        />
      ))}
      <Text style={styles.h2} break>
        Gaps across the portfolio
      </Text>
      <Heatmap model={model} />
    </View>
  );
}

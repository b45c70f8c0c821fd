import { Text, View } from '@react-pdf/renderer';
import { formatDay } from '../../../../shared/domain/formatDay';
import type { ProjectReport } from '../../../../shared/reports';
import { GapBars } from './GapBars';
import { BAND_COLORS, COLORS, styles } from './pdfTheme';
import { TrendChart } from './TrendChart';

/** Page one: everything leadership needs if they read nothing else. */
export function ProjectSummary({ model }: { model: ProjectReport }) {
  const { project: p, summary: s } = model;
  const r = s.readiness;
  const band = r.status === 'ready' ? BAND_COLORS[r.band.key] : null;
  const facts = [
    p.stageLabel,
    p.kindLabel,
    p.owner ? `Owner: ${p.owner}` : 'No owner recorded',
    p.team,
  ]
    .filter((x) => x !== '')
    .join(' · ');
  return (
    <View>
      <Text style={styles.label}>Readiness report</Text>
      <Text style={styles.h1}>{p.name}</Text>
      <Text style={[styles.muted, { marginBottom: 10 }]}>{facts}</Text>

      <View style={{ flexDirection: 'row', marginBottom: 10 }}>
        <View
          style={{
            flexGrow: 1,
            flexBasis: 0,
            padding: 12,
            borderRadius: 4,
            backgroundColor: band?.tint ?? COLORS.panel,
            borderLeftWidth: 4,
            borderLeftColor: band?.solid ?? COLORS.rule,
            marginRight: 10,
          }}
        >
          <Text style={styles.label}>Headline readiness</Text>
          {r.status === 'ready' ? (
            <>
              <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
                <Text style={{ fontSize: 30, fontWeight: 700, lineHeight: 1 }}>
                  {r.headline.text}
                </Text>
                <Text style={{ fontSize: 12, marginLeft: 8, marginBottom: 3 }}>
                  {r.mean ? `mean ${r.mean.text}` : ''}
                </Text>
              </View>
              <Text style={{ fontSize: 12, fontWeight: 700, color: band?.solid, marginTop: 4 }}>
                {r.band.label}
              </Text>
              <Text style={{ marginTop: 4 }}>{r.band.meaning}</Text>
            </>
          ) : (
            <Text style={{ fontSize: 12 }}>{r.message}</Text>
          )}
        </View>
        <View style={{ width: 190 }}>
          <View style={[styles.panel, { marginBottom: 6 }]}>
            <Text style={styles.label}>Verdict</Text>
            {s.verdict.status === 'pending' ? (
              <Text style={styles.pending}>{s.verdict.message}</Text>
            ) : (
              <>
                <Text
                  style={{
                    fontSize: 12,
                    fontWeight: 700,
                    color: s.verdict.ready ? BAND_COLORS.ready.solid : BAND_COLORS.blocked.solid,
                  }}
                >
                  {s.verdict.label}
                </Text>
                <Text style={[styles.small, { marginTop: 2 }]}>{s.verdict.summaryText}</Text>
              </>
            )}
          </View>
          <View style={styles.panel}>
            <Text style={styles.label}>Since the previous report</Text>
            <Text>{s.trend.text}</Text>
          </View>
        </View>
      </View>

      {r.status === 'ready' ? (
        <Text style={[styles.small, { marginBottom: 8 }]}>
          How it is computed: {r.headlineExplanation} {r.meanExplanation} From the final audit “
          {r.audit.title}” of {formatDay(r.audit.takenOn)}.
        </Text>
      ) : null}

      <View style={{ flexDirection: 'row', marginBottom: 4 }}>
        <View style={[styles.panel, { flexGrow: 1, flexBasis: 0, marginRight: 10 }]}>
          <Text style={styles.label}>Time since PoC approval (target 6-10 weeks)</Text>
          <Text>{s.timing.text}</Text>
        </View>
        <View style={[styles.panel, { flexGrow: 1, flexBasis: 0 }]}>
          <Text style={styles.label}>Latest release lead time</Text>
          {s.releaseLeadTime.status === 'pending' ? (
            <Text style={styles.pending}>{s.releaseLeadTime.message}</Text>
          ) : (
            <Text>{s.releaseLeadTime.text}</Text>
          )}
        </View>
      </View>
      {s.flags.length > 0 ? (
        // Labels only, on one line: the summary must stay one page; the reasons follow in the
        // details ("Flags").
        <Text style={{ marginTop: 6 }}>
          <Text style={styles.label}>Flags: </Text>
          {s.flags.map((f, i) => (
            <Text
              key={f.key}
              style={{
                color: f.tone === 'danger' ? BAND_COLORS.blocked.solid : BAND_COLORS.at_risk.solid,
              }}
            >
              {i > 0 ? ' · ' : ''}
              {f.label}
            </Text>
          ))}
        </Text>
      ) : null}

      <Text style={styles.h2} minPresenceAhead={40}>
        Biggest risks
      </Text>
      {s.risks.length === 0 ? (
        <Text style={styles.muted}>
          {r.status === 'ready' ? 'No open gap in the latest final audit.' : 'No final audit yet.'}
        </Text>
      ) : (
        s.risks.map((k, i) => (
          <View key={k.gap.key} style={[styles.row, { marginBottom: 5 }]} wrap={false}>
            <Text style={{ width: 16, fontWeight: 700 }}>{i + 1}.</Text>
            <View style={{ flexGrow: 1, flexBasis: 0 }}>
              <Text>
                <Text style={{ fontWeight: 700 }}>{k.gap.title}</Text> at {k.score.text}
                {' — '}
                {k.missing || 'nothing written down as missing'}
              </Text>
              <Text style={styles.small}>
                Owner: {k.owner} ({k.ownerNote})
              </Text>
            </View>
          </View>
        ))
      )}

      <Text style={styles.h2} minPresenceAhead={40}>
        The five gaps
      </Text>
      <GapBars gaps={model.gaps} />

      <View wrap={false}>
        <Text style={styles.h2} minPresenceAhead={40}>
          Readiness over time
        </Text>
        <TrendChart points={model.trend} />
      </View>
    </View>
  );
}

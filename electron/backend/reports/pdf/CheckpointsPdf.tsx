import { Text, View } from '@react-pdf/renderer';
import type { CheckpointsSection, VerdictSection } from '../../../../shared/reports';
import { PendingLine } from './Pending';
import { BAND_COLORS, COLORS, styles } from './pdfTheme';

// The governance checkpoints in the PDF: the verdict with what stands in its way, then each
// stage's status, owner, sign-off and waiver with its expiry. The same fields the Markdown and
// the preview print.

const STATE_COLORS: Record<string, string> = {
  passed: BAND_COLORS.ready.solid,
  waived: BAND_COLORS.nearly.solid,
  in_progress: BAND_COLORS.at_risk.solid,
  failed: BAND_COLORS.blocked.solid,
  waiver_expired: BAND_COLORS.blocked.solid,
  not_started: COLORS.muted,
};

export function CheckpointsPdf({
  section,
  verdict,
}: {
  section: CheckpointsSection;
  verdict: VerdictSection;
}) {
  if (section.status === 'pending') return <PendingLine section={section} />;
  return (
    <View>
      {verdict.status === 'ready' ? (
        <View wrap={false}>
          <Text
            style={{
              fontWeight: 700,
              color: verdict.ready ? BAND_COLORS.ready.solid : BAND_COLORS.blocked.solid,
            }}
          >
            {verdict.label}
          </Text>
          <Text style={{ marginTop: 2 }}>{verdict.explanation}</Text>
          {verdict.blockers.map((b, i) => (
            <Text key={i} style={{ marginTop: 2 }}>
              • {b.text}
            </Text>
          ))}
        </View>
      ) : null}
      <Text style={{ marginTop: 6, fontWeight: 700 }}>{section.text}</Text>
      <View style={[styles.tableHead, { marginTop: 4 }]}>
        <Text style={{ width: '20%' }}>Stage</Text>
        <Text style={{ width: '14%' }}>Status</Text>
        <Text style={{ width: '20%' }}>Owner</Text>
        <Text style={{ width: '22%' }}>Sign-off</Text>
        <Text style={{ width: '24%' }}>Waiver</Text>
      </View>
      {section.stages.map((s) => (
        <View key={s.stage} style={styles.tableRow} wrap={false}>
          <View style={{ width: '20%', paddingRight: 6 }}>
            <Text>{s.name}</Text>
            {s.plannedText ? <Text style={styles.small}>{s.plannedText}</Text> : null}
          </View>
          <Text style={{ width: '14%', paddingRight: 6, color: STATE_COLORS[s.state] }}>
            {s.stateLabel}
            {s.attempt !== null && s.attempt > 1 ? ` (attempt ${s.attempt})` : ''}
          </Text>
          <Text style={{ width: '20%', paddingRight: 6 }}>{s.owner}</Text>
          <Text style={{ width: '22%', paddingRight: 6 }}>
            {s.signOff
              ? `${s.signOff.reviewer}, ${s.signOff.onText}${s.signOff.comment ? `: ${s.signOff.comment}` : ''}`
              : '—'}
          </Text>
          <Text
            style={{
              width: '24%',
              color: s.waiver?.expired ? BAND_COLORS.blocked.solid : COLORS.ink,
            }}
          >
            {s.waiver
              ? `${s.waiver.expired ? 'Expired' : 'Until'} ${s.waiver.expiresText}; by ${s.waiver.approver}: ${s.waiver.reason}`
              : '—'}
          </Text>
        </View>
      ))}
      {section.stages
        .filter((s) => s.missing.length > 0)
        .map((s) => (
          <Text key={s.stage} style={[styles.small, { marginTop: 2 }]}>
            {s.name}, still needed for a pass: {s.missing.join('; ')}
          </Text>
        ))}
      {section.expiringWaivers.map((w) => (
        <Text key={w} style={{ marginTop: 2, color: BAND_COLORS.at_risk.solid }}>
          {w}
        </Text>
      ))}
      <Text style={[styles.small, { marginTop: 4 }]}>{section.forecast}</Text>
    </View>
  );
}

import { Text, View } from '@react-pdf/renderer';
import { formatInstant } from '../../../../shared/domain/formatDay';
import type { GapDetail, ProjectReport } from '../../../../shared/reports';
import { CheckpointsPdf } from './CheckpointsPdf';
import { ProjectOrg } from './OrgPdf';
import { GapPlanTasks, PlanProgressPdf, ReleasesPdf } from './PlanPdf';
import { BAND_COLORS, bandOfTenths, COLORS, styles } from './pdfTheme';

const LEVEL_COLORS: Record<string, string> = {
  none: BAND_COLORS.blocked.solid,
  manual: BAND_COLORS.at_risk.solid,
  automated: BAND_COLORS.ready.solid,
  not_applicable: COLORS.muted,
  unscored: COLORS.faint,
};

function GapSection({ gap }: { gap: GapDetail }) {
  const color = gap.score ? BAND_COLORS[bandOfTenths(gap.score.tenths)].solid : COLORS.muted;
  return (
    <View style={{ marginBottom: 10 }}>
      <View wrap={false}>
        <View style={[styles.row, { justifyContent: 'space-between', marginTop: 8 }]}>
          <Text style={{ fontSize: 11, fontWeight: 700 }}>{gap.gap.title}</Text>
          <Text style={{ fontSize: 11, fontWeight: 700, color }}>
            {gap.score?.text ?? 'no score'}
          </Text>
        </View>
        <Text style={styles.small}>{gap.explanation}</Text>
        {gap.missing ? (
          <Text style={{ marginTop: 3 }}>
            <Text style={{ fontWeight: 700 }}>What is missing: </Text>
            {gap.missing}
          </Text>
        ) : null}
      </View>
      <View style={[styles.tableHead, { marginTop: 4 }]}>
        <Text style={{ width: '38%' }}>Practice</Text>
        <Text style={{ width: '24%' }}>Answer</Text>
        <Text style={{ width: '38%' }}>Note</Text>
      </View>
      {gap.practices.map((p) => (
        <View key={p.key} style={styles.tableRow} wrap={false}>
          <Text style={{ width: '38%', paddingRight: 6 }}>{p.title}</Text>
          <Text style={{ width: '24%', paddingRight: 6, color: LEVEL_COLORS[p.level] }}>
            {p.answer}
          </Text>
          <Text style={{ width: '38%', color: COLORS.muted }}>{p.note || '—'}</Text>
        </View>
      ))}
      <GapPlanTasks section={gap.planTasks} />
    </View>
  );
}

/** Everything after the summary: the gaps in detail, the other sections, what changed. */
export function ProjectDetails({ model }: { model: ProjectReport }) {
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={40}>
        Gap by gap
      </Text>
      {model.gaps.map((g) => (
        <GapSection key={g.gap.key} gap={g} />
      ))}
      {model.summary.flags.length > 0 ? (
        <>
          <Text style={styles.h2} minPresenceAhead={40}>
            Flags
          </Text>
          {model.summary.flags.map((f) => (
            <Text key={f.key} style={{ marginBottom: 3 }}>
              <Text style={{ fontWeight: 700 }}>{f.label}: </Text>
              {f.reason}
            </Text>
          ))}
        </>
      ) : null}
      <Text style={styles.h2} minPresenceAhead={40}>
        Plan progress
      </Text>
      <PlanProgressPdf section={model.planProgress} />
      <Text style={styles.h2} minPresenceAhead={40}>
        Governance checkpoints
      </Text>
      <CheckpointsPdf section={model.checkpoints} verdict={model.summary.verdict} />
      <Text style={styles.h2} minPresenceAhead={40}>
        Org model and ownership
      </Text>
      <ProjectOrg section={model.org} />
      <Text style={styles.h2} minPresenceAhead={40}>
        Releases and lead times
      </Text>
      <ReleasesPdf section={model.releases} />
      <Text style={styles.h2} minPresenceAhead={40}>
        What changed
      </Text>
      <Text style={{ marginBottom: 4 }}>{model.changes.since}</Text>
      {model.changes.events.map((e) => (
        <View key={e.seq} style={styles.tableRow} wrap={false}>
          <Text style={{ width: 110, color: COLORS.muted }}>{formatInstant(e.at)}</Text>
          <Text style={{ width: 80, color: COLORS.muted }}>{e.actor}</Text>
          <Text style={{ flexGrow: 1, flexBasis: 0 }}>{e.summary}</Text>
        </View>
      ))}
      {model.changes.total > model.changes.events.length ? (
        <Text style={styles.small}>
          …and {model.changes.total - model.changes.events.length} earlier changes (see the
          project’s history in Crossing).
        </Text>
      ) : null}
    </View>
  );
}

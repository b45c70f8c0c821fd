import { Rect, Svg, Text, View } from '@react-pdf/renderer';
import type {
  PlanProgressSection,
  PlanTaskRow,
  PlanTasksSection,
  ReleasesSection,
} from '../../../../shared/reports';
import { formatDay } from '../../../../shared/domain/formatDay';
import { PendingLine } from './Pending';
import { BAND_COLORS, COLORS, styles } from './pdfTheme';

// The 30-day plan and the model releases in the PDF: plan progress by week (a vector bar per
// week), the overdue tasks, each gap's plan tasks, and the releases with their lead times. The
// same fields the Markdown and the preview print.

const TRACK = 150;
const OWNER = (o: string) => o || 'No owner';

function TaskLine({ t }: { t: PlanTaskRow }) {
  return (
    <View style={styles.tableRow} wrap={false}>
      <Text style={{ width: '44%', paddingRight: 6 }}>{t.title}</Text>
      <Text style={{ width: '20%', paddingRight: 6 }}>{OWNER(t.owner)}</Text>
      <Text
        style={{
          width: '16%',
          paddingRight: 6,
          color: t.overdue ? BAND_COLORS.blocked.solid : COLORS.ink,
        }}
      >
        {t.dueText}
        {t.overdue ? ' (overdue)' : ''}
      </Text>
      <Text style={{ width: '20%', color: COLORS.muted }}>
        {t.statusLabel}
        {t.statusReason ? `: ${t.statusReason}` : ''}
      </Text>
    </View>
  );
}

function TaskHead() {
  return (
    <View style={[styles.tableHead, { marginTop: 4 }]}>
      <Text style={{ width: '44%' }}>Plan task</Text>
      <Text style={{ width: '20%' }}>Owner</Text>
      <Text style={{ width: '16%' }}>Due</Text>
      <Text style={{ width: '20%' }}>Status</Text>
    </View>
  );
}

/** One gap's plan tasks with owners and due dates. */
export function GapPlanTasks({ section }: { section: PlanTasksSection }) {
  if (section.status === 'pending') return <PendingLine section={section} />;
  return (
    <View style={{ marginTop: 4 }}>
      <Text style={{ fontWeight: 700 }} minPresenceAhead={20}>
        Plan: {section.text}
      </Text>
      {section.tasks.length > 0 ? (
        <>
          <TaskHead />
          {section.tasks.map((t) => (
            <TaskLine key={t.id} t={t} />
          ))}
        </>
      ) : null}
    </View>
  );
}

/** "Plan progress": one bar per week, then the overdue tasks. */
export function PlanProgressPdf({ section }: { section: PlanProgressSection }) {
  if (section.status === 'pending') return <PendingLine section={section} />;
  return (
    <View>
      <Text>{section.text}</Text>
      {section.weeks.map((w) => {
        const p = w.progress;
        const closed = p.total === 0 ? 0 : (TRACK * p.closed) / p.total;
        const late = p.total === 0 ? 0 : (TRACK * p.overdue) / p.total;
        return (
          <View
            key={w.section}
            style={{ flexDirection: 'row', alignItems: 'center', marginTop: 4 }}
            wrap={false}
          >
            <View style={{ width: 200 }}>
              <Text>{w.title}</Text>
              <Text style={styles.small}>
                {formatDay(w.startOn)} to {formatDay(w.endOn)}
              </Text>
            </View>
            <Svg width={TRACK} height={10}>
              <Rect x={0} y={0} width={TRACK} height={10} fill={COLORS.panel} />
              <Rect x={0} y={0} width={closed} height={10} fill={BAND_COLORS.ready.solid} />
              <Rect x={closed} y={0} width={late} height={10} fill={BAND_COLORS.blocked.solid} />
            </Svg>
            <Text style={{ marginLeft: 8, flexGrow: 1, flexBasis: 0 }}>{w.text}</Text>
          </View>
        );
      })}
      {section.hasPlan ? (
        <Text style={[styles.small, { marginTop: 4 }]}>
          Green: closed (done or skipped). Red: open and past its due date.
        </Text>
      ) : null}
      {section.overdue.length > 0 ? (
        <>
          <Text style={{ fontWeight: 700, marginTop: 8 }} minPresenceAhead={20}>
            Overdue tasks ({section.overdue.length})
          </Text>
          <TaskHead />
          {section.overdue.map((t) => (
            <TaskLine key={t.id} t={t} />
          ))}
        </>
      ) : section.hasPlan ? (
        <Text style={{ marginTop: 6 }}>No overdue task.</Text>
      ) : null}
    </View>
  );
}

const VERDICT_COLORS = {
  on_track: BAND_COLORS.ready.solid,
  waiting: COLORS.muted,
  over_target: BAND_COLORS.at_risk.solid,
  process_problem: BAND_COLORS.blocked.solid,
} as const;

/** "Releases and lead times": every release, newest first, and the median. */
export function ReleasesPdf({ section }: { section: ReleasesSection }) {
  if (section.status === 'pending') return <PendingLine section={section} />;
  return (
    <View>
      <Text>{section.text}</Text>
      {section.releases.length > 0 ? (
        <>
          <View style={[styles.tableHead, { marginTop: 4 }]}>
            <Text style={{ width: '16%' }}>Version</Text>
            <Text style={{ width: '14%' }}>Kind</Text>
            <Text style={{ width: '14%' }}>Trained</Text>
            <Text style={{ width: '14%' }}>Serving</Text>
            <Text style={{ width: '42%' }}>Lead time</Text>
          </View>
          {section.releases.map((r) => (
            <View key={r.id} style={styles.tableRow} wrap={false}>
              <Text style={{ width: '16%', paddingRight: 6 }}>
                {r.version}
                {r.promptVersion ? ` · ${r.promptVersion}` : ''}
              </Text>
              <Text style={{ width: '14%', paddingRight: 6 }}>{r.kindLabel}</Text>
              <Text style={{ width: '14%' }}>{formatDay(r.trainedOn)}</Text>
              <Text style={{ width: '14%' }}>
                {r.servingOn ? formatDay(r.servingOn) : 'Not yet'}
              </Text>
              <Text style={{ width: '42%', color: VERDICT_COLORS[r.verdict] }}>{r.text}</Text>
            </View>
          ))}
        </>
      ) : null}
    </View>
  );
}

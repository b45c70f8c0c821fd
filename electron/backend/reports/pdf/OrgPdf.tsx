import { Text, View } from '@react-pdf/renderer';
import type { PortfolioOrgSection, ProjectOrgSection } from '../../../../shared/reports';
import { PendingLine } from './Pending';
import { BAND_COLORS, COLORS, styles } from './pdfTheme';

// The org model in the PDF: the project's owners and ownership gaps, the portfolio's decision
// and whether the portfolio still fits it. The same fields the Markdown and the preview print.

const FIT_COLORS = {
  in_range: BAND_COLORS.ready.solid,
  borderline: BAND_COLORS.at_risk.solid,
  out_of_range: BAND_COLORS.blocked.solid,
  unknown: COLORS.muted,
} as const;

function Fit({ fit }: { fit: { status: keyof typeof FIT_COLORS; text: string } | null }) {
  if (!fit) return null;
  return <Text style={{ color: FIT_COLORS[fit.status], marginTop: 2 }}>{fit.text}</Text>;
}

/** The project report's "Org model and ownership" section. */
export function ProjectOrg({ section }: { section: ProjectOrgSection }) {
  if (section.status === 'pending') return <PendingLine section={section} />;
  return (
    <View>
      <Text>{section.modelText}</Text>
      <Fit fit={section.fit} />
      {section.recorded ? null : (
        <Text style={[styles.muted, { marginTop: 2 }]}>
          Nobody has recorded who owns this project yet.
        </Text>
      )}
      <View style={{ marginTop: 6 }}>
        {section.owners.map((o) => (
          <View key={o.role} style={styles.tableRow} wrap={false}>
            <Text style={{ width: 170, color: COLORS.muted }}>{o.role}</Text>
            <Text style={{ flexGrow: 1, flexBasis: 0 }}>{o.name}</Text>
          </View>
        ))}
      </View>
      <Text style={{ marginTop: 6, fontWeight: 700 }}>{section.gapsText}</Text>
      {section.gaps.map((g) => (
        <Text key={g.key} style={{ marginTop: 2 }} wrap={false}>
          <Text
            style={{
              fontWeight: 700,
              color:
                g.severity === 'danger' ? BAND_COLORS.blocked.solid : BAND_COLORS.at_risk.solid,
            }}
          >
            {g.label}:{' '}
          </Text>
          {g.reason}
        </Text>
      ))}
    </View>
  );
}

/** The portfolio report's org decision, the figures and whether the portfolio still fits. */
export function PortfolioOrg({ section }: { section: PortfolioOrgSection }) {
  if (section.status === 'pending') return <PendingLine section={section} />;
  return (
    <View>
      <Text style={{ fontWeight: 700 }}>{section.decisionText}</Text>
      {section.decision ? (
        <Text style={[styles.muted, { marginTop: 2 }]}>Why: {section.decision.rationale}</Text>
      ) : null}
      <Fit fit={section.fit} />
      <Text style={[styles.small, { marginTop: 4 }]}>
        Today’s figures: {section.figures.join(' · ')}
      </Text>
      <Text style={{ marginTop: 2 }}>
        Recommendation from today’s figures: {section.recommendation}
      </Text>
      <Text style={{ marginTop: 2 }}>{section.ownership.text}</Text>
      {section.earlierDecisions > 0 ? (
        <Text style={styles.small}>
          {section.earlierDecisions === 1
            ? '1 earlier decision is kept in the log.'
            : `${section.earlierDecisions} earlier decisions are kept in the log.`}
        </Text>
      ) : null}
    </View>
  );
}

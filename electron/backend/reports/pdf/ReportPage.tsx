import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { formatDay } from '../../../../shared/domain/formatDay';
import type { ReportMeta } from '../../../../shared/reports';
import { styles } from './pdfTheme';

interface Props {
  meta: ReportMeta;
  /** "Readiness report" or "Portfolio report". */
  kind: string;
  fonts: string[];
  children: ReactNode;
}

/**
 * One A4 page flow with the header (report, project and generation date) and the footer
 * ("Page N of M") repeated on every page it breaks onto.
 */
export function ReportPage({ meta, kind, fonts, children }: Props) {
  return (
    <Page size="A4" style={[styles.page, { fontFamily: fonts }]} wrap>
      <View style={styles.header} fixed>
        <Text>
          <Text style={styles.brand}>Crossing</Text> · {kind}
        </Text>
        <Text>
          {meta.title} · {formatDay(meta.generatedOn)}
        </Text>
      </View>
      <View style={styles.footer} fixed>
        <Text>Generated {formatDay(meta.generatedOn)} from the local Crossing workspace</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
      <View style={styles.body}>{children}</View>
    </Page>
  );
}

import { Text, View } from '@react-pdf/renderer';
import { formatInstant } from '../../../../shared/domain/formatDay';
import type { ReportMeta } from '../../../../shared/reports';
import { codeLabel } from './reportFonts';
import { styles } from './pdfTheme';

/**
 * The closing block, on the last page: who generated the report and when, the history anchor
 * it speaks for, and the content hash of its data.
 */
export function AboutReport({ meta, missing }: { meta: ReportMeta; missing: number[] }) {
  const a = meta.historyAnchor;
  return (
    <View wrap={false} style={[styles.panel, { marginTop: 18 }]}>
      <Text style={styles.label}>About this report</Text>
      <Text>
        Generated {formatInstant(meta.generatedAt)} by {meta.generatedBy} with Crossing{' '}
        {meta.appVersion} (framework {meta.frameworkVersion}, report format {meta.schemaVersion}).
      </Text>
      {meta.previousReport ? (
        <Text>
          Compared with the previous report of {formatInstant(meta.previousReport.exportedAt)} (
          {meta.previousReport.format.toUpperCase()}, content hash{' '}
          {meta.previousReport.contentHash.slice(0, 12)}…).
        </Text>
      ) : (
        <Text>This is the first report of its kind in this workspace.</Text>
      )}
      <Text style={{ marginTop: 4 }}>
        History anchor: change #{a.seq}. {a.note}
      </Text>
      <Text style={styles.mono}>{a.hash}</Text>
      <Text style={{ marginTop: 4 }}>
        Content hash (sha256 of the report’s data, the same in its JSON export):
      </Text>
      <Text style={styles.mono}>{meta.contentHash}</Text>
      {missing.length > 0 ? (
        <Text style={{ marginTop: 4 }}>
          {missing.length === 1 ? 'One character has' : `${missing.length} characters have`} no
          glyph in the report’s fonts and {missing.length === 1 ? 'is' : 'are'} printed as{' '}
          {missing.length === 1 ? 'its code' : 'their codes'}: {missing.map(codeLabel).join(', ')}.
        </Text>
      ) : null}
    </View>
  );
}

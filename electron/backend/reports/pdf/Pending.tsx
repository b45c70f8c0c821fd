import { Text, View } from '@react-pdf/renderer';
import type { Pending } from '../../../../shared/reports';
import { COLORS, styles } from './pdfTheme';

/** A section whose feature is not built yet: one line that says so, never a blank. */
export function PendingLine({ section }: { section: Pending }) {
  return (
    <View
      style={{
        borderLeftWidth: 2,
        borderLeftColor: COLORS.rule,
        paddingLeft: 8,
        marginVertical: 2,
      }}
    >
      <Text style={styles.pending}>{section.message}</Text>
    </View>
  );
}

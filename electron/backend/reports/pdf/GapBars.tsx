import { Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { GapDetail } from '../../../../shared/reports';
import { BAND_COLORS, bandOfTenths, COLORS } from './pdfTheme';

const TRACK = 250;

/** The project's row of the heatmap as bars: one per gap, coloured by the band it falls in. */
export function GapBars({ gaps }: { gaps: readonly GapDetail[] }) {
  return (
    <View>
      {gaps.map((g) => {
        const tenths = g.score?.tenths ?? null;
        const band = tenths === null ? null : BAND_COLORS[bandOfTenths(tenths)];
        return (
          <View
            key={g.gap.key}
            style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 4 }}
          >
            <Text style={{ width: 170 }}>{g.gap.title}</Text>
            <Svg width={TRACK} height={10}>
              <Rect x={0} y={0} width={TRACK} height={10} fill={COLORS.panel} />
              {tenths !== null && band ? (
                <Rect
                  x={0}
                  y={0}
                  width={(TRACK * Math.max(0, Math.min(1000, tenths))) / 1000}
                  height={10}
                  fill={band.solid}
                />
              ) : null}
              {/* The band thresholds: 40%, 70%, 90%. */}
              {[400, 700, 900].map((t) => (
                <Rect
                  key={t}
                  x={(TRACK * t) / 1000}
                  y={0}
                  width={0.6}
                  height={10}
                  fill={COLORS.white}
                />
              ))}
            </Svg>
            <Text style={{ width: 60, textAlign: 'right', fontWeight: 700 }}>
              {g.score?.text ?? 'no score'}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

import { Circle, Line, Polyline, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { formatDay } from '../../../../shared/domain/formatDay';
import { percentText, type ReportTrendPoint } from '../../../../shared/reports';
import { BAND_COLORS, COLORS, styles } from './pdfTheme';

const W = 500;
const H = 72;
const PAD = 8;

/** Headline (weakest gap) and mean over the final audits, on the band scale, as vectors. */
export function TrendChart({ points }: { points: readonly ReportTrendPoint[] }) {
  if (points.length === 0) return <Text style={styles.muted}>No final audit yet.</Text>;
  const x = (i: number) =>
    points.length === 1 ? W / 2 : PAD + ((W - 2 * PAD) * i) / (points.length - 1);
  const y = (tenths: number) => H - (H * tenths) / 1000;
  const line = (key: 'headline' | 'mean') =>
    points
      .map((p, i) => (p[key] === null ? null : `${x(i)},${y(p[key])}`))
      .filter((s): s is string => s !== null)
      .join(' ');
  return (
    <View wrap={false}>
      <Svg width={W} height={H + 2}>
        {/* Band backgrounds: blocked, at risk, nearly ready, ready. */}
        <Rect x={0} y={y(400)} width={W} height={y(0) - y(400)} fill={BAND_COLORS.blocked.tint} />
        <Rect x={0} y={y(700)} width={W} height={y(400) - y(700)} fill={BAND_COLORS.at_risk.tint} />
        <Rect x={0} y={y(900)} width={W} height={y(700) - y(900)} fill={BAND_COLORS.nearly.tint} />
        <Rect x={0} y={y(1000)} width={W} height={y(900) - y(1000)} fill={BAND_COLORS.ready.tint} />
        <Line x1={0} y1={H} x2={W} y2={H} stroke={COLORS.muted} strokeWidth={0.75} />
        <Polyline
          points={line('mean')}
          stroke={COLORS.muted}
          strokeWidth={1.2}
          strokeDasharray="3 2"
          fill="none"
        />
        <Polyline points={line('headline')} stroke={COLORS.ink} strokeWidth={1.8} fill="none" />
        {points.map((p, i) =>
          p.headline === null ? null : (
            <Circle key={p.auditId} cx={x(i)} cy={y(p.headline)} r={2.4} fill={COLORS.ink} />
          ),
        )}
      </Svg>
      <View style={{ position: 'relative', height: 20, width: W }}>
        {points.map((p, i) => (
          <View
            key={p.auditId}
            style={{
              position: 'absolute',
              top: 2,
              left: Math.min(Math.max(x(i) - 40, 0), W - 80),
              width: 80,
            }}
          >
            <Text style={{ textAlign: 'center', fontSize: 7, color: COLORS.muted }}>
              {formatDay(p.takenOn)}
            </Text>
            <Text style={{ textAlign: 'center', fontSize: 7, fontWeight: 700 }}>
              {p.headline === null ? '—' : percentText(p.headline)}
            </Text>
          </View>
        ))}
      </View>
      <Text style={styles.small}>
        Solid: headline (weakest gap). Dashed: gap mean. Bands: blocked below 40%, at risk to 70%,
        nearly ready to 90%, gaps closed above.
      </Text>
    </View>
  );
}

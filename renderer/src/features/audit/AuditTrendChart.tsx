import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Audit } from '../../../../shared/domain/audit';
import { answersOf } from '../../../../shared/domain/auditRules';
import { bandByKey, buildTrend, type TrendPoint } from '../../../../shared/framework';
import { formatTenths } from './auditLabels';
import { TREND_SERIES, type SeriesKey } from './trendSeries';
import { formatDay } from '../../../../shared/domain/formatDay';

const valueOf = (p: TrendPoint, key: SeriesKey): number | null =>
  key === 'headline' ? p.headline : p.gaps[key];

/**
 * Readiness across the project's final audits: the headline and every gap. The SVG is for the
 * eye; the table under it holds the same numbers, formatted the same way, for everyone else.
 */
export function AuditTrendChart({ finals }: { finals: readonly Audit[] }) {
  const points = useMemo(
    () =>
      buildTrend(
        finals.map((a) => ({
          id: a.id,
          takenOn: a.takenOn,
          answers: answersOf(a),
          // Each audit scored under its own framework version.
          frameworkVersion: a.frameworkVersion,
        })),
      ),
    [finals],
  );
  const titleOf = useMemo(() => new Map(finals.map((a) => [a.id, a.title])), [finals]);
  // Recharts plots numbers: tenths of a percent / 10. Labels are always formatted from the
  // exact tenths (formatTenths), never from these floats.
  const data = useMemo(
    () =>
      points.map((p) => {
        const row: Record<string, string | number | null> = { id: p.id, takenOn: p.takenOn };
        for (const s of TREND_SERIES) {
          const v = valueOf(p, s.key);
          row[s.key] = v === null ? null : v / 10;
        }
        return row;
      }),
    [points],
  );
  const dateOf = (id: unknown): string => {
    const p = points.find((q) => q.id === id);
    return p ? formatDay(p.takenOn) : '';
  };

  if (points.length < 2) {
    return (
      <div className="empty-state trend-empty">
        <h3>No trend yet</h3>
        <p>
          {points.length === 0
            ? 'The trend needs at least two final audits, and this project has none. Finalise its first audit; later, start a new audit from it and finalise that one too.'
            : `The trend needs at least two final audits; this project has one (${points[0] ? formatDay(points[0].takenOn) : ''}). Start a new audit from the latest, update what changed, and finalise it.`}
        </p>
      </div>
    );
  }

  return (
    <figure className="trend" aria-labelledby="trend-caption">
      <figcaption id="trend-caption" className="trend-caption">
        Readiness and each gap across the {points.length} final audits, in %
      </figcaption>
      <div className="trend-chart" aria-hidden="true">
        <LineChart
          responsive
          style={{ width: '100%', height: 300 }}
          data={data}
          accessibilityLayer={false}
          margin={{ top: 10, right: 24, bottom: 4, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis
            dataKey="id"
            tickFormatter={dateOf}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            padding={{ left: 24, right: 24 }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            tickFormatter={(v: number) => `${v}%`}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            width={48}
          />
          <Tooltip
            formatter={(v) => formatTenths(Math.round(Number(v) * 10))}
            labelFormatter={(id) =>
              `${dateOf(id)} · ${typeof id === 'string' ? (titleOf.get(id) ?? '') : ''}`
            }
            contentStyle={{
              background: 'var(--surface)',
              border: '1px solid var(--border)',
              borderRadius: 6,
            }}
            labelStyle={{ color: 'var(--text)', fontWeight: 600 }}
          />
          {TREND_SERIES.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={s.width}
              strokeDasharray={s.dash}
              dot={{ r: s.key === 'headline' ? 5 : 3.5, fill: s.color, strokeWidth: 0 }}
              activeDot={{ r: 6 }}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </div>
      <ul className="trend-legend" aria-hidden="true">
        {TREND_SERIES.map((s) => (
          <li key={s.key}>
            <svg width="28" height="10" className="trend-legend-line">
              <line
                x1="0"
                y1="5"
                x2="28"
                y2="5"
                stroke={s.color}
                strokeWidth={s.width}
                strokeDasharray={s.dash}
              />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <table className="table trend-table">
        <caption>Trend data: readiness and each gap per final audit</caption>
        <thead>
          <tr>
            <th scope="col">Audit</th>
            {TREND_SERIES.map((s) => (
              <th scope="col" key={s.key}>
                {s.label}
              </th>
            ))}
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <time dateTime={p.takenOn}>{formatDay(p.takenOn)}</time>{' '}
                <span className="muted">{titleOf.get(p.id)}</span>
              </th>
              {TREND_SERIES.map((s) => (
                <td key={s.key} className="score-text">
                  {formatTenths(valueOf(p, s.key))}
                </td>
              ))}
              <td>{p.band === null ? '—' : bandByKey(p.band).label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

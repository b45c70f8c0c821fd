import type { ProjectFlag } from '../../../../shared/domain/projectFlags';

/**
 * A project's flags as short badges; each says its full reason as a tooltip and to screen
 * readers. With `limit`, the first ones show and a "+N" badge stands for the rest (its tooltip
 * and screen-reader text name them), so a table row keeps its height.
 */
export function FlagList({ flags, limit }: { flags: readonly ProjectFlag[]; limit?: number }) {
  if (flags.length === 0) return <span className="muted">None</span>;
  const shown = limit === undefined ? flags : flags.slice(0, limit);
  const rest = flags.slice(shown.length);
  return (
    <ul className="flag-list">
      {shown.map((f) => (
        <li key={f.key} className={`badge flag flag-${f.tone}`} title={f.reason}>
          <span aria-hidden="true">⚑ </span>
          {f.label}
          <span className="visually-hidden">: {f.reason}</span>
        </li>
      ))}
      {rest.length > 0 && (
        <li className="badge flag flag-more" title={rest.map((f) => f.reason).join('\n')}>
          +{rest.length}
          <span className="visually-hidden">
            {' '}
            more: {rest.map((f) => `${f.label}: ${f.reason}`).join('; ')}
          </span>
        </li>
      )}
    </ul>
  );
}

import type { ProjectFlag } from '../../../../shared/domain/projectFlags';

/**
 * A project's flags as short badges; each says its full reason as a tooltip and to screen
 * readers. With `limit`, the first ones show and a "+N" badge stands for the rest (its tooltip
 * and screen-reader text name them), so a table row keeps its height; with `limit` 0, one
 * count chip stands for them all (the portfolio table).
 */
export function FlagList({ flags, limit }: { flags: readonly ProjectFlag[]; limit?: number }) {
  if (flags.length === 0) return <span className="muted">None</span>;
  if (limit === 0) return <FlagCount flags={flags} />;
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

/**
 * One short chip, "⚑ 4", for a table cell too narrow for any flag's label (issue 6: at 1280 px
 * the labels were cut off). Red when any flag is; its tooltip and its accessible text name
 * every flag with its reason, and the portfolio report lists the same flags.
 */
function FlagCount({ flags }: { flags: readonly ProjectFlag[] }) {
  const tone = flags.some((f) => f.tone === 'danger') ? 'danger' : 'warning';
  return (
    <span
      className={`badge flag flag-count flag-${tone}`}
      title={flags.map((f) => `${f.label}: ${f.reason}`).join('\n')}
    >
      <span aria-hidden="true">⚑ {flags.length}</span>
      <span className="visually-hidden">
        {flags.length === 1 ? '1 flag' : `${flags.length} flags`}:{' '}
        {flags.map((f) => `${f.label}: ${f.reason}`).join('; ')}
      </span>
    </span>
  );
}

import type { ProjectFlag } from '../../../../shared/domain/projectFlags';

/** A project's flags as short badges; each says its full reason as a tooltip and to screen readers. */
export function FlagList({ flags }: { flags: readonly ProjectFlag[] }) {
  if (flags.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="flag-list">
      {flags.map((f) => (
        <li key={f.key} className={`badge flag flag-${f.tone}`} title={f.reason}>
          <span aria-hidden="true">⚑ </span>
          {f.label}
          <span className="visually-hidden">: {f.reason}</span>
        </li>
      ))}
    </ul>
  );
}

import type { OwnershipFields } from '../../../../shared/domain/ownership';
import { whoDoesWhat, type ResolvedParty } from '../../../../shared/domain/ownershipRoles';
import { orgModelByKey, type OrgModelKey } from '../../../../shared/framework/orgModels';
import { raciRowLabel } from '../../../../shared/framework/raci';

function Party({ p }: { p: ResolvedParty }) {
  if (p.name) return <>{p.name}</>;
  return (
    <span className={p.missing ? 'flag-red' : undefined}>
      {p.label}
      {p.missing && ' (not recorded)'}
    </span>
  );
}

const list = (ps: ResolvedParty[]) =>
  ps.length === 0 ? '—' : ps.map((p) => (p.name ? `${p.name}` : p.label)).join(', ');

/** The model in force's responsibility table with this project's people in it. */
export function WhoDoesWhatTable({
  model,
  ownership,
}: {
  model: OrgModelKey;
  ownership: OwnershipFields;
}) {
  const rows = whoDoesWhat(model, ownership);
  return (
    <>
      <h3 id="who-does-what-title">Who does what</h3>
      <table className="table org-raci" aria-labelledby="who-does-what-title">
        <caption className="visually-hidden">
          Responsibilities under {orgModelByKey(model).name}, with this project’s people
        </caption>
        <thead>
          <tr>
            <th scope="col">Checkpoint stage or alert</th>
            <th scope="col">Responsible</th>
            <th scope="col">Accountable</th>
            <th scope="col">Consulted</th>
            <th scope="col">Informed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {raciRowLabel(r.key)}
                {r.kind === 'alert' && <span className="muted"> alerts</span>}
              </th>
              <td>
                {r.alert ? (
                  <span className={r.alert.missing ? 'flag-red' : undefined}>{r.alert.text}</span>
                ) : (
                  <Party p={r.responsible} />
                )}
              </td>
              <td>
                <Party p={r.accountable} />
              </td>
              <td>{list(r.consulted)}</td>
              <td>{list(r.informed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { ORG_MODELS, type OrgModelKey } from '../../../../shared/framework/orgModels';
import {
  RACI_PARTY_LABELS,
  raciRowLabel,
  raciTable,
  type RaciParty,
} from '../../../../shared/framework/raci';

const names = (parties: readonly RaciParty[]) =>
  parties.length === 0 ? '—' : parties.map((p) => RACI_PARTY_LABELS[p]).join(', ');

/** The responsibility table of each model, one tab each; opens on the model in force. */
export function RaciTables({ initial }: { initial: OrgModelKey }) {
  return (
    <section className="card" aria-labelledby="raci-title">
      <h2 id="raci-title">Who does what, per model</h2>
      <p className="muted">
        Responsible does the work, Accountable answers for it, Consulted is asked before, Informed
        is told after. Checkpoint owners and alert routes default from the model in force.
      </p>
      <Tabs defaultSelectedKey={initial} className="org-tabs">
        <TabList aria-label="Org model" className="org-tab-list">
          {ORG_MODELS.map((m) => (
            <Tab key={m.key} id={m.key} className="org-tab">
              {m.name}
            </Tab>
          ))}
        </TabList>
        {ORG_MODELS.map((m) => (
          <TabPanel key={m.key} id={m.key}>
            <table className="table org-raci">
              <caption className="visually-hidden">Responsibilities under {m.name}</caption>
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
                {raciTable(m.key).map((row) => (
                  <tr key={row.key}>
                    <th scope="row">
                      {raciRowLabel(row.key)}
                      {row.kind === 'alert' && <span className="muted"> alerts</span>}
                    </th>
                    <td>{RACI_PARTY_LABELS[row.responsible]}</td>
                    <td>{RACI_PARTY_LABELS[row.accountable]}</td>
                    <td>{names(row.consulted)}</td>
                    <td>{names(row.informed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TabPanel>
        ))}
      </Tabs>
    </section>
  );
}

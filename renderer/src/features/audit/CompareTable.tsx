import { Fragment } from 'react';
import { GAPS, practiceByKey, type AuditComparison } from '../../../../shared/framework';
import { answerLabel } from './auditLabels';
import { ChangeLabel } from './ChangeLabel';

/** Practice by practice, grouped by gap: the answer before, after, and what kind of change. */
export function CompareTable({
  comparison,
  onlyChanges,
}: {
  comparison: AuditComparison;
  onlyChanges: boolean;
}) {
  const rows = onlyChanges
    ? comparison.practices.filter((p) => p.change !== 'unchanged')
    : comparison.practices;
  return (
    <table className="table compare-table">
      <caption>Practices: before and after</caption>
      <thead>
        <tr>
          <th scope="col">Practice</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={4} className="table-empty">
              No practice changed between these two audits.
            </td>
          </tr>
        )}
        {GAPS.map((gap) => {
          const inGap = rows.filter((r) => r.gap === gap.key);
          if (inGap.length === 0) return null;
          return (
            <Fragment key={gap.key}>
              <tr className="compare-gap-row">
                <th scope="colgroup" colSpan={4}>
                  {gap.title}
                </th>
              </tr>
              {inGap.map((r) => (
                <tr key={r.practiceKey} className={`compare-row compare-row-${r.change}`}>
                  <th scope="row">{practiceByKey(r.practiceKey)?.title ?? r.practiceKey}</th>
                  <td>{answerLabel(r.before)}</td>
                  <td>{answerLabel(r.after)}</td>
                  <td>
                    <ChangeLabel change={r.change} />
                  </td>
                </tr>
              ))}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

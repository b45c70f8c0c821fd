import { Fragment } from 'react';
import { GAPS, practiceIn, type VersionedComparison } from '../../../../shared/framework';
import { answerLabel } from './auditLabels';
import { ChangeLabel } from './ChangeLabel';
import { frameworkChangeText } from './CompareFrameworkChanges';

/** Practice by practice, grouped by gap: the answer before, after, and what kind of change. */
export function CompareTable({
  comparison,
  onlyChanges,
}: {
  comparison: VersionedComparison;
  onlyChanges: boolean;
}) {
  const { beforeVersion, afterVersion } = comparison;
  const framework = new Map(comparison.framework.map((c) => [c.practiceKey, c]));
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
                  <th scope="row">
                    {(
                      practiceIn(afterVersion, r.practiceKey) ??
                      practiceIn(beforeVersion, r.practiceKey)
                    )?.title ?? r.practiceKey}
                    {framework.has(r.practiceKey) && (
                      <span className="framework-change">
                        {' '}
                        (framework {afterVersion}:{' '}
                        {frameworkChangeText(framework.get(r.practiceKey)!)})
                      </span>
                    )}
                  </th>
                  {/* Each side in the words of its own framework version. */}
                  <td>{answerLabel(r.before, practiceIn(beforeVersion, r.practiceKey))}</td>
                  <td>{answerLabel(r.after, practiceIn(afterVersion, r.practiceKey))}</td>
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

import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { Audit } from '../../../../shared/domain/audit';
import { SelectField } from '../../components/fields/SelectField';
import { STATUS_LABELS } from './auditLabels';
import { formatDay } from '../../../../shared/domain/formatDay';

export const auditOptionLabel = (a: Audit): string =>
  `${formatDay(a.takenOn)} · ${a.title}${a.status === 'draft' ? ` (${STATUS_LABELS.draft})` : ''}`;

/** Two audits of the project (oldest first) to compare; defaults to the latest two. */
export function CompareControl({
  audits,
  projectId,
}: {
  audits: readonly Audit[];
  projectId: string;
}) {
  const [, navigate] = useLocation();
  const options = audits.map((a) => ({ id: a.id, label: auditOptionLabel(a) }));
  const [before, setBefore] = useState<string | null>(audits.at(-2)?.id ?? null);
  const [after, setAfter] = useState<string | null>(audits.at(-1)?.id ?? null);
  const same = before !== null && before === after;
  return (
    <div className="compare-control" role="group" aria-labelledby="compare-title">
      <h3 id="compare-title">Compare two audits</h3>
      <div className="compare-control-fields">
        <SelectField label="Before" options={options} value={before} onChange={setBefore} />
        <SelectField label="After" options={options} value={after} onChange={setAfter} />
        <Button
          className="button"
          isDisabled={before === null || after === null || same}
          onPress={() => {
            if (before && after) navigate(`/projects/${projectId}/compare/${before}/${after}`);
          }}
        >
          Compare
        </Button>
      </div>
      {same && <p className="field-description">Choose two different audits.</p>}
    </div>
  );
}

import type { Change } from '../../../../shared/framework';
import { CHANGE_LABELS } from './auditLabels';

/** A change in words with a symbol; colour only reinforces it. */
export function ChangeLabel({ change }: { change: Change }) {
  const { label, symbol } = CHANGE_LABELS[change];
  return (
    <span className={`change change-${change}`}>
      <span aria-hidden="true" className="change-symbol">
        {symbol}
      </span>{' '}
      {label}
    </span>
  );
}

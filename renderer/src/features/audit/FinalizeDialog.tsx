import { useEffect, useRef, useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import type { AppError } from '../../../../shared/api/result';
import type { Audit } from '../../../../shared/domain/audit';
import { finalizeProblems } from '../../../../shared/domain/auditRules';
import { useAppStore } from '../../store/useAppStore';
import { FinalizeBlockers } from './FinalizeBlockers';
import { AppDialog } from '../../components/AppDialog';

interface Props {
  audit: Audit;
  isOpen: boolean;
  onClose: () => void;
}

/**
 * Finalising is irreversible, so it is confirmed, with Cancel focused. What still blocks it is
 * listed live; if the backend refuses anyway (the rule is enforced there), its list is shown.
 */
export function FinalizeDialog({ audit, isOpen, onClose }: Props) {
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} role="alertdialog">
      {isOpen && <FinalizeForm audit={audit} onClose={onClose} />}
    </AppDialog>
  );
}

function FinalizeForm({ audit, onClose }: { audit: Audit; onClose: () => void }) {
  const finalize = useAppStore((s) => s.finalizeAudit);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const refusalRef = useRef<HTMLDivElement>(null);
  const problems = finalizeProblems(audit);
  // After a refusal, focus goes to what was refused, inside the dialog: Esc still closes it and
  // a screen reader reads why (a disabled button used to drop focus to the page).
  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    // The store queues it behind any text still being saved (leaving a field saves it).
    const r = await finalize(audit.id);
    setBusy(false);
    if (r.ok) onClose();
    else setRefusal(r.error);
  };

  return (
    <>
      <Heading slot="title">Finalise “{audit.title}”?</Heading>
      <div className="dialog-body">
        <p>
          A final audit is part of the record: its scores, notes and “what is missing” texts can
          never be changed afterwards. To record progress later, start a new audit from it.
        </p>
        {refusal ? (
          <div role="alert" className="form-error finalize-refusal" tabIndex={-1} ref={refusalRef}>
            <p>{refusal.message}</p>
            {refusal.issues && refusal.issues.length > 0 && (
              <ul>
                {refusal.issues.map((i) => (
                  <li key={i.path}>{i.message}</li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <FinalizeBlockers problems={problems} headingLevel={3} />
        )}
      </div>
      <div className="dialog-actions">
        <Button autoFocus className="button" onPress={onClose}>
          Cancel
        </Button>
        <Button className="button button-primary" onPress={() => void confirm()}>
          Finalise audit
        </Button>
      </div>
    </>
  );
}

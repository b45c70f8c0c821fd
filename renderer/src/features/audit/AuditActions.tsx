import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { Audit } from '../../../../shared/domain/audit';

export type AuditDialog = 'finalize' | 'delete' | 'edit' | 'copy';

interface Props {
  audit: Audit;
  workshopHref: string;
  /** Why new audits cannot be started (the project is archived), or null. */
  copyBlockedReason: string | null;
  /** How many things still block finalising (the page lists them under "Before you can finalise"). */
  finalizeProblemCount?: number;
  onOpen: (dialog: AuditDialog) => void;
}

/** The audit's actions: a draft is scored and finalised; a final one is the start of the next. */
export function AuditActions({
  audit,
  workshopHref,
  copyBlockedReason,
  finalizeProblemCount = 0,
  onOpen,
}: Props) {
  if (audit.status === 'final') {
    return (
      <div className="header-actions">
        <Button
          className="button button-primary"
          onPress={() => onOpen('copy')}
          isDisabled={copyBlockedReason !== null}
          aria-describedby={copyBlockedReason ? 'copy-blocked' : undefined}
        >
          New audit from this
        </Button>
        {copyBlockedReason && (
          <p id="copy-blocked" className="action-note">
            {copyBlockedReason}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="header-actions">
      <Link href={workshopHref} className="button button-primary" aria-keyshortcuts="W">
        Start workshop <kbd>W</kbd>
      </Link>
      <Button className="button" onPress={() => onOpen('edit')}>
        Edit details
      </Button>
      <Button
        className="button"
        onPress={() => onOpen('finalize')}
        aria-describedby="finalize-readiness"
      >
        Finalise…
      </Button>
      <Button className="button button-danger" onPress={() => onOpen('delete')}>
        Delete draft…
      </Button>
      {/* What blocks finalising, said before the button is pressed (issue 6, item 3). */}
      <p id="finalize-readiness" className="action-note">
        {finalizeProblemCount === 0
          ? 'Ready to finalise.'
          : `Not ready to finalise: ${finalizeProblemCount === 1 ? '1 thing' : `${finalizeProblemCount} things`} to do first, listed under “Before you can finalise”.`}
      </p>
    </div>
  );
}

import type { Audit } from '../../../../shared/domain/audit';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store/useAppStore';

/** Deleting a draft cannot be undone (the history keeps a record), so it is confirmed. */
export function DeleteAuditDialog({
  audit,
  isOpen,
  onClose,
  onDeleted,
}: {
  audit: Audit;
  isOpen: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const deleteAudit = useAppStore((s) => s.deleteAudit);
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={`Delete draft “${audit.title}”?`}
      confirmLabel="Delete draft"
      onCancel={onClose}
      onConfirm={() => {
        void deleteAudit(audit).then((r) => {
          onClose();
          if (r.ok) onDeleted();
        });
      }}
    >
      <p>
        Its scores, notes and “what is missing” texts will be removed. This cannot be undone; the
        change history keeps a record that it was deleted.
      </p>
    </ConfirmDialog>
  );
}

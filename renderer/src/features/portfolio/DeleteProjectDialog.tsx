import type { Project } from '../../../../shared/domain/project';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store/useAppStore';

/** Deleting is permanent, so it is confirmed, and archiving is offered as the reversible option. */
export function DeleteProjectDialog({
  project,
  onClose,
  onDeleted,
}: {
  project: Project | null;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const deleteProject = useAppStore((s) => s.deleteProject);
  return (
    <ConfirmDialog
      isOpen={project !== null}
      title={`Delete “${project?.name ?? ''}”?`}
      confirmLabel="Delete project"
      onCancel={onClose}
      onConfirm={() => {
        if (!project) return;
        void deleteProject(project.id).then((r) => {
          onClose();
          if (r.ok) onDeleted?.();
        });
      }}
    >
      <p>
        The project and everything recorded under it (audits, plans, checkpoints) will be removed
        from this computer. This cannot be undone. The change history keeps a record that it was
        deleted.
      </p>
      <p>To keep it but take it out of the list, archive it instead.</p>
    </ConfirmDialog>
  );
}

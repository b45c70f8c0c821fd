import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { Project } from '../../../../shared/domain/project';
import { useAppStore } from '../../store/useAppStore';

/** Edit, archive or restore, and delete: the row's actions, keyboard reachable. */
export function ProjectActionsMenu({
  project,
  onDelete,
}: {
  project: Project;
  onDelete: () => void;
}) {
  const openEdit = useAppStore((s) => s.openEditProject);
  const archive = useAppStore((s) => s.archiveProject);
  const unarchive = useAppStore((s) => s.unarchiveProject);
  return (
    <MenuTrigger>
      <Button className="icon-button" aria-label={`Actions for ${project.name}`}>
        ⋯
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu
          className="menu"
          // An archived project is read-only until restored (the backend refuses edits too).
          disabledKeys={project.archivedAt === null ? [] : ['edit']}
          onAction={(key) => {
            if (key === 'edit') openEdit(project.id);
            if (key === 'archive') void archive(project.id);
            if (key === 'unarchive') void unarchive(project.id);
            if (key === 'delete') onDelete();
          }}
        >
          <MenuItem id="edit" className="menu-item">
            Edit…
          </MenuItem>
          {project.archivedAt === null ? (
            <MenuItem id="archive" className="menu-item">
              Archive
            </MenuItem>
          ) : (
            <MenuItem id="unarchive" className="menu-item">
              Restore from archive
            </MenuItem>
          )}
          <MenuItem id="delete" className="menu-item menu-item-danger">
            Delete…
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

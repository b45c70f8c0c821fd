import type { ShellCommand } from '../../../shared/api/channels';
import type { AppStore } from '../store/appStore';

export interface ActionContext {
  store: AppStore;
  navigate: (to: string) => void;
}

/**
 * A user action as one registered object: the native menu (through shell commands), key
 * bindings and tests share it, so a shortcut and its menu item can never drift apart.
 */
export interface Action {
  id: ShellCommand;
  label: string;
  /** e.g. 'Mod+N': Mod is Cmd on macOS and Ctrl elsewhere. */
  keys?: string;
  perform: (ctx: ActionContext) => void;
}

export const ACTIONS: readonly Action[] = [
  {
    id: 'project.new',
    label: 'New project',
    keys: 'Mod+N',
    perform: ({ store, navigate }) => {
      navigate('/');
      store.getState().openCreateProject();
    },
  },
  {
    id: 'view.portfolio',
    label: 'Go to portfolio',
    keys: 'Mod+Shift+P',
    perform: ({ navigate }) => navigate('/'),
  },
  {
    id: 'view.org',
    label: 'Go to org model',
    keys: 'Mod+Shift+O',
    perform: ({ navigate }) => navigate('/org'),
  },
  { id: 'view.backups', label: 'Backups', perform: ({ navigate }) => navigate('/backups') },
  { id: 'app.about', label: 'About Crossing', perform: ({ navigate }) => navigate('/about') },
];

export const actionById = (id: ShellCommand): Action | undefined =>
  ACTIONS.find((a) => a.id === id);

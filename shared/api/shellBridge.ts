import type { ShellCommand } from './channels';

/** What the Electron shell exposes beside window.api as window.shell (absent in a browser). */
export interface ShellBridge {
  platform: string;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onCommand: (listener: (command: ShellCommand) => void) => () => void;
}

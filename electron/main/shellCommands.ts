import type { WebContents } from 'electron';
import { SHELL_COMMANDS, type ShellCommand } from '../../shared/api/channels';
import { SHELL_COMMAND_EVENT } from '../../shared/api/channels';

type Target = Pick<WebContents, 'send' | 'isDestroyed'>;

/**
 * How the native menu talks to the renderer: one event, and only the commands the contract
 * lists (the type says so; the run-time check keeps a cast from sneaking another one through).
 * No window, or a destroyed one: the command is dropped, as a click on a closed window would be.
 */
export function createShellCommandSender(
  getTarget: () => Target | null | undefined,
): (command: ShellCommand) => boolean {
  return (command) => {
    if (!(SHELL_COMMANDS as readonly string[]).includes(command)) return false;
    const target = getTarget();
    if (!target || target.isDestroyed()) return false;
    target.send(SHELL_COMMAND_EVENT, command);
    return true;
  };
}

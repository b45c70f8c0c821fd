import type { Api } from '../../shared/api/contract';
import {
  CHANNELS,
  ipcChannel,
  REPORT_SAVE_CHANNEL,
  SHELL_COMMAND_EVENT,
  SHELL_COMMANDS,
  type ShellCommand,
} from '../../shared/api/channels';
import type { ShellBridge } from '../../shared/api/shellBridge';

interface Invoker {
  invoke: (channel: string, input: unknown) => Promise<unknown>;
  on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => void;
  removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => void;
}

/**
 * Builds window.api: one named function per contract channel, each a plain invoke. The renderer
 * never sees ipcRenderer itself. Pure (takes the invoker) so it is testable without Electron.
 */
export function buildApi(ipc: Pick<Invoker, 'invoke'>): Api {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    api[channel] = (input: unknown) => ipc.invoke(ipcChannel(channel), input);
  }
  return api as Api;
}

export function buildShellBridge(ipc: Invoker, platform: string): ShellBridge {
  return {
    platform,
    saveReport: (input) =>
      ipc.invoke(REPORT_SAVE_CHANNEL, input) as ReturnType<ShellBridge['saveReport']>,
    onCommand: (listener) => {
      const wrapped = (_event: unknown, command: unknown) => {
        if (
          typeof command === 'string' &&
          (SHELL_COMMANDS as readonly string[]).includes(command)
        ) {
          listener(command as ShellCommand);
        }
      };
      ipc.on(SHELL_COMMAND_EVENT, wrapped);
      return () => ipc.removeListener(SHELL_COMMAND_EVENT, wrapped);
    },
  };
}

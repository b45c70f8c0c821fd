import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, SHELL_COMMANDS, type ShellCommand } from '../../shared/api/channels';
import { contract } from '../../shared/api/contract';
import { ipcChannel, SHELL_COMMAND_EVENT } from '../../shared/api/channels';
import { buildApi, buildShellBridge } from './exposedApi';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** A stand-in for ipcRenderer: records invokes and lets a test emit main-process events. */
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    invoke: vi.fn((channel: string, input: unknown) =>
      Promise.resolve({ ok: true, data: { channel, input } }),
    ),
    on: vi.fn((channel: string, l: Listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(l);
      listeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, l: Listener) => void listeners.get(channel)?.delete(l)),
    emit: (channel: string, ...args: unknown[]) =>
      listeners.get(channel)?.forEach((l) => l({}, ...args)),
    count: (channel: string) => listeners.get(channel)?.size ?? 0,
  };
}

describe('buildApi', () => {
  it('exposes exactly one function per contract channel, and nothing else', () => {
    const api = buildApi(fakeIpc());
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('on');
  });

  it.each(CHANNELS)('%s invokes crossing:<name> with the input, unchanged', async (channel) => {
    const ipc = fakeIpc();
    const api = buildApi(ipc) as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    const input = { probe: channel };
    await expect(api[channel]?.(input)).resolves.toEqual({
      ok: true,
      data: { channel: `crossing:${channel}`, input },
    });
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
    expect(ipc.invoke).toHaveBeenCalledWith(ipcChannel(channel), input);
  });
});

describe('buildShellBridge', () => {
  it('reports the platform it was given', () => {
    expect(buildShellBridge(fakeIpc(), 'darwin').platform).toBe('darwin');
  });

  it('passes on every command in SHELL_COMMANDS', () => {
    const ipc = fakeIpc();
    const seen: ShellCommand[] = [];
    buildShellBridge(ipc, 'linux').onCommand((c) => seen.push(c));
    for (const command of SHELL_COMMANDS) ipc.emit(SHELL_COMMAND_EVENT, command);
    expect(seen).toEqual([...SHELL_COMMANDS]);
    expect(SHELL_COMMAND_EVENT).toBe('crossing:shell-command');
  });

  it.each([['app.quit'], [''], [42], [null], [{ command: 'project.new' }], [['project.new']]])(
    'ignores %j, which is not a shell command',
    (command) => {
      const ipc = fakeIpc();
      const listener = vi.fn();
      buildShellBridge(ipc, 'linux').onCommand(listener);
      ipc.emit(SHELL_COMMAND_EVENT, command);
      expect(listener).not.toHaveBeenCalled();
    },
  );

  it('unsubscribes, leaving no listener on the IPC event', () => {
    const ipc = fakeIpc();
    const listener = vi.fn();
    const off = buildShellBridge(ipc, 'linux').onCommand(listener);
    expect(ipc.count(SHELL_COMMAND_EVENT)).toBe(1);
    off();
    expect(ipc.count(SHELL_COMMAND_EVENT)).toBe(0);
    ipc.emit(SHELL_COMMAND_EVENT, 'project.new');
    expect(listener).not.toHaveBeenCalled();
  });
});

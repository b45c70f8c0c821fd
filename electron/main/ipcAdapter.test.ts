import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/api/channels';
import { contract } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { Dispatch } from '../backend/dispatch/dispatch';
import { checkSender, REFUSALS, registerIpc } from './ipcAdapter';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>, handlers };
}

/** An invoke event as Electron builds it; only the sender frame matters to the adapter. */
function eventFrom(frame: { url: string; parent: unknown } | null): IpcMainInvokeEvent {
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

const ours = () => eventFrom({ url: 'app://crossing/index.html#/projects', parent: null });

function setup() {
  const { ipcMain, handlers } = fakeIpcMain();
  const dispatch = vi.fn<Dispatch>(() => Promise.resolve({ ok: true, data: 'done' }));
  const log = vi.fn();
  registerIpc(ipcMain, dispatch, log);
  const invoke = (channel: string, event: IpcMainInvokeEvent, input: unknown = {}) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, input);
  };
  return { handlers, dispatch, log, invoke };
}

describe('registerIpc', () => {
  it('registers exactly the contract channels, as crossing:<name>', () => {
    const { handlers } = setup();
    const expected = CHANNELS.map((c) => `crossing:${c}`);
    expect([...handlers.keys()].sort()).toEqual([...expected].sort());
    expect([...handlers.keys()].sort()).toEqual(
      Object.keys(contract)
        .map((c) => `crossing:${c}`)
        .sort(),
    );
  });

  it('passes our main frame through to dispatch, channel and input unchanged', async () => {
    const { dispatch, invoke } = setup();
    const input = { name: 'Pilot' };
    await expect(invoke('crossing:projects.create', ours(), input)).resolves.toEqual({
      ok: true,
      data: 'done',
    });
    expect(dispatch).toHaveBeenCalledWith('projects.create', input);
  });

  it.each([
    ['no sender frame', null, REFUSALS.noFrame],
    ['a sub-frame', { url: 'app://crossing/index.html', parent: {} }, REFUSALS.subFrame],
    ['a foreign origin', { url: 'https://evil.example/', parent: null }, REFUSALS.foreignOrigin],
    [
      'a look-alike host',
      { url: 'app://crossing.evil/index.html', parent: null },
      REFUSALS.foreignOrigin,
    ],
    ['a file: page', { url: 'file:///tmp/x.html', parent: null }, REFUSALS.foreignOrigin],
    ['about:blank', { url: 'about:blank', parent: null }, REFUSALS.foreignOrigin],
  ])('refuses %s with FORBIDDEN before dispatch runs', async (_label, frame, message) => {
    const { dispatch, invoke, log } = setup();
    const result = await invoke('crossing:projects.delete', eventFrom(frame), { id: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining(message));
  });

  it('gives each refusal its own message', () => {
    const messages = Object.values(REFUSALS);
    expect(new Set(messages).size).toBe(messages.length);
    expect(REFUSALS.noFrame).toMatch(/no sender frame/);
    expect(REFUSALS.subFrame).toMatch(/sub-frame/);
    expect(REFUSALS.foreignOrigin).toMatch(/foreign origin/);
  });

  it('treats a frame that throws on access (disposed) as no frame', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    expect(checkSender(eventFrom(disposed))).toBe(REFUSALS.noFrame);
  });

  it('turns a throwing dispatch into an INTERNAL Result rather than a rejected invoke', async () => {
    const { dispatch, invoke, log } = setup();
    dispatch.mockRejectedValueOnce(new Error('boom'));
    const result = await invoke('crossing:projects.list', ours());
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('boom'));
  });

  it('returns a disposer that removes every handler', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispose = registerIpc(ipcMain, vi.fn<Dispatch>());
    dispose();
    expect(handlers.size).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServiceContext } from '../services/ServiceContext';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { projectInput } from '../testing/projectFixtures';
import { createHandlers, type WorkspaceHandlers } from '../workspace/createHandlers';
import { createDispatch } from './dispatch';
import type { Handlers } from './handlers';

let ws: TempWorkspace;
const log = vi.fn();

beforeEach(() => {
  log.mockClear();
  ws = openTempWorkspace();
});
afterEach(() => ws.dispose());

const notHere = () => {
  throw new Error('not used in these tests');
};
const workspaceChannels: WorkspaceHandlers = {
  'backups.list': notHere,
  'backups.create': notHere,
  'backups.restore': notHere,
  'workspace.reopen': notHere,
  'history.verify': notHere,
};

/** The real handlers of a real workspace, with some replaced. */
function dispatchWith(overrides: Partial<Handlers>) {
  const ctx = createServiceContext(ws.openDb(), 'tester', () => FIXED_NOW);
  const handlers = { ...createHandlers(ctx, ws.info, workspaceChannels), ...overrides };
  return createDispatch(handlers, log);
}

describe('dispatch', () => {
  it.each([
    'projects.drop',
    'Projects.list',
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'projects.list ',
  ])('answers an unknown channel “%s” with UNKNOWN_CHANNEL', async (channel) => {
    const r = await ws.dispatch(channel, {});
    expect(r).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: expect.stringContaining('Unknown request') },
    });
  });

  it('keeps the echo of a long unknown channel name short', async () => {
    const r = await ws.dispatch(`x${'y'.repeat(10_000)}`, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.length).toBeLessThan(120);
  });

  it('turns an unexpected error into INTERNAL with a generic message, and logs it', async () => {
    const bug = new Error('Cannot read properties of undefined (reading "secret") at /home/x');
    const dispatch = dispatchWith({
      'projects.list': () => {
        throw bug;
      },
    });
    const r = await dispatch('projects.list', {});
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          'Something went wrong inside Crossing, so nothing was saved. The details are in the log.',
      },
    });
    expect(JSON.stringify(r)).not.toMatch(/secret|\/home|at /);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(bug);
  });

  it('does the same for an async handler that rejects, or throws a non-Error', async () => {
    const dispatch = dispatchWith({
      'projects.list': () => Promise.reject(new TypeError('boom')),
      'history.verify': () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the case under test
        throw 'a string';
      },
    });
    for (const channel of ['projects.list', 'history.verify']) {
      const r = await dispatch(channel, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    }
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('never runs the handler when the input is refused', async () => {
    const create = vi.fn();
    const dispatch = dispatchWith({ 'projects.create': create });
    const r = await dispatch('projects.create', { ...projectInput(), kind: 'crystal ball' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(create).not.toHaveBeenCalled();
  });

  it('hands the handler parsed input: trimmed, defaults filled, nothing extra', async () => {
    const create = vi.fn(() => ({}) as never);
    const dispatch = dispatchWith({ 'projects.create': create });
    await dispatch('projects.create', { name: '  Pilot ', kind: 'llm', stage: 'poc' });
    expect(create).toHaveBeenCalledWith({
      name: 'Pilot',
      kind: 'llm',
      stage: 'poc',
      description: '',
      owner: '',
      team: '',
      pocApprovedOn: null,
      targetOn: null,
    });
  });
});

import type { Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { REPORT_SAVE_CHANNEL } from '../../shared/api/channels';
import { ok, type Result } from '../../shared/api/result';
import type { ReportJob } from '../../shared/reports';
import type { WorkspaceReports } from '../backend/workspace/openWorkspace';
import { registerReportSave } from './reportSaveDialog';

// Electron's own APIs (ipcMain, dialog) are the one place fakes stand in.

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<ReportJob | null>>;
const ours = { senderFrame: { url: 'app://crossing/index.html#/reports', parent: null } };
const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
const request = { report: { scope: 'portfolio' }, format: 'pdf' };
const job = { id: 'j', state: 'running' } as ReportJob;

function setup(choice: { canceled: boolean; filePath?: string }) {
  let handler: Handler | undefined;
  const ipcMain = {
    handle: vi.fn((_c: string, h: Handler) => void (handler = h)),
    removeHandler: vi.fn(),
  } as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>;
  const showSaveDialog = vi.fn(() => Promise.resolve(choice));
  const startToFile = vi.fn(() => ok(job));
  registerReportSave({
    ipcMain,
    dialog: { showSaveDialog } as unknown as Pick<Dialog, 'showSaveDialog'>,
    window: () => null,
    defaultDir: () => '/home/ana/Documents',
    reports: (): WorkspaceReports => ({ startToFile, exportToFile: vi.fn() }),
    log: vi.fn(),
  });
  const invoke = (event: object, input: unknown) => handler!(event as IpcMainInvokeEvent, input);
  return { ipcMain, showSaveDialog, startToFile, invoke };
}

describe('the report save dialog', () => {
  it('asks where to save, suggesting the name in the documents folder, then exports there', async () => {
    const s = setup({ canceled: false, filePath: '/home/ana/Desktop/q3.pdf' });
    expect(s.ipcMain.handle).toHaveBeenCalledWith(REPORT_SAVE_CHANNEL, expect.any(Function));
    const r = await s.invoke(ours, { request, fileName: 'Portfolio readiness 2026-03-14.pdf' });
    expect(r).toEqual({ ok: true, data: job });
    expect(s.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '/home/ana/Documents/Portfolio readiness 2026-03-14.pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
    expect(s.startToFile).toHaveBeenCalledWith(request, '/home/ana/Desktop/q3.pdf');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const s = setup({ canceled: true });
    expect(await s.invoke(ours, { request, fileName: 'r.pdf' })).toEqual({ ok: true, data: null });
    expect(s.startToFile).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender and bad input before showing anything', async () => {
    const s = setup({ canceled: false, filePath: '/x.pdf' });
    expect(await s.invoke(foreign, { request, fileName: 'r.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await s.invoke(ours, { request: { ...request, format: 'exe' }, fileName: 'r' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await s.invoke(ours, { request, fileName: 'r.pdf', path: '/etc/passwd' })).toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_INPUT' },
      },
    );
    expect(s.showSaveDialog).not.toHaveBeenCalled();
  });
});

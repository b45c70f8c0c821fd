import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/api/channels';
import { fail, type Result } from '../../shared/api/result';
import type { Dispatch } from '../backend/dispatch/dispatch';
import { ipcChannel } from '../../shared/api/channels';
import { isAppUrl } from './appOrigin';

export const REFUSALS = {
  noFrame: 'Refused: the request has no sender frame (it was closed or navigated away).',
  subFrame: 'Refused: the request came from a sub-frame, not the main window.',
  foreignOrigin: 'Refused: the request came from a foreign origin, not app://crossing.',
} as const;

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/**
 * Who may call the backend: our own page, in the top frame, on app://crossing. Returns the
 * refusal message, or null when the sender is ours. Checked before the input is even parsed.
 */
export function checkSender(event: SenderEvent): string | null {
  try {
    const frame = event.senderFrame;
    if (!frame) return REFUSALS.noFrame;
    // A frame without a parent is the top frame of its webContents (the sender's mainFrame).
    if (frame.parent !== null) return REFUSALS.subFrame;
    if (!isAppUrl(frame.url)) return REFUSALS.foreignOrigin;
    return null;
  } catch {
    // A frame disposed mid-call throws on access: it is gone, so treat it as no frame.
    return REFUSALS.noFrame;
  }
}

/**
 * One ipcMain.handle per contract channel on `crossing:<name>` (the preload's names). Every
 * outcome is a Result: a thrown error would cross IPC as a bare message without its code.
 * Returns a function that removes the handlers again.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  log: (message: string) => void = console.error,
): () => void {
  for (const name of CHANNELS) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown): Promise<Result<unknown>> => {
      const refusal = checkSender(event);
      if (refusal) {
        log(`[crossing] IPC ${name}: ${refusal}`);
        return fail('FORBIDDEN', refusal);
      }
      try {
        return await dispatch(name, input);
      } catch (e) {
        log(
          `[crossing] IPC ${name} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
        return fail(
          'INTERNAL',
          'Something went wrong inside Crossing. The details are in the log.',
        );
      }
    });
  }
  return () => {
    for (const name of CHANNELS) ipcMain.removeHandler(ipcChannel(name));
  };
}

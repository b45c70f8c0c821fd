import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { listBackups } from '../backups/backupSet';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { JobRunner } from './JobRunner';

// Cancelling a job: one still queued never runs, and its promise rejects with the reason at
// once. (A running job ends with its worker thread: reports/reportThread.test.ts.)

let ws: TempWorkspace | null = null;
afterEach(() => ws?.dispose());

it('drops a queued job whose signal aborts, and runs the others', async () => {
  ws = openTempWorkspace();
  await ws.idle();
  const dir = join(ws.dataDir, 'job-backups');
  const runner = new JobRunner(null);
  const backup = (now: string, signal?: AbortSignal) =>
    runner.run(
      { kind: 'backup', file: ws!.info.dataFile, dir, backupKind: 'manual', now },
      signal ? { signal } : {},
    );
  const first = backup('2026-03-14T10:00:00.000Z');
  const abort = new AbortController();
  const second = backup('2026-03-14T11:00:00.000Z', abort.signal);
  const third = backup('2026-03-14T12:00:00.000Z');
  abort.abort(new Error('not wanted any more'));

  await expect(second).rejects.toThrow('not wanted any more');
  await Promise.all([first, third]);
  await runner.idle();
  expect(
    listBackups(dir)
      .map((b) => b.createdAt)
      .sort(),
  ).toEqual(['2026-03-14T10:00:00.000Z', '2026-03-14T12:00:00.000Z']);
  runner.close(0);
});

it('refuses a job whose signal aborted before it was queued', async () => {
  const runner = new JobRunner(null);
  const abort = new AbortController();
  abort.abort();
  await expect(
    runner.run({ kind: 'quickCheck', file: '/nonexistent' }, { signal: abort.signal }),
  ).rejects.toThrow('The job was cancelled.');
  runner.close(0);
});

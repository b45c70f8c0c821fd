import { describe, expect, it } from 'vitest';
import type { BackupInfo, BackupKind } from '../../../shared/domain/backups';
import { fileStamp } from './backupDatabase';
import { backupsToDelete, RETENTION_TEXT } from './retention';

const NOW = new Date('2026-03-14T09:00:00.000Z');
const HOUR = 60 * 60 * 1000;

/** A backup taken `hoursAgo` before NOW. */
function backup(kind: BackupKind, hoursAgo: number): BackupInfo {
  const at = new Date(NOW.getTime() - hoursAgo * HOUR);
  const prefix = kind === 'before-migration' ? 'before-migration-v1' : kind;
  return { name: `${prefix}-${fileStamp(at)}`, kind, createdAt: at.toISOString(), sizeBytes: 1 };
}

const kept = (list: BackupInfo[]) => {
  const gone = new Set(backupsToDelete(list, NOW).map((b) => b.name));
  return list.filter((b) => !gone.has(b.name));
};

describe('backupsToDelete (the retention rule)', () => {
  it('keeps everything while there are few backups', () => {
    const list = [backup('auto', 1), backup('manual', 30), backup('before-restore', 2)];
    expect(backupsToDelete(list, NOW)).toEqual([]);
  });

  it('keeps the 5 newest of a busy day and lets the older ones of that day go', () => {
    // Twelve backups in the last 8 hours, all today (UTC): the 5 newest stay.
    const today = Array.from({ length: 12 }, (_, i) => backup(i % 2 ? 'auto' : 'manual', i * 0.5));
    expect(kept(today)).toEqual(today.slice(0, 5));
  });

  it('keeps the newest of each day of the last 30 days, and nothing older beyond the 5', () => {
    // Two backups a day for 40 days, at 01:00 and 07:00 UTC.
    const list = Array.from({ length: 40 }, (_, day) => [
      backup('auto', day * 24 + 2),
      backup('auto', day * 24 + 8),
    ]).flat();
    const keptNames = kept(list).map((b) => b.createdAt);
    const days = new Set(keptNames.map((t) => t.slice(0, 10)));
    expect(days.size).toBe(30); // one per day, 2026-02-13 .. 2026-03-14
    expect([...days].sort()[0]).toBe('2026-02-13');
    // Per day the newer one (07:00) is kept; the 5 newest add today's and yesterday's 01:00.
    expect(keptNames.filter((t) => t.includes('T07:00')).length).toBe(30);
    expect(keptNames.filter((t) => t.includes('T01:00'))).toEqual([
      '2026-03-14T01:00:00.000Z',
      '2026-03-13T01:00:00.000Z',
    ]);
  });

  it('counts automatic, manual and before-restore backups together', () => {
    const list = [
      backup('before-restore', 1),
      backup('manual', 2),
      backup('auto', 3),
      backup('manual', 4),
      backup('before-restore', 5),
      backup('auto', 6), // sixth newest, same day as newer ones: goes
    ];
    expect(backupsToDelete(list, NOW).map((b) => b.name)).toEqual([list[5]!.name]);
  });

  it('always keeps the 3 newest before-migration backups, however old, and only those', () => {
    const migrations = [1, 100, 1000, 5000, 9000].map((h) => backup('before-migration', h));
    const routine = Array.from({ length: 8 }, (_, i) => backup('auto', i));
    const gone = backupsToDelete([...routine, ...migrations], NOW);
    expect(gone.filter((b) => b.kind === 'before-migration')).toEqual(migrations.slice(3));
    expect(kept([...routine, ...migrations]).filter((b) => b.kind === 'before-migration')).toEqual(
      migrations.slice(0, 3),
    );
  });

  it('is said in one plain sentence', () => {
    expect(RETENTION_TEXT).toMatch(/^Crossing keeps the 5 newest backups.*30 days.*3 newest/);
    expect(RETENTION_TEXT.match(/\./g)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../../../shared/domain/backups';
import {
  BACKUP_KIND_LABELS,
  describeBackup,
  formatBackupSize,
  formatBackupTime,
} from './backupLabels';

describe('backup labels', () => {
  it('names every kind in words', () => {
    expect(BACKUP_KIND_LABELS).toEqual({
      auto: 'Automatic',
      manual: 'Manual',
      'before-migration': 'Before upgrade',
      'before-restore': 'Before restore',
    });
  });

  it('shows when a backup was taken in local date and time', () => {
    const iso = '2026-11-25T21:30:05.123Z';
    expect(formatBackupTime(iso, 'en-GB', 'UTC')).toBe('25 Nov 2026, 21:30:05');
    expect(formatBackupTime(iso, 'en-GB', 'Europe/Madrid')).toBe('25 Nov 2026, 22:30:05');
  });

  it('leaves a timestamp it cannot read as it is', () => {
    expect(formatBackupTime('not a date', 'en-GB', 'UTC')).toBe('not a date');
  });

  it('formats sizes in bytes, KB and MB (1024 each)', () => {
    expect(formatBackupSize(0)).toBe('0 bytes');
    expect(formatBackupSize(1)).toBe('1 byte');
    expect(formatBackupSize(1023)).toBe('1023 bytes');
    expect(formatBackupSize(1024)).toBe('1.0 KB');
    expect(formatBackupSize(4096)).toBe('4.0 KB');
    expect(formatBackupSize(98_304)).toBe('96 KB');
    expect(formatBackupSize(1024 * 1024 - 1)).toBe('1.0 MB');
    expect(formatBackupSize(1.3 * 1024 * 1024)).toBe('1.3 MB');
    expect(formatBackupSize(250 * 1024 * 1024)).toBe('250 MB');
    expect(formatBackupSize(3 * 1024 ** 3)).toBe('3.0 GB');
    expect(formatBackupSize(-1)).toBe('—');
    expect(formatBackupSize(Number.NaN)).toBe('—');
  });

  it('describes a backup in a sentence', () => {
    const createdAt = '2026-11-25T21:30:05.123Z';
    const says = (kind: BackupKind) => describeBackup({ kind, createdAt }, 'en-GB', 'UTC');
    expect(says('manual')).toBe('the manual backup from 25 Nov 2026, 21:30:05');
    expect(says('auto')).toBe('the automatic backup from 25 Nov 2026, 21:30:05');
    expect(says('before-restore')).toBe(
      'the backup taken before a restore from 25 Nov 2026, 21:30:05',
    );
    expect(says('before-migration')).toBe(
      'the backup taken before an upgrade from 25 Nov 2026, 21:30:05',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { restoreNotice } from './restoreNotice';

const backup = (kind: BackupInfo['kind'], createdAt: string): BackupInfo => ({
  name: `${kind}-x`,
  kind,
  createdAt,
  sizeBytes: 4096,
});

describe('restoreNotice', () => {
  it('names the restored backup and the safety copy that undoes it', () => {
    const text = restoreNotice(
      {
        restored: backup('manual', '2026-11-25T21:30:05.123Z'),
        safetyCopy: backup('before-restore', '2026-11-25T21:40:00.000Z'),
      },
      'en-GB',
      'UTC',
    );
    expect(text).toBe(
      'Restored the manual backup from 25 Nov 2026, 21:30:05. Your previous data was kept as the ' +
        '“Before restore” backup from 25 Nov 2026, 21:40:00: restore that one in Backups to undo.',
    );
  });

  it('says so when there was nothing to keep', () => {
    const text = restoreNotice(
      { restored: backup('auto', '2026-11-25T21:30:05.123Z'), safetyCopy: null },
      'en-GB',
      'UTC',
    );
    expect(text).toBe(
      'Restored the automatic backup from 25 Nov 2026, 21:30:05. There was no previous data to keep.',
    );
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo, BackupKind } from '../../../shared/domain/backups';
import { callOk } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { autoBackupDue } from './autoBackup';

const HOUR = 60 * 60 * 1000;
const at = (hours: number) => new Date(FIXED_NOW.getTime() + hours * HOUR);
const backup = (kind: BackupKind, hours: number): BackupInfo => ({
  name: `${kind}-x`,
  kind,
  createdAt: at(hours).toISOString(),
  sizeBytes: 1,
});

describe('autoBackupDue (the automatic backup rule)', () => {
  const now = at(10);
  it.each([
    ['nothing was ever recorded', null, [], false],
    ['history but no backup yet', at(9), [], true],
    ['no change since the newest backup', at(2), [backup('manual', 3)], false],
    ['a change, but the last backup is 1 h old', at(9.5), [backup('auto', 9)], false],
    ['a change, and the last backup is 5 h old', at(9.5), [backup('auto', 5)], true],
    ['a change, the last backup exactly 4 h old', at(9.5), [backup('manual', 6)], true],
    [
      'a change after a recent before-restore copy, last routine one 5 h old',
      at(9.5),
      [backup('before-restore', 9), backup('manual', 5)],
      true,
    ],
    [
      'no change since a before-migration copy',
      at(1),
      [backup('before-migration', 2), backup('auto', 0)],
      false,
    ],
    [
      'only a before-migration copy, older than the change',
      at(9),
      [backup('before-migration', 1)],
      true,
    ],
  ] as const)('%s -> %s', (_, change, backups, due) => {
    expect(autoBackupDue(change?.toISOString() ?? null, backups, now)).toBe(due);
  });
});

describe('automatic backups in a workspace', () => {
  let ws: TempWorkspace;
  let clock: Date;
  const autos = () => readdirSync(join(ws.dataDir, 'backups')).filter((f) => f.startsWith('auto-'));

  beforeEach(() => {
    clock = at(0);
    ws = openTempWorkspace({ now: () => clock });
  });
  afterEach(() => ws.dispose());

  it('takes one only when something changed and the last one is 4 hours old', async () => {
    await ws.maintain(); // nothing recorded yet
    expect((await callOk(ws.dispatch, 'backups.list', {})).backups).toEqual([]);

    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'A' }));
    await callOk(ws.dispatch, 'backups.create', {});
    clock = at(1);
    await ws.maintain(); // no change since the manual backup
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'B' }));
    await ws.maintain(); // a change, but the manual backup is 1 h old
    expect(autos()).toEqual([]);

    clock = at(5);
    await ws.maintain(); // a change, and the last backup is 5 h old
    expect(autos()).toEqual([`auto-2026-03-14T14-26-53-589Z.sqlite`]);
    clock = at(12);
    await ws.maintain(); // nothing changed since
    expect(autos().length).toBe(1);
  });

  it('checks once when the workspace opens', async () => {
    await callOk(ws.dispatch, 'projects.create', projectInput());
    ws.close();
    clock = at(1);
    const again = openTempWorkspace({ dataDir: ws.dataDir, now: () => clock });
    try {
      // Taken off the request thread: the workspace answers before it is done.
      await again.idle();
      expect((await callOk(again.dispatch, 'backups.list', {})).backups).toMatchObject([
        { kind: 'auto', createdAt: at(1).toISOString() },
      ]);
    } finally {
      again.close();
    }
  });
});

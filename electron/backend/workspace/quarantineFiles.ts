import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { QuarantineEntry } from '../../../shared/domain/backups';
import { fileStamp } from '../backups/backupDatabase';
import { stampTime } from '../../../shared/domain/backups';

// Damaged data files are moved, never edited or deleted: `<dataDir>/quarantine/<stamp>/` holds
// the file and its -wal/-shm companions byte-for-byte as found, with a README saying why.

export const QUARANTINE_FOLDER = 'quarantine';
export const QUARANTINE_README = 'README.txt';

/** The data file and whichever of its companions exist (a crash may leave a rollback journal). */
export const dataFilesPresent = (dataFile: string): string[] =>
  [dataFile, `${dataFile}-journal`, `${dataFile}-wal`, `${dataFile}-shm`].filter((f) =>
    existsSync(f),
  );

/**
 * Moves the data file and its companions (same folder tree, so a rename: bytes unchanged) into a
 * new folder under `quarantineDir`, and returns that folder. If a move fails, the files already
 * moved are put back and the error is thrown: the data file is then where it was.
 */
export function quarantineFiles(
  dataFile: string,
  quarantineDir: string,
  now: Date,
  why: string,
): string {
  const files = dataFilesPresent(dataFile);
  const folder = newFolder(quarantineDir, now);
  const moved: [from: string, to: string][] = [];
  try {
    for (const from of files) {
      const to = join(folder, basename(from));
      renameSync(from, to);
      moved.push([from, to]);
    }
  } catch (e) {
    for (const [from, to] of moved.reverse()) renameSync(to, from);
    rmdirSync(folder); // empty again (if a move back failed, the throw above keeps the files here)
    throw e;
  }
  try {
    writeFileSync(join(folder, QUARANTINE_README), readme(now, why, dataFile), { flag: 'wx' });
  } catch {
    // The files are safe where they are; the note beside them is a courtesy.
  }
  return folder;
}

/** Moves quarantined files back beside the data file and removes the folder (undoes the above). */
export function releaseFromQuarantine(folder: string, dataDir: string): void {
  for (const f of readdirSync(folder)) {
    if (f === QUARANTINE_README) rmSync(join(folder, f));
    else renameSync(join(folder, f), join(dataDir, f));
  }
  rmdirSync(folder);
}

function newFolder(quarantineDir: string, now: Date): string {
  mkdirSync(quarantineDir, { recursive: true });
  for (let ms = 0; ; ms++) {
    const folder = join(quarantineDir, fileStamp(new Date(now.getTime() + ms)));
    try {
      mkdirSync(folder);
      return folder;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || ms >= 1000) throw e;
    }
  }
}

const readme = (now: Date, why: string, dataFile: string): string =>
  [
    `Crossing moved these files here on ${now.toISOString()} because ${why}.`,
    '',
    `They were ${dataFile} (with its -wal/-shm companions, if any), exactly as found: Crossing`,
    'did not change them and will not open them again. To get your work back, restore a backup',
    'in Crossing (Backups). Keep these files if you may want someone to try to repair them.',
    '',
  ].join('\n');

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The quarantine folders, newest first: folder name, when, and the files in it. */
export function listQuarantine(quarantineDir: string): QuarantineEntry[] {
  let names: string[];
  try {
    names = readdirSync(quarantineDir);
  } catch {
    return [];
  }
  const entries: QuarantineEntry[] = [];
  for (const name of names) {
    const movedAt = stampTime(name);
    const folder = join(quarantineDir, name);
    if (!movedAt || !isFolder(folder)) continue;
    const files = readdirSync(folder)
      .filter((f) => f !== QUARANTINE_README)
      .sort();
    entries.push({ name, movedAt: movedAt.toISOString(), files });
  }
  return entries.sort((a, b) => b.name.localeCompare(a.name));
}

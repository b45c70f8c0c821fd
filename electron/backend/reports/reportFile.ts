import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DomainError } from '../services/DomainError';

// Writing an export file so that a failure never leaves half a file and never damages an
// earlier file of the same name: the bytes go to a temp file beside the target, are flushed to
// disk, and only then renamed over it (a rename within a folder is atomic). A target that is
// not a regular file (a device such as /dev/stdout or /dev/full) cannot be renamed over, so it
// is written directly.

export interface PreparedFile {
  /** The absolute path the file goes to. */
  path: string;
  fileName: string;
  /** Puts the file in place (rename, or the direct write). Synchronous: safe in a transaction. */
  commit: () => void;
  /** Removes the temp file; the target is untouched. */
  discard: () => void;
}

export function prepareReportFile(target: string, bytes: Uint8Array): PreparedFile {
  const path = resolve(target);
  const dir = dirname(path);
  const fileName = basename(path);
  const dirStat = statOrNull(dir, path);
  if (!dirStat) throw new DomainError('NOT_FOUND', `The folder ${dir} does not exist.`);
  if (!dirStat.isDirectory())
    throw new DomainError('INVALID_INPUT', `${dir} is a file, not a folder.`);
  const existing = statOrNull(path, path);
  if (existing?.isDirectory()) throw new DomainError('INVALID_INPUT', `${path} is a folder.`);

  if (existing && !existing.isFile()) {
    return {
      path,
      fileName,
      commit: () => {
        try {
          writeFileSync(path, bytes);
        } catch (e) {
          throw writeError(e, path);
        }
      },
      discard: () => {},
    };
  }

  const temp = join(dir, `.${fileName}.${randomBytes(4).toString('hex')}.crossing-tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o644);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw writeError(e, path);
  }
  return {
    path,
    fileName,
    commit: () => {
      try {
        renameSync(temp, path);
      } catch (e) {
        rmSync(temp, { force: true });
        throw writeError(e, path);
      }
    },
    discard: () => rmSync(temp, { force: true }),
  };
}

function statOrNull(p: string, target: string): Stats | null {
  try {
    return statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw writeError(e, target);
  }
}

/** A file system error as one line a user can act on. */
export function writeError(e: unknown, path: string): DomainError {
  if (e instanceof DomainError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new DomainError(
        'STORAGE_FULL',
        `The disk is full, so the report was not saved to ${path}. Free some space and try again.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new DomainError(
        'UNAVAILABLE',
        `Crossing may not write to ${path} (permission denied).`,
      );
    case 'ENOTDIR':
      return new DomainError(
        'INVALID_INPUT',
        `A part of ${dirname(path)} is a file, not a folder.`,
      );
    case 'ENOENT':
      return new DomainError('NOT_FOUND', `The folder ${dirname(path)} does not exist.`);
    case 'EISDIR':
      return new DomainError('INVALID_INPUT', `${path} is a folder.`);
    default:
      return new DomainError(
        'UNAVAILABLE',
        `The report could not be written to ${path} (${code ?? (e as Error).message}).`,
      );
  }
}

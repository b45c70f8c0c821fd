// Every call across the boundary (IPC, HTTP, CLI) returns a Result instead of throwing:
// only `.message` survives Electron IPC, so thrown errors would lose their code and issues.

export const ERROR_CODES = [
  'INVALID_INPUT', // the input did not match the channel's schema (issues say where)
  'UNKNOWN_CHANNEL', // no such channel in the contract
  'NOT_FOUND', // the record does not exist (or no longer does)
  'CONFLICT', // the write clashes with existing data (duplicate name, ...)
  'READ_ONLY', // the record is locked (a finalised audit, an archived project)
  'RULE_VIOLATION', // a framework rule refuses the action (e.g. finalising an incomplete audit)
  'FORBIDDEN', // the caller is not our renderer (IPC sender or HTTP origin checks)
  'UNAVAILABLE', // the workspace is not open (newer file, damaged file, locked by another app)
  'STORAGE_FULL', // the disk or the file's size limit is full; nothing was written
  'BUSY', // another program holds a lock on the data file; nothing was written, try again
  'INTERNAL', // a bug: logged, with a generic message
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Issue {
  /** Dotted path of the offending field, '' for the input as a whole. */
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = <T = never>(code: ErrorCode, message: string, issues?: Issue[]): Result<T> =>
  issues && issues.length > 0
    ? { ok: false, error: { code, message, issues } }
    : { ok: false, error: { code, message } };

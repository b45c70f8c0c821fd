import type { ErrorCode, Issue } from '../../../shared/api/result';
import { DomainError } from '../services/DomainError';

// Errors cross a thread boundary as plain data: what dispatch needs to answer the same Result
// as if the job had run in the request's thread (a DomainError's code, SQLite's error code).

export interface SerializedError {
  message: string;
  domain?: { code: ErrorCode; issues?: Issue[] | undefined };
  /** SQLite's or Node's error code (SQLITE_FULL, ENOSPC...). */
  code?: string;
}

export type JobReply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: SerializedError };

export function serializeError(e: unknown): SerializedError {
  if (e instanceof DomainError)
    return { message: e.message, domain: { code: e.code, issues: e.issues } };
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { message, code } : { message };
}

export function deserializeError(s: SerializedError): Error {
  if (s.domain) return new DomainError(s.domain.code, s.message, s.domain.issues);
  const e = new Error(s.message) as Error & { code?: string };
  if (s.code) e.code = s.code;
  return e;
}

import type { z } from 'zod';
import { contract, type Channel, type InputOf, type OutputOf } from '../../../shared/api/contract';
import { fail, ok, type Issue, type Result } from '../../../shared/api/result';
import { isCode } from '../database/openDatabase';
import { DomainError } from '../services/DomainError';
import type { Handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

const isChannel = (c: string): c is Channel => Object.hasOwn(contract, c);

/**
 * The one entry point every transport (IPC, HTTP, CLI) calls: checks the channel, parses the
 * input against its strict schema, runs the handler and turns every outcome into a Result.
 * Nothing thrown escapes, so transports never have to serialise exceptions.
 */
export function createDispatch(
  handlers: Handlers,
  log: (e: unknown) => void = console.error,
): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel))
      return fail('UNKNOWN_CHANNEL', `Unknown request “${String(channel).slice(0, 80)}”.`);
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    try {
      const handler = handlers[channel] as (i: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (e) {
      return toFailure(e, log);
    }
  };
}

/** Typed convenience for in-process callers (CLI, tests). */
export const call = <C extends Channel>(dispatch: Dispatch, channel: C, input: InputOf<C>) =>
  dispatch(channel, input) as Promise<Result<OutputOf<C>>>;

export function invalid(error: z.ZodError): Result<never> {
  const issues: Issue[] = error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
  const first = issues[0];
  const where = first?.path ? ` (${first.path})` : '';
  return fail('INVALID_INPUT', `${first?.message ?? 'The request was not valid'}${where}.`, issues);
}

function toFailure(e: unknown, log: (e: unknown) => void): Result<never> {
  if (e instanceof DomainError) return fail(e.code, e.message, e.issues);
  if (isCode(e, 'SQLITE_FULL')) {
    return fail(
      'STORAGE_FULL',
      'The disk or the data file is full, so nothing was saved. Free some space and try again.',
    );
  }
  if (isBusy(e)) {
    // "database is locked": not a bug, another program (a database browser, a sync or backup
    // tool) holds the file. The transaction was rolled back whole.
    return fail(
      'BUSY',
      'The data file is busy: another program is using it, so nothing was saved. Close that ' +
        'program (a database browser, a sync or backup tool) and try again.',
    );
  }
  if (
    isCode(e, 'SQLITE_CONSTRAINT_TRIGGER') &&
    String((e as Error).message).includes('audit is final')
  ) {
    // The database's own guard (migration 0002): reached only if a service check was missed.
    return fail(
      'READ_ONLY',
      'This audit is final and cannot be changed. Start a new audit from it instead.',
    );
  }
  if (
    isCode(e, 'SQLITE_CONSTRAINT_TRIGGER') &&
    String((e as Error).message).includes('org decisions are append-only')
  ) {
    // Migration 0003's guard: a recorded decision is never changed or removed.
    return fail(
      'READ_ONLY',
      'A recorded org decision is never changed. Record a new decision instead; the log keeps both.',
    );
  }
  if (isCode(e, 'SQLITE_CONSTRAINT_UNIQUE')) {
    return fail('CONFLICT', 'That would duplicate an existing record, so nothing was saved.');
  }
  log(e);
  return fail(
    'INTERNAL',
    'Something went wrong inside Crossing, so nothing was saved. The details are in the log.',
  );
}

const isBusy = (e: unknown): boolean => {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return (
    typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
  );
};

import type { Db } from '../database/openDatabase';
import { HistoryRepository, type NewEvent } from '../repositories/historyRepository';
import type { AnchorCheck } from '../history/anchorFile';

/** What every service needs: the one writer connection, the clock and the local user. */
export interface ServiceContext {
  db: Db;
  history: HistoryRepository;
  now: () => Date;
  actor: string;
  /** How the chain compares with the anchor kept outside the file (set by the workspace). */
  anchorCheck?: () => AnchorCheck;
}

export function createServiceContext(
  db: Db,
  actor: string,
  now: () => Date = () => new Date(),
): ServiceContext {
  return { db, history: new HistoryRepository(db), now, actor };
}

/**
 * Runs one change and its history event in one synchronous transaction: either both are on
 * disk or neither is. Never await inside `fn` (better-sqlite3 transactions are synchronous).
 */
export function writeChange<T>(
  ctx: ServiceContext,
  fn: (at: string) => { result: T; event: Omit<NewEvent, 'at' | 'actor'> },
): T {
  return ctx.db.transaction(() => {
    const at = ctx.now().toISOString();
    const { result, event } = fn(at);
    ctx.history.append({ ...event, at, actor: ctx.actor });
    return result;
  })();
}

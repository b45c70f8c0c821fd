import type { Statement } from 'better-sqlite3';
import type { Db } from '../database/openDatabase';

type AnyStatement = Statement<unknown[], unknown>;
const cache = new WeakMap<Db, Map<string, AnyStatement>>();

/**
 * The connection's compiled statement for `sql`, compiled once: writes that run thousands of
 * times (a large sample, an import) would otherwise spend a third of their time compiling.
 * Never use it for a statement that is iterated while another call may run it.
 */
export function prepared<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Statement<P, R> {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map<string, AnyStatement>()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement as unknown as Statement<P, R>;
}

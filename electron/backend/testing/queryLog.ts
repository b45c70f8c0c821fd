import type { Db } from '../database/openDatabase';

// What a backend call asks of SQLite, for the scale tests (issue 12): every statement it ran
// with its parameters (to ask SQLite for the query plan), and how many result rows the backend
// read. Rows are counted as they are read from the answer arrays (a Proxy), so code that walks
// one list once per item of another shows up as quadratic, not just a query that returns much.

export interface LoggedQuery {
  sql: string;
  args: unknown[];
}

export interface QueryLog {
  queries: LoggedQuery[];
  /** Result rows read by the backend (each read of an element of an answer, or of `get`). */
  rowsVisited: number;
  reset: () => void;
  stop: () => void;
}

const METHODS = ['all', 'get', 'run', 'iterate'] as const;

export function logQueries(db: Db): QueryLog {
  const log: QueryLog = {
    queries: [],
    rowsVisited: 0,
    reset: () => {
      log.queries = [];
      log.rowsVisited = 0;
    },
    // The wrapper is an own property over the prototype's method: removing it restores that.
    stop: () => {
      Reflect.deleteProperty(db, 'prepare');
    },
  };
  const original = db.prepare.bind(db);
  const countingArray = <T>(rows: T[]): T[] =>
    new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) log.rowsVisited++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  db.prepare = ((sql: string) => {
    const statement = original(sql);
    for (const method of METHODS) {
      const run = (statement[method] as (...a: unknown[]) => unknown).bind(statement);
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          log.queries.push({ sql, args });
          const out = run(...args);
          if (method === 'all') return countingArray(out as unknown[]);
          if (method === 'get') log.rowsVisited += out === undefined ? 0 : 1;
          if (method === 'iterate') {
            return (function* () {
              for (const row of out as Iterable<unknown>) {
                log.rowsVisited++;
                yield row;
              }
            })();
          }
          return out;
        },
      });
    }
    return statement;
  }) as Db['prepare'];
  return log;
}

/** SQLite's plan for a logged query, one line per step (`SCAN x`, `SEARCH x USING INDEX ...`). */
export function queryPlan(db: Db, q: LoggedQuery): string[] {
  return db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${q.sql}`)
    .all(...q.args)
    .map((r) => r.detail);
}

/** Table names behind the aliases of a statement (`FROM audits a` -> a: audits). */
export function tablesByAlias(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const table = m[1] ?? '';
    map.set(table, table);
    const alias = m[2];
    if (alias && !/^(ON|WHERE|JOIN|LEFT|INNER|CROSS|GROUP|ORDER|LIMIT|USING)$/i.test(alias))
      map.set(alias, table);
  }
  return map;
}

/** The tables a plan reads in full (`SCAN x`, with or without an index: every row is visited). */
export function fullScans(db: Db, q: LoggedQuery): string[] {
  const aliases = tablesByAlias(q.sql);
  return queryPlan(db, q).flatMap((step) => {
    const m = /^SCAN (\w+)/.exec(step);
    if (!m?.[1]) return [];
    return [aliases.get(m[1]) ?? m[1]];
  });
}

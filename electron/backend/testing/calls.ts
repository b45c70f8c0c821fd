import type { Channel, InputOf, OutputOf } from '../../../shared/api/contract';
import type { AppError } from '../../../shared/api/result';
import type { Db } from '../database/openDatabase';
import { call, type Dispatch } from '../dispatch/dispatch';

/** Calls a channel that must succeed, and returns its data (throws with the error otherwise). */
export async function callOk<C extends Channel>(
  dispatch: Dispatch,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const r = await call(dispatch, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  return r.data;
}

/** Sends any input to any channel, expecting a refusal; returns the error. */
export async function callErr(
  dispatch: Dispatch,
  channel: string,
  input: unknown,
): Promise<AppError> {
  const r = await dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded: ${JSON.stringify(r.data)}`);
  return r.error;
}

export const historyCount = (db: Db): number =>
  db.prepare<[], number>('SELECT count(*) FROM history_events').pluck().get() ?? 0;

/** Every stored row of the user's data, to show that a refused write left it all as it was. */
export function contentOf(db: Db): Record<string, string[]> {
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all();
  return Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT * FROM "${t}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

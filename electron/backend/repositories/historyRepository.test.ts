import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../database/openDatabase';
import { GENESIS_HASH, hashEvent } from '../history/hashEvent';
import { callOk } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { HistoryRepository } from './historyRepository';

let ws: TempWorkspace;
let db: Db;
let history: HistoryRepository;
let ids: { a: string; b: string };

/** Five events: create A, create B, update A, archive B, delete A. */
beforeEach(async () => {
  ws = openTempWorkspace();
  db = ws.openDb();
  history = new HistoryRepository(db);
  const a = await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Alpha' }));
  const b = await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Beta' }));
  await callOk(ws.dispatch, 'projects.update', { id: a.id, patch: { owner: 'Ana' } });
  await callOk(ws.dispatch, 'projects.archive', { id: b.id });
  await callOk(ws.dispatch, 'projects.delete', { id: a.id });
  ids = { a: a.id, b: b.id };
});
afterEach(() => ws.dispose());

const EVENTS = 5;
const SEQS = [1, 2, 3, 4, 5];

/** Runs `tamper` inside a transaction that is rolled back, returning verify() as it saw it. */
function verifyAfter(tamper: () => void) {
  db.exec('BEGIN');
  try {
    tamper();
    return history.verify();
  } finally {
    db.exec('ROLLBACK');
  }
}

interface Column {
  name: string;
  notnull: number;
}
const columns = () =>
  db.prepare<[], Column>('SELECT name, "notnull" FROM pragma_table_info(\'history_events\')').all();

describe('history events', () => {
  it('carry the actor, the clock, before and after, newest first', async () => {
    const events = await callOk(ws.dispatch, 'history.list', {});
    expect(events.map((e) => [e.seq, e.action])).toEqual([
      [5, 'delete'],
      [4, 'archive'],
      [3, 'update'],
      [2, 'create'],
      [1, 'create'],
    ]);
    for (const e of events) {
      expect(e.actor).toBe('tester');
      expect(e.at).toBe(FIXED_NOW.toISOString());
    }
    const update = events.find((e) => e.action === 'update')!;
    expect(update.before).toMatchObject({ name: 'Alpha', owner: '' });
    expect(update.after).toMatchObject({ name: 'Alpha', owner: 'Ana' });
    expect(update.summary).toBe('Changed owner of “Alpha”');
  });

  it('filter by record and limit', async () => {
    const forA = await callOk(ws.dispatch, 'history.list', { entityId: ids.a });
    expect(forA.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    const last2 = await callOk(ws.dispatch, 'history.list', { limit: 2 });
    expect(last2.map((e) => e.seq)).toEqual([5, 4]);
  });

  it('form a chain: each links to the hash of the one before, from the genesis hash', async () => {
    const events = (await callOk(ws.dispatch, 'history.list', {})).reverse();
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
    expect(new Set(events.map((e) => e.hash)).size).toBe(EVENTS);
  });

  it('an intact chain verifies, through the repository and the channel', async () => {
    const expected = { ok: true, events: EVENTS, brokenAtSeq: null };
    expect(history.verify()).toMatchObject(expected);
    expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject(expected);
  });

  it('cannot be written outside the change they record', () => {
    expect(() =>
      history.append({
        at: FIXED_NOW.toISOString(),
        actor: 'x',
        entity: 'project',
        entityId: ids.b,
        projectId: ids.b,
        action: 'forged',
        summary: 'forged',
        before: null,
        after: null,
      }),
    ).toThrow(/inside the change/);
  });
});

describe('tampering breaks verify() at the first altered event', () => {
  it('editing any stored field of any event (every column the table has)', () => {
    const cols = columns().filter((c) => c.name !== 'seq');
    expect(cols.length).toBeGreaterThanOrEqual(10);
    for (const seq of SEQS) {
      for (const col of cols) {
        const value = db
          .prepare<[number], string | number | null>(
            `SELECT "${col.name}" FROM history_events WHERE seq = ?`,
          )
          .pluck()
          .get(seq);
        const changed =
          value === null ? '{"forged":true}' : typeof value === 'number' ? value + 1 : `${value}x`;
        const edits: (string | number | null)[] = [changed];
        if (value !== null && !col.notnull) edits.push(null);
        for (const edit of edits) {
          const result = verifyAfter(() =>
            db.prepare(`UPDATE history_events SET "${col.name}" = ? WHERE seq = ?`).run(edit, seq),
          );
          expect(result, `${col.name} of event ${seq} set to ${String(edit)}`).toMatchObject({
            ok: false,
            brokenAtSeq: seq,
          });
        }
      }
    }
    expect(history.verify().ok).toBe(true); // every edit was rolled back
  });

  it('editing an event and resealing it (hash recomputed) breaks the next link', () => {
    const result = verifyAfter(() => {
      db.prepare("UPDATE history_events SET actor = 'mallory' WHERE seq = 2").run();
      const row = db
        .prepare<[], Record<string, string | number | null>>(
          'SELECT * FROM history_events WHERE seq = 2',
        )
        .get()!;
      const hash = hashEvent({
        seq: 2,
        at: row.at as string,
        actor: row.actor as string,
        entity: row.entity as string,
        entityId: row.entity_id as string,
        projectId: row.project_id as string | null,
        action: row.action as string,
        summary: row.summary as string,
        beforeJson: row.before_json as string | null,
        afterJson: row.after_json as string | null,
        prevHash: row.prev_hash as string,
      });
      db.prepare('UPDATE history_events SET hash = ? WHERE seq = 2').run(hash);
    });
    expect(result).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });

  it.each([2, 3, 4])('deleting middle event %i reports the event after it', (seq) => {
    const result = verifyAfter(() =>
      db.prepare('DELETE FROM history_events WHERE seq = ?').run(seq),
    );
    expect(result).toMatchObject({ ok: false, brokenAtSeq: seq + 1 });
  });

  it('deleting the first event reports the new first event', () => {
    const result = verifyAfter(() => db.prepare('DELETE FROM history_events WHERE seq = 1').run());
    expect(result).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });

  it.each([1, 2, 3, 4])('swapping events %i and the next reports the first of them', (seq) => {
    const result = verifyAfter(() => {
      const move = db.prepare('UPDATE history_events SET seq = ? WHERE seq = ?');
      move.run(-1, seq);
      move.run(seq, seq + 1);
      move.run(seq + 1, -1);
    });
    expect(result).toMatchObject({ ok: false, brokenAtSeq: seq });
  });

  it('renumbering an event reports where the numbering breaks', () => {
    const result = verifyAfter(() =>
      db.prepare('UPDATE history_events SET seq = 100 WHERE seq = 5').run(),
    );
    expect(result).toMatchObject({ ok: false, brokenAtSeq: 100 });
  });

  it('the history.verify channel reports the broken event to the user', async () => {
    db.prepare("UPDATE history_events SET summary = 'Nothing happened' WHERE seq = 3").run();
    const v = await callOk(ws.dispatch, 'history.verify', {});
    expect(v).toEqual({
      ok: false,
      events: 2,
      brokenAtSeq: 3,
      message: expect.stringContaining('event 3'),
    });
  });
});

import type {
  HistoryEvent,
  HistoryEventFields,
  HistoryVerification,
} from '../../../shared/domain/history';
import type { Db } from '../database/openDatabase';
import { canonicalJson } from '../history/canonicalJson';
import { GENESIS_HASH, hashEvent, type HashedFields } from '../history/hashEvent';

/** The row as SQLite stores it (snake_case); `fromRow` is its one mapping. */
interface Row {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  project_id: string | null;
  action: string;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** A change to record: the fields of an event the repository does not decide itself. */
export type NewEvent = Omit<HistoryEventFields, 'seq'> & { before: unknown; after: unknown };

/** The one mapping from the stored row: the sealed fields and the seal. */
const fromRow = (r: Row): HashedFields & { hash: string } => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  entity: r.entity,
  entityId: r.entity_id,
  projectId: r.project_id,
  action: r.action,
  summary: r.summary,
  beforeJson: r.before_json,
  afterJson: r.after_json,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** The event as the API shows it: before/after parsed back from their stored JSON. */
const toEvent = ({
  beforeJson,
  afterJson,
  ...rest
}: HashedFields & { hash: string }): HistoryEvent => ({
  ...rest,
  before: beforeJson === null ? null : JSON.parse(beforeJson),
  after: afterJson === null ? null : JSON.parse(afterJson),
});

export class HistoryRepository {
  private readonly last;
  private readonly insert;

  constructor(private readonly db: Db) {
    this.last = db.prepare<[], Pick<Row, 'seq' | 'hash'>>(
      'SELECT seq, hash FROM history_events ORDER BY seq DESC LIMIT 1',
    );
    this.insert = db.prepare(
      `INSERT INTO history_events
        (seq, at, actor, entity, entity_id, project_id, action, summary, before_json, after_json, prev_hash, hash)
       VALUES (@seq, @at, @actor, @entity, @entityId, @projectId, @action, @summary, @beforeJson, @afterJson, @prevHash, @hash)`,
    );
  }

  /** Appends one event. Call inside the transaction that makes the change it records. */
  append(e: NewEvent): HistoryEvent {
    if (!this.db.inTransaction) throw new Error('History events must be written inside the change');
    const last = this.last.get();
    const fields: HashedFields = {
      seq: (last?.seq ?? 0) + 1,
      at: e.at,
      actor: e.actor,
      entity: e.entity,
      entityId: e.entityId,
      projectId: e.projectId,
      action: e.action,
      summary: e.summary,
      beforeJson: e.before === undefined || e.before === null ? null : canonicalJson(e.before),
      afterJson: e.after === undefined || e.after === null ? null : canonicalJson(e.after),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const hash = hashEvent(fields);
    this.insert.run({ ...fields, hash });
    return toEvent({ ...fields, hash });
  }

  /** Newest first, optionally for one record or one project. */
  list(opts: {
    entityId?: string | undefined;
    projectId?: string | undefined;
    limit: number;
  }): HistoryEvent[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (opts.entityId !== undefined) {
      where.push('entity_id = ?');
      params.push(opts.entityId);
    }
    if (opts.projectId !== undefined) {
      where.push('project_id = ?');
      params.push(opts.projectId);
    }
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    return this.db
      .prepare<(string | number)[], Row>(
        `SELECT * FROM history_events ${filter} ORDER BY seq DESC LIMIT ?`,
      )
      .all(...params, opts.limit)
      .map((r) => toEvent(fromRow(r)));
  }

  /** The head of the chain: its last sequence number and seal (0 and the genesis hash if empty). */
  head(): { seq: number; hash: string } {
    return this.last.get() ?? { seq: 0, hash: GENESIS_HASH };
  }

  /** When the data was last replaced by a restored backup (its history event), if ever. */
  lastRestoreAt(): string | null {
    return (
      this.db
        .prepare<[], string>(
          `SELECT at FROM history_events WHERE entity = 'workspace' AND action = 'restore'
           ORDER BY seq DESC LIMIT 1`,
        )
        .pluck()
        .get() ?? null
    );
  }

  /** The seal of event `seq`, or null when there is no such event. */
  hashAt(seq: number): string | null {
    if (seq === 0) return GENESIS_HASH;
    return (
      this.db
        .prepare<[number], string>('SELECT hash FROM history_events WHERE seq = ?')
        .pluck()
        .get(seq) ?? null
    );
  }

  /** Walks the whole chain: every hash recomputed, every link and sequence number checked. */
  verify(): HistoryVerification {
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    let count = 0;
    for (const row of this.db
      .prepare<[], Row>('SELECT * FROM history_events ORDER BY seq')
      .iterate()) {
      const broken =
        row.seq !== expectedSeq || row.prev_hash !== prev || !sealMatches(fromRow(row));
      if (broken) {
        return {
          ok: false,
          events: count,
          brokenAtSeq: row.seq,
          message: `The history was altered at event ${row.seq}: its content no longer matches its seal.`,
        };
      }
      prev = row.hash;
      expectedSeq++;
      count++;
    }
    return {
      ok: true,
      events: count,
      brokenAtSeq: null,
      message: `All ${count} recorded changes are intact.`,
    };
  }
}

const sealMatches = ({ hash, ...fields }: HashedFields & { hash: string }): boolean =>
  hashEvent(fields) === hash;

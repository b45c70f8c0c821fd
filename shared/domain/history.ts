/**
 * What every recorded change says, declared once: the stored row, the sealed fields
 * (`HashedFields`), a new event (`NewEvent`) and the event the API returns all derive from it.
 */
export interface HistoryEventFields {
  seq: number;
  at: string;
  actor: string;
  /** What kind of record changed, e.g. 'project', 'audit'. */
  entity: string;
  entityId: string;
  /** The project the change belongs to, when it belongs to one. */
  projectId: string | null;
  /** What happened, e.g. 'create', 'update', 'archive', 'delete'. */
  action: string;
  /** A one-line human summary ("Renamed to ..."). */
  summary: string;
}

/** One recorded change. Events form a hash chain: each carries the hash of the one before. */
export interface HistoryEvent extends HistoryEventFields {
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export interface HistoryVerification {
  ok: boolean;
  events: number;
  /** The first event whose hash or link does not match, when the chain was tampered with. */
  brokenAtSeq: number | null;
  message: string;
}

import Database from 'better-sqlite3';
import type { BackupInfo, BackupKind } from '../../../shared/domain/backups';
import type { HistoryVerification } from '../../../shared/domain/history';
import type { ReportFormat, ReportModel } from '../../../shared/reports';
import { takeBackup } from '../backups/takeBackup';
import { sqliteOptions } from '../database/sqliteBinding';
import { checkAgainst, checkNewestBackup, readAnchor } from '../history/anchorFile';
import { warmPdf } from '../reports/pdf/renderPdf';
import { renderReport } from '../reports/renderReport';
import { HistoryRepository } from '../repositories/historyRepository';

// The long work a request must not wait on, as plain functions of a file path (a worker thread
// has no access to the host's connection: each job opens its own, read-only). They call the
// same functions the app used in-thread, so a job and an in-thread call give the same answer.
// WAL lets a reader see every committed change while the host keeps writing.

export type Job =
  | { kind: 'verifyHistory'; file: string; anchorFile?: string; backupDir?: string }
  | { kind: 'backup'; file: string; dir: string; backupKind: BackupKind; now: string }
  | { kind: 'quickCheck'; file: string }
  /** Drawing a report's bytes from its model (read and sealed by the host, in one transaction). */
  | { kind: 'renderReport'; model: ReportModel; format: ReportFormat }
  /** Loads the PDF engine and the Latin fonts before the first export (a preview is open). */
  | { kind: 'warmReports' };

export interface JobOutput {
  verifyHistory: HistoryVerification;
  backup: BackupInfo;
  /** 'ok', or what SQLite found wrong. */
  quickCheck: string;
  renderReport: Uint8Array;
  warmReports: null;
}

/** A job's result (a promise for the jobs that await, such as drawing a PDF). */
export function runJob<J extends Job>(
  job: J,
): JobOutput[J['kind']] | Promise<JobOutput[J['kind']]> {
  return runAny(job) as JobOutput[J['kind']] | Promise<JobOutput[J['kind']]>;
}

function runAny(job: Job): JobOutput[Job['kind']] | Promise<JobOutput[Job['kind']]> {
  switch (job.kind) {
    case 'verifyHistory':
      return readOnly(job.file, (db) =>
        verifyWithAnchor(new HistoryRepository(db), job.anchorFile, job.backupDir),
      );
    case 'backup':
      return readOnly(job.file, (db) => takeBackup(db, job.dir, job.backupKind, new Date(job.now)));
    case 'quickCheck':
      return readOnly(job.file, (db) => String(db.pragma('quick_check', { simple: true })));
    case 'renderReport':
      return renderReport(job.model, job.format);
    case 'warmReports':
      return warmPdf().then(() => null);
  }
}

function readOnly<T>(file: string, use: (db: Database.Database) => T): T {
  const db = new Database(file, sqliteOptions({ readonly: true, fileMustExist: true }));
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/**
 * The chain checked link by link, then against the anchors kept outside the file: the anchor
 * file, then the newest backup. The first that disagrees is named in the message.
 */
function verifyWithAnchor(
  history: HistoryRepository,
  anchorFile?: string,
  backupDir?: string,
): HistoryVerification {
  const chain = history.verify();
  if (!chain.ok) return chain;
  const checks = [
    anchorFile === undefined ? null : checkAgainst(history, anchorFile, readAnchor(anchorFile)),
    backupDir === undefined ? null : checkNewestBackup(history, backupDir),
  ];
  const outside = checks.find((c) => c !== null && !c.agrees);
  if (!outside) return chain;
  const firstMissing = Math.min(chain.events + 1, outside.anchor?.seq ?? chain.events + 1);
  return { ok: false, events: chain.events, brokenAtSeq: firstMissing, message: outside.message };
}

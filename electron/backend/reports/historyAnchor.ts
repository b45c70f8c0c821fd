import type { HistoryAnchor } from '../../../shared/reports';
import { GENESIS_HASH } from '../history/hashEvent';
import type { ReportExportsRepository } from '../repositories/reportExportsRepository';

/**
 * The history anchor every report carries: the head of the change history's hash chain (its
 * sequence number and seal) when the report was made. Anyone holding the report can later
 * check that the recorded history still contains that head unchanged.
 *
 * Seam for the history-anchor work (issue 7), which keeps the chain head outside the data file
 * too: when its function lands, read the head through it here, so a report also says whether
 * the anchor outside the file agrees.
 */
export function readHistoryAnchor(repo: ReportExportsRepository): HistoryAnchor {
  const head = repo.historyHead();
  return {
    seq: head.seq,
    hash: head.hash ?? GENESIS_HASH,
    note:
      head.seq === 0
        ? 'No change recorded yet.'
        : `The change history up to change #${head.seq}, sealed by this hash.`,
  };
}

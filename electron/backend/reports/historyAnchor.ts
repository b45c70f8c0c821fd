import type { HistoryAnchor } from '../../../shared/reports';
import type { AnchorCheck } from '../history/anchorFile';
import { GENESIS_HASH } from '../history/hashEvent';
import type { ReportExportsRepository } from '../repositories/reportExportsRepository';

/**
 * The history anchor every report carries: the head of the change history's hash chain (its
 * sequence number and seal) when the report was made. Anyone holding the report can later
 * check that the recorded history still contains that head unchanged. `outside`: how the chain
 * compares with the anchor kept beside the data file (issue 7), said in the note when it
 * disagrees, so a report never vouches silently for a history whose newest changes were removed.
 */
export function readHistoryAnchor(
  repo: ReportExportsRepository,
  outside?: AnchorCheck,
): HistoryAnchor {
  const head = repo.historyHead();
  const note =
    head.seq === 0
      ? 'No change recorded yet.'
      : `The change history up to change #${head.seq}, sealed by this hash.`;
  return {
    seq: head.seq,
    hash: head.hash ?? GENESIS_HASH,
    note: outside && !outside.agrees ? `${note} Warning: ${outside.message}` : note,
  };
}

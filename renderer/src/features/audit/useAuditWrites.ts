import { useMemo } from 'react';
import type { Result } from '../../../../shared/api/result';
import type { Audit } from '../../../../shared/domain/audit';
import type { GapKey, PracticeAnswer } from '../../../../shared/framework';
import { useAppStore } from '../../store/useAppStore';

export interface AuditWrites {
  /** answer null clears the score; undefined leaves it as it is. */
  savePractice: (
    practiceKey: string,
    change: { answer?: PracticeAnswer | null; note?: string },
  ) => Promise<Result<Audit>>;
  saveMissing: (gapKey: GapKey, missing: string) => Promise<Result<Audit>>;
}

/** The audit's writes through the store (which sends one audit's writes one at a time). */
export function useAuditWrites(auditId: string): AuditWrites {
  const setPractice = useAppStore((s) => s.setPractice);
  const setGapMissing = useAppStore((s) => s.setGapMissing);
  return useMemo(
    () => ({
      savePractice: (practiceKey, change) => setPractice({ auditId, practiceKey, ...change }),
      saveMissing: (gapKey, missing) => setGapMissing({ auditId, gapKey, missing }),
    }),
    [auditId, setPractice, setGapMissing],
  );
}

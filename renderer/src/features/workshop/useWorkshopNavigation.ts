import { useState } from 'react';
import { GAPS, type Gap } from '../../../../shared/framework';

/**
 * Where the room is: the gap on screen and, per gap, its active practice (coming back to a gap
 * finds the practice it was left on). `onLeaveGap` runs before another gap is shown.
 */
export function useWorkshopNavigation(onLeaveGap: () => void, gaps: readonly Gap[] = GAPS) {
  // The gaps as the audit's framework version words them (same keys and order in every version).
  const gapAt = (index: number): Gap => gaps[index] ?? (gaps[0] as Gap);
  const [gapIndex, setGapIndex] = useState(0);
  const [activeByGap, setActiveByGap] = useState<number[]>(() => GAPS.map(() => 0));

  const gap = gapAt(gapIndex);
  const activeIndex = Math.min(activeByGap[gapIndex] ?? 0, gap.practices.length - 1);
  const practice = gap.practices[activeIndex];

  const moveTo = (index: number) =>
    setActiveByGap((prev) =>
      prev.map((v, i) =>
        i === gapIndex ? Math.max(0, Math.min(index, gap.practices.length - 1)) : v,
      ),
    );

  const goToGap = (index: number) => {
    const next = Math.max(0, Math.min(index, GAPS.length - 1));
    if (next === gapIndex) return;
    onLeaveGap();
    setGapIndex(next);
  };

  return { gapIndex, gap, activeIndex, practice, moveTo, goToGap };
}

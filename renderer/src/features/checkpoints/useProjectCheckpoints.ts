import { useEffect, useMemo } from 'react';
import { localToday } from '../../../../shared/domain/calendar';
import { checkpointOverview } from '../../../../shared/domain/checkpointOverview';
import { scoreOfSummary } from '../../../../shared/domain/portfolio';
import { useAppStore } from '../../store/useAppStore';

/**
 * A project's checkpoints judged today, with the score of its latest final audit (from the
 * portfolio summary): what the project page and the checkpoints page show. Loads what is missing.
 */
export function useProjectCheckpoints(projectId: string) {
  const checkpoints = useAppStore((s) => s.checkpoints[projectId]);
  const error = useAppStore((s) => s.checkpointsError);
  const entry = useAppStore((s) => s.portfolio.find((e) => e.projectId === projectId));
  const portfolioLoaded = useAppStore((s) => s.portfolioLoaded);
  const loadCheckpoints = useAppStore((s) => s.loadCheckpoints);
  const loadPortfolio = useAppStore((s) => s.loadPortfolio);
  useEffect(() => {
    void loadCheckpoints(projectId);
  }, [projectId, loadCheckpoints]);
  useEffect(() => {
    if (!portfolioLoaded) void loadPortfolio();
  }, [portfolioLoaded, loadPortfolio]);
  const overview = useMemo(() => {
    if (!checkpoints || !portfolioLoaded) return null;
    const score = entry?.readiness ? scoreOfSummary(entry.readiness) : null;
    return checkpointOverview(checkpoints, score, localToday());
  }, [checkpoints, entry, portfolioLoaded]);
  return { overview, checkpoints, error };
}

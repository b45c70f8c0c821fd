import type { PortfolioEntry } from '../../../shared/domain/portfolio';
import { currentGeneration } from './appSlice';
import type { SliceCreator } from './appStore';

export interface PortfolioSlice {
  /**
   * What the portfolio shows per project besides its fields (`portfolio.summary`: the latest
   * final audit as per-gap tallies, and what later features add), as the backend last sent it.
   */
  portfolio: PortfolioEntry[];
  portfolioLoaded: boolean;
  loadPortfolio: () => Promise<void>;
}

/** The portfolio's per-project facts: one compact request, whatever the number of projects. */
export const createPortfolioSlice: SliceCreator<PortfolioSlice> = (api) => (set, get) => ({
  portfolio: [],
  portfolioLoaded: false,
  loadPortfolio: async () => {
    const isCurrent = currentGeneration(get);
    const r = await api['portfolio.summary']({});
    if (!isCurrent()) return;
    if (r.ok) set({ portfolio: r.data, portfolioLoaded: true });
    else get().notify('error', r.error.message);
  },
});

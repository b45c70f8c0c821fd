import { z } from 'zod';
import type { PortfolioEntry } from '../domain/portfolio';
import { channel } from './defineChannel';

export const portfolioContract = {
  /**
   * One entry per project (archived ones included): what the portfolio table and heatmap show
   * beside the project's own fields, compact (the latest final audit as per-gap tallies).
   */
  'portfolio.summary': channel<PortfolioEntry[]>()(z.object({}).strict()),
};

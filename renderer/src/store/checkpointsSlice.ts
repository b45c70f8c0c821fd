import type { Channel, InputOf, OutputOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { ProjectCheckpoints } from '../../../shared/domain/checkpoints';
import type { SliceCreator } from './appStore';

/** The checkpoint channels that change something (each reloads the project's checkpoints). */
export type CheckpointWrite =
  | 'checkpoints.setThresholds'
  | 'checkpoints.openRun'
  | 'checkpoints.recordEvidence'
  | 'checkpoints.recordCriterion'
  | 'checkpoints.signOff'
  | 'checkpoints.waive';

export interface CheckpointsSlice {
  /** Each project's checkpoints as the backend last confirmed them, by project id. */
  checkpoints: Record<string, ProjectCheckpoints>;
  checkpointsError: string | null;
  loadCheckpoints: (projectId: string) => Promise<void>;
  /**
   * Sends one checkpoint change; on success reloads the project's checkpoints and the portfolio
   * (its verdicts and flags), and says what happened. The Result goes back to the form, which
   * shows a refusal (such as the list of what a pass still needs) beside the button.
   */
  writeCheckpoint: <C extends CheckpointWrite>(
    channel: C,
    projectId: string,
    input: InputOf<C>,
    done: string,
  ) => Promise<Result<OutputOf<C>>>;
}

export const createCheckpointsSlice: SliceCreator<CheckpointsSlice> = (api) => (set, get) => ({
  checkpoints: {},
  checkpointsError: null,
  loadCheckpoints: async (projectId) => {
    const r = await api['checkpoints.get']({ projectId });
    if (r.ok)
      set((s) => ({
        checkpoints: { ...s.checkpoints, [projectId]: r.data },
        checkpointsError: null,
      }));
    else set({ checkpointsError: r.error.message });
  },
  writeCheckpoint: async (channel, projectId, input, done) => {
    const send = api[channel as Channel] as (i: unknown) => Promise<Result<unknown>>;
    const r = (await send(input)) as Result<OutputOf<typeof channel>>;
    if (r.ok) {
      await Promise.all([get().loadCheckpoints(projectId), get().loadPortfolio()]);
      get().notify('success', done);
    }
    return r;
  },
});

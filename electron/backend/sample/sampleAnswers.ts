import type { PracticeEntry } from '../../../shared/domain/audit';
import type { ProjectKind } from '../../../shared/domain/project';
import { GAPS, type GapKey, type Practice, type PracticeLevel } from '../../../shared/framework';

// Turns a sample audit's per-gap targets into answers a team could have given: half-points are
// spread round-robin over the applicable practices in a shuffled order, so a gap at 50% reads
// as "mostly manual" rather than half perfect and half missing.

const LEVELS: readonly PracticeLevel[] = [0, 0.5, 1];

/** A small seeded generator (mulberry32): the same sample every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Why a practice does not apply to a kind of system, or null when it does. */
export function notApplicableReason(practice: Practice, kind: ProjectKind): string | null {
  const promptBased = kind === 'llm' || kind === 'rag' || kind === 'agentic';
  if (practice.key === 'versioning.prompt_versioning' && !promptBased)
    return 'The system has no prompts: it is a trained model called with features.';
  if (practice.key === 'fallback.agent_step_decisions' && kind !== 'agentic')
    return 'A single model answers each request; there is no multi-step agent pipeline.';
  return null;
}

const NOTES: Partial<Record<string, string>> = {
  'versioning.model_registry': 'MLflow is set up; the team still copies files for hotfixes.',
  'observability.day_one_dashboard': 'Panels 2 and 4 exist; the cost panel is still missing.',
  'fallback.confidence_floor': 'Floor set at 0.65 from the validation set; tune after launch.',
};

/**
 * Answers for every practice. `scoredShare` below 1 leaves the last practices of each gap
 * unscored, as in a workshop that is still going on.
 */
export function sampleAnswers(
  kind: ProjectKind,
  targets: Record<GapKey, number>,
  random: () => number,
  scoredShare = 1,
): Record<string, PracticeEntry> {
  const entries: Record<string, PracticeEntry> = {};
  for (const gap of GAPS) {
    const scoredCount = Math.max(1, Math.round(gap.practices.length * scoredShare));
    const scored = gap.practices.slice(0, scoredCount);
    const applicable = scored.filter((p) => notApplicableReason(p, kind) === null);
    const target = Math.min(1, Math.max(0, targets[gap.key]));
    let halves = Math.round(target * 2 * applicable.length);
    const order = [...applicable].sort(() => random() - 0.5);
    const given = new Map<string, number>(applicable.map((p) => [p.key, 0]));
    while (halves > 0) {
      for (const p of order) {
        if (halves === 0) break;
        const now = given.get(p.key) ?? 0;
        if (now < 2) {
          given.set(p.key, now + 1);
          halves -= 1;
        }
      }
    }
    for (const p of gap.practices) {
      const note = NOTES[p.key] ?? '';
      const reason = notApplicableReason(p, kind);
      if (!scored.includes(p)) entries[p.key] = { note: '' };
      else if (reason !== null)
        entries[p.key] = { answer: { kind: 'not_applicable', reason }, note };
      else
        entries[p.key] = {
          answer: { kind: 'scored', level: LEVELS[given.get(p.key) ?? 0] ?? 0 },
          note,
        };
    }
  }
  return entries;
}

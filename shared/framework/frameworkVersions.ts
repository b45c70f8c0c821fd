import { FRAMEWORK_VERSION } from './frameworkVersion';
import { GAPS } from './gaps';
import type { Gap, GapKey, Practice } from './types';

// Every framework version an audit may carry, with its texts. Scores are stored by practice key
// and the texts live here in code, so an old audit needs no migration: it is shown with the
// texts of its own version. A new version records only what differs from the next one.

/** Oldest first; the last one is FRAMEWORK_VERSION. */
export const FRAMEWORK_VERSIONS = ['2026.1', FRAMEWORK_VERSION] as const;

/** 2026.1 as it differed from 2026.2: no practice had levels of its own, one text was other. */
const V2026_1_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'observability.day_one_dashboard':
    'A dashboard is live from day one with five panels: (1) input feature distribution over the training baseline, (2) prediction confidence histogram, updated hourly, (3) latency p50/p95/p99 trend, (4) fallback trigger rate by type (timeout, low confidence, error), (5) daily cost per 1,000 inferences. Panels 2 and 4 are the minimum: together they catch about 80% of the AI-specific failures that uptime monitors miss.',
};

function v2026_1(): readonly Gap[] {
  return GAPS.map((gap) => ({
    ...gap,
    practices: gap.practices.map((p): Practice => {
      const { levels: _dropped, ...rest } = p;
      return { ...rest, description: V2026_1_DESCRIPTIONS[p.key] ?? p.description };
    }),
  }));
}

const BY_VERSION = new Map<string, readonly Gap[]>([
  ['2026.1', v2026_1()],
  [FRAMEWORK_VERSION, GAPS],
]);

export function isKnownVersion(version: string): boolean {
  return BY_VERSION.has(version);
}

/**
 * The gaps and practices as they read in `version`. A version this build does not know (an
 * audit from a newer app) falls back to the current texts; its practices are matched by key.
 */
export function gapsFor(version: string): readonly Gap[] {
  return BY_VERSION.get(version) ?? GAPS;
}

/** One practice as it reads in `version`, or undefined if that version has no such key. */
export function practiceIn(version: string, key: string): Practice | undefined {
  for (const gap of gapsFor(version)) {
    const found = gap.practices.find((p) => p.key === key);
    if (found) return found;
  }
  return undefined;
}

export type FrameworkChangeKind = 'added' | 'removed' | 'changed';
/** What about a practice differs: its title, its description, or what its levels mean. */
export type PracticeAspect = 'title' | 'description' | 'levels';

export interface FrameworkChange {
  practiceKey: string;
  gap: GapKey;
  /** The title in the later version (the earlier one for a removed practice). */
  title: string;
  kind: FrameworkChangeKind;
  /** For "changed": what differs. Empty otherwise. */
  aspects: PracticeAspect[];
}

const sameLevels = (a: Practice, b: Practice): boolean =>
  JSON.stringify(a.levels ?? null) === JSON.stringify(b.levels ?? null);

/**
 * The practices added, removed or changed going from version `from` to version `to`, in the
 * framework's order (removed ones after the practices of their gap). Same version: none.
 */
export function frameworkChanges(from: string, to: string): FrameworkChange[] {
  if (from === to) return [];
  const before = gapsFor(from);
  const after = gapsFor(to);
  const changes: FrameworkChange[] = [];
  for (const gap of after) {
    const was = before.find((g) => g.key === gap.key)?.practices ?? [];
    for (const p of gap.practices) {
      const old = was.find((o) => o.key === p.key);
      if (!old) {
        changes.push({
          practiceKey: p.key,
          gap: gap.key,
          title: p.title,
          kind: 'added',
          aspects: [],
        });
        continue;
      }
      const aspects: PracticeAspect[] = [];
      if (old.title !== p.title) aspects.push('title');
      if (old.description !== p.description) aspects.push('description');
      if (!sameLevels(old, p)) aspects.push('levels');
      if (aspects.length > 0)
        changes.push({
          practiceKey: p.key,
          gap: gap.key,
          title: p.title,
          kind: 'changed',
          aspects,
        });
    }
    for (const old of was)
      if (!gap.practices.some((p) => p.key === old.key))
        changes.push({
          practiceKey: old.key,
          gap: gap.key,
          title: old.title,
          kind: 'removed',
          aspects: [],
        });
  }
  return changes;
}

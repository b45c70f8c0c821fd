import type { Audit } from './audit';
import { scoreOfAudit } from './auditRules';
import type { AuditScore, GapKey } from '../framework';

/** A project's readiness: the scores of its latest final audit (named by its id, title, date). */
export interface ProjectReadiness {
  audit: Pick<Audit, 'id' | 'title' | 'takenOn'>;
  score: AuditScore;
}

/**
 * Project id -> readiness, from the latest final audit of each project (drafts never count:
 * leadership quotes only numbers a team has committed to).
 */
export function readinessByProject(latestFinals: readonly Audit[]): Map<string, ProjectReadiness> {
  const map = new Map<string, ProjectReadiness>();
  for (const audit of latestFinals) {
    if (audit.status !== 'final') continue;
    const known = map.get(audit.projectId);
    // The backend sends one per project; keep the latest should it ever send more.
    if (known && known.audit.takenOn > audit.takenOn) continue;
    map.set(audit.projectId, { audit, score: scoreOfAudit(audit) });
  }
  return map;
}

/**
 * The gap that holds the project back, or null when every scored gap is at full marks (then
 * naming the "weakest" would point at a gap that needs nothing).
 */
export function weakestOpenGap(score: AuditScore): GapKey | null {
  const h = score.headline;
  return h !== null && h.num < h.den ? score.weakestGap : null;
}

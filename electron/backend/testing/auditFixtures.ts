import { ALL_PRACTICES, GAP_KEYS } from '../../../shared/framework';
import type { Dispatch } from '../dispatch/dispatch';
import { callOk } from './calls';

/**
 * Finalises an audit of the project with every practice in place except those in `open`
 * (scored 0 or 0.5), writing what is missing for every gap (the week-1 rule). Returns its id.
 */
export async function finalAuditWith(
  dispatch: Dispatch,
  projectId: string,
  open: Record<string, 0 | 0.5>,
  takenOn = '2026-03-02',
  title = `Audit of ${takenOn}`,
): Promise<string> {
  const audit = await callOk(dispatch, 'audits.create', { projectId, title, takenOn });
  for (const p of ALL_PRACTICES)
    await callOk(dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: p.key,
      answer: { kind: 'scored', level: open[p.key] ?? 1 },
    });
  for (const gapKey of GAP_KEYS)
    await callOk(dispatch, 'audits.setGapMissing', {
      auditId: audit.id,
      gapKey,
      missing: `Missing for ${gapKey}`,
    });
  return (await callOk(dispatch, 'audits.finalize', { id: audit.id })).id;
}

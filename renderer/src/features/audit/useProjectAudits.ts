import { useEffect, useState } from 'react';
import type { Audit } from '../../../../shared/domain/audit';
import { useAppStore } from '../../store/useAppStore';

/** A project's audits from the store, loaded on first use. `error` says why they could not be. */
export function useProjectAudits(projectId: string): {
  audits: Audit[] | undefined;
  error: string | null;
} {
  const audits = useAppStore((s) => s.auditsByProject[projectId]);
  const loadAudits = useAppStore((s) => s.loadAudits);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (audits !== undefined) return;
    let live = true;
    void loadAudits(projectId).then((r) => {
      if (live) setError(r.ok ? null : r.error.message);
    });
    return () => {
      live = false;
    };
  }, [audits, loadAudits, projectId]);
  return { audits, error };
}

/** One audit of a project (undefined while loading; null when it does not exist). */
export function useAudit(
  projectId: string,
  auditId: string,
): { audit: Audit | null | undefined; error: string | null } {
  const { audits, error } = useProjectAudits(projectId);
  if (audits === undefined) return { audit: undefined, error };
  return { audit: audits.find((a) => a.id === auditId) ?? null, error };
}

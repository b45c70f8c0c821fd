import { useEffect, useMemo } from 'react';
import { localToday } from '../../../../shared/domain/calendar';
import { orgOverview, type OrgOverview } from '../../../../shared/domain/orgOverview';
import { useAppStore } from '../../store/useAppStore';

/**
 * The org state and every project's ownership, loaded once per workspace (a restore or the
 * sample resets or reloads it). Any screen that shows org data calls this.
 */
export function useOrgData() {
  const org = useAppStore((s) => s.org);
  const ownerships = useAppStore((s) => s.ownerships);
  const error = useAppStore((s) => s.orgError);
  const load = useAppStore((s) => s.loadOrg);
  useEffect(() => {
    if (org === null && error === null) void load();
  }, [org, error, load]);
  return { org, ownerships, error };
}

/** The org model at a glance from the store: recomputed when projects, answers or owners change. */
export function useOrgOverview(): {
  overview: OrgOverview | null;
  error: string | null;
  today: string;
} {
  const { org, ownerships, error } = useOrgData();
  const projects = useAppStore((s) => s.projects);
  const overview = useMemo(
    () => (org ? orgOverview(org, projects, Object.values(ownerships)) : null),
    [org, projects, ownerships],
  );
  return { overview, error, today: localToday() };
}

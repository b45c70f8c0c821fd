/**
 * A copy of `items` sorted newest first by an ISO 8601 UTC timestamp (which sorts as text),
 * ties broken by name so the order is stable. The backend already answers newest first; the
 * screens sort again so they never depend on it.
 */
export function newestFirst<T extends { name: string }>(
  items: readonly T[],
  when: (item: T) => string,
): T[] {
  return [...items].sort((a, b) => when(b).localeCompare(when(a)) || b.name.localeCompare(a.name));
}

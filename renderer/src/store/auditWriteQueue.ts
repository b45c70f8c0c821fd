// Every write to an audit returns the whole audit, and the store keeps the answer. Two writes in
// flight at once (arrow keys through a score, then a blur) could come back out of order over
// HTTP and put the older audit back on screen, hiding a saved change. So the audits slice sends
// the writes of one audit one after another, each after the previous one's answer, whoever
// calls it (audit page, workshop).

// One queue per store (auditsSlice.ts makes it), not per module: a test's store, or a store
// made again, starts with nothing in flight (issue 6, item 11).

export type AuditWriteQueue = <T>(auditId: string, write: () => Promise<T>) => Promise<T>;

/** A queue that runs a write after every earlier write queued for the same audit has settled. */
export function createAuditWriteQueue(): AuditWriteQueue {
  const tails = new Map<string, Promise<unknown>>();
  return (auditId, write) => {
    const previous = tails.get(auditId) ?? Promise.resolve();
    const next = previous.then(write, write);
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    tails.set(auditId, tail);
    void tail.then(() => {
      if (tails.get(auditId) === tail) tails.delete(auditId);
    });
    return next;
  };
}

import { spawn, type ChildProcess } from 'node:child_process';

/** What one host child printed: its workspace state, then whether its write was acknowledged. */
export interface HostOutcome {
  pid: number;
  state: 'ready' | 'refused';
  reason?: string;
  message?: string;
  wrote?: boolean;
  /** When it became the writer, and when it had closed (ms since the epoch). */
  openedAt?: number;
  closedAt?: number;
  stderr: string;
}

/** Starts a hostChild bundle on `dataDir`; `onLine` sees each JSON line it prints. */
export function startHost(
  child: string,
  dataDir: string,
  startAt: number,
  holdMs: number,
  onLine: (line: Record<string, unknown>) => void = () => {},
): { proc: ChildProcess; done: Promise<HostOutcome> } {
  const proc = spawn(process.execPath, [child, dataDir, String(startAt), String(holdMs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = new Promise<HostOutcome>((resolve, reject) => {
    const outcome: HostOutcome = { pid: proc.pid ?? 0, state: 'refused', stderr: '' };
    let buffer = '';
    proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const l of lines) {
        const parsed = JSON.parse(l) as Record<string, unknown>;
        Object.assign(outcome, parsed);
        onLine(parsed);
      }
    });
    proc.stderr?.setEncoding('utf8').on('data', (c: string) => (outcome.stderr += c));
    proc.on('error', reject);
    proc.on('close', () => resolve(outcome));
  });
  return { proc, done };
}

/** Starts `count` hosts that all open `dataDir` at the same moment; resolves when all ended. */
export function raceHosts(
  child: string,
  dataDir: string,
  count: number,
  holdMs = 600,
): Promise<HostOutcome[]> {
  // Far enough ahead for every node process to have started and be spinning on the clock.
  const startAt = Date.now() + 400;
  return Promise.all(
    Array.from({ length: count }, () => startHost(child, dataDir, startAt, holdMs).done),
  );
}

/** Pairs of writers whose time as the writer overlapped (each should have been alone). */
export function overlappingWriters(outcomes: HostOutcome[]): [number, number][] {
  const writers = outcomes.filter((o) => o.state === 'ready');
  const overlaps: [number, number][] = [];
  for (const a of writers)
    for (const b of writers)
      if (
        a.pid < b.pid &&
        (a.openedAt ?? 0) < (b.closedAt ?? Infinity) &&
        (b.openedAt ?? 0) < (a.closedAt ?? Infinity)
      )
        overlaps.push([a.pid, b.pid]);
  return overlaps;
}

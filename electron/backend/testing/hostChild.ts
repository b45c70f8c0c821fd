// A child process for the two-writer tests: a host that opens the workspace in argv[2] at the
// wall-clock moment argv[3] (ms since the epoch, so several start together), prints what it got
// as one JSON line, and when it is a writer, writes one project (printed once acknowledged),
// holds the workspace argv[4] ms, then closes. Bundled by bundleChild, run with plain node.
import { openWorkspace } from '../workspace/openWorkspace';

async function main(): Promise<void> {
  const [dataDir, startAt = '0', holdMs = '200'] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: hostChild <dataDir> [startAtMs] [holdMs]');
  while (Date.now() < Number(startAt)) {
    // Spin rather than sleep: the hosts must start within the same millisecond or two.
  }
  const ws = openWorkspace({ dataDir, host: 'test', actor: `host-${process.pid}` });
  const state = ws.info.workspace;
  process.stdout.write(`${JSON.stringify({ pid: process.pid, openedAt: Date.now(), ...state })}\n`);
  if (state.state === 'ready') {
    const r = await ws.dispatch('projects.create', {
      name: `Written by ${process.pid}`,
      kind: 'llm',
      stage: 'poc',
    });
    process.stdout.write(
      `${JSON.stringify({ pid: process.pid, wrote: r.ok, error: r.ok ? null : r.error })}\n`,
    );
    await new Promise((done) => setTimeout(done, Number(holdMs)));
  }
  ws.close();
  if (state.state === 'ready')
    process.stdout.write(`${JSON.stringify({ pid: process.pid, closedAt: Date.now() })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

// A child process for killDurability.test.ts: opens the workspace in argv[2] through the real
// openWorkspace and dispatch, then creates projects in a loop, printing each id on stdout only
// after its create was acknowledged (committed). The test kills it with SIGKILL mid-loop.
// Bundled by Vite for the test (migrations are inlined by import.meta.glob), run with plain node.
import { openWorkspace } from '../workspace/openWorkspace';

async function main(): Promise<void> {
  const [dataDir, prefix = 'run'] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: killWriter <dataDir> [prefix]');
  const ws = openWorkspace({ dataDir, host: 'test', actor: 'kill-writer' });
  if (ws.info.workspace.state !== 'ready') throw new Error(JSON.stringify(ws.info.workspace));
  for (let i = 0; ; i++) {
    const r = await ws.dispatch('projects.create', {
      name: `${prefix} ${i}`,
      kind: 'llm',
      stage: 'poc',
      description: `Written by process ${process.pid}, iteration ${i}. `.repeat(8),
    });
    if (!r.ok) throw new Error(r.error.message);
    // Writes to a pipe are synchronous on Linux and macOS: once this returns, the parent will
    // read the line even if this process dies the next instant.
    process.stdout.write(`${(r.data as { id: string }).id}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

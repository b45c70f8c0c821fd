// A child process for test:crash: opens the workspace in argv[2], makes sure it holds a project
// and a backup, then restores that backup over and over, printing "restored" after each, until
// it is killed. Bundled by bundleChild, run with plain node.
import { openWorkspace } from '../workspace/openWorkspace';

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: restoreChild <dataDir>');
  const ws = openWorkspace({ dataDir, host: 'test', actor: `restore-${process.pid}` });
  if (ws.info.workspace.state !== 'ready') throw new Error(JSON.stringify(ws.info.workspace));
  const list = await ws.dispatch('projects.list', {});
  if (list.ok && (list.data as unknown[]).length === 0)
    await ws.dispatch('projects.create', {
      name: 'Kept through restores',
      kind: 'llm',
      stage: 'poc',
    });
  const backUp = async (): Promise<string> => {
    const backup = await ws.dispatch('backups.create', {});
    if (!backup.ok) throw new Error(backup.error.message);
    return (backup.data as { name: string }).name;
  };
  let name = await backUp();
  for (;;) {
    const r = await ws.dispatch('backups.restore', { name });
    // Retention deletes older backups as before-restore copies pile up: take a fresh one.
    if (!r.ok && r.error.code === 'NOT_FOUND') {
      name = await backUp();
      continue;
    }
    if (!r.ok) throw new Error(r.error.message);
    process.stdout.write('restored\n');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

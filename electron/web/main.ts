import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../backend/workspace/dataDir';
import { MAINTENANCE_INTERVAL_MS, openWorkspace } from '../backend/workspace/openWorkspace';
import { startWebHost } from './webHost';

// `npm run web [-- --port N]`: the loopback host for browsers without Electron and for e2e tests.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log(
      'Usage: npm run web -- [--port N]\nServes Crossing on http://127.0.0.1:N (a free port when N is omitted).',
    );
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535 (got “${values.port}”).`);
    process.exitCode = 2;
    return;
  }
  // This file is bundled to out/main/web.js; the renderer is built to out/renderer.
  const staticDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(`The renderer is not built (${staticDir} has no index.html). Run npm run build.`);
    process.exitCode = 1;
    return;
  }
  const dataDir = resolveDataDir();
  const workspace = openWorkspace({ dataDir, host: 'web' });
  const state = workspace.info.workspace;
  if (state.state === 'refused') console.error(`Warning: ${state.message}`);
  // Upkeep (an automatic backup when one is due); unref'd so it never keeps the process alive.
  const maintenance = setInterval(() => void workspace.maintain(), MAINTENANCE_INTERVAL_MS);
  maintenance.unref();
  const host = await startWebHost({ dispatch: workspace.dispatch, staticDir, port });
  console.log(`Crossing data: ${workspace.info.dataFile}`);
  console.log(`Crossing is running at ${host.url}`);
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    clearInterval(maintenance);
    void host.close().then(() => {
      workspace.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

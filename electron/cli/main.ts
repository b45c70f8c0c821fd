import { parseArgs } from 'node:util';
import { call } from '../backend/dispatch/dispatch';
import { resolveDataDir } from '../backend/workspace/dataDir';
import { openWorkspace } from '../backend/workspace/openWorkspace';
import { runCli } from './runCli';

// `npm run cli -- <command>`: the command line over the same dispatch as the app. Useful for
// scripting and for checking a data file without the UI. Exit codes: 0 ok, 1 refused, 2 usage.
const workspace = openWorkspace({ dataDir: resolveDataDir(), host: 'cli' });
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    dispatch: workspace.dispatch,
    call,
    parseArgs,
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    reports: workspace.reports,
  });
} finally {
  workspace.close();
}

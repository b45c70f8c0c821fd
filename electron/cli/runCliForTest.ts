import { parseArgs } from 'node:util';
import { call } from '../backend/dispatch/dispatch';
import type { TempWorkspace } from '../backend/testing/tempWorkspace';
import { runCli } from './runCli';

/**
 * Runs the CLI in-process against a temp workspace, collecting what it prints into `lines`
 * (the CLI tests read `out` and `err` as a user reads stdout and stderr).
 */
export function runCliForTest(
  ws: TempWorkspace,
  lines: { out: string[]; err: string[] },
  argv: string[],
  now?: () => Date,
): Promise<number> {
  return runCli(argv, {
    dispatch: ws.dispatch,
    call,
    parseArgs,
    out: (s) => lines.out.push(s),
    err: (s) => lines.err.push(s),
    reports: ws.reports,
    ...(now ? { now } : {}),
  });
}

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../shared/domain/project';
import { callOk, contentOf } from '../backend/testing/calls';
import { openTempWorkspace, type TempWorkspace } from '../backend/testing/tempWorkspace';
import { runCliForTest } from './runCliForTest';

let ws: TempWorkspace;
let out: string[];
let err: string[];

beforeEach(() => {
  ws = openTempWorkspace();
  out = [];
  err = [];
});
afterEach(() => ws.dispose());

const cli = (...argv: string[]) => runCliForTest(ws, { out, err }, argv);

/** Runs the CLI and checks the data file is exactly as it was afterwards. */
async function cliWritingNothing(...argv: string[]): Promise<number> {
  const before = contentOf(ws.openDb());
  const code = await cli(...argv);
  expect(contentOf(ws.openDb())).toEqual(before);
  return code;
}

describe('crossing projects add', () => {
  it('creates the project and prints its name and id', async () => {
    const code = await cli(
      'projects',
      'add',
      '--name',
      'Émile ✓',
      '--kind',
      'llm',
      '--stage',
      'poc',
      '--owner',
      'Ana',
    );
    expect(code).toBe(0);
    const [p] = await callOk(ws.dispatch, 'projects.list', {});
    expect(p).toMatchObject({ name: 'Émile ✓', kind: 'llm', stage: 'poc', owner: 'Ana' });
    expect(out).toEqual([`Created “Émile ✓” (${p!.id})`]);
    expect(err).toEqual([]);
  });

  it('prints the field message and returns 1 when a field is missing or wrong', async () => {
    expect(await cliWritingNothing('projects', 'add', '--name', 'X', '--stage', 'poc')).toBe(1);
    expect(err.join('\n')).toMatch(/kind: Choose the kind of system/);
    err = [];
    expect(
      await cliWritingNothing(
        'projects',
        'add',
        '--name',
        'X',
        '--kind',
        'llm',
        '--stage',
        'later',
      ),
    ).toBe(1);
    expect(err.join('\n')).toMatch(/stage: Choose a stage/);
    expect(out).toEqual([]);
  });

  it('refuses a duplicate name with 1', async () => {
    await cli('projects', 'add', '--name', 'Pilot', '--kind', 'llm', '--stage', 'poc');
    expect(
      await cliWritingNothing(
        'projects',
        'add',
        '--name',
        'PILOT',
        '--kind',
        'rag',
        '--stage',
        'poc',
      ),
    ).toBe(1);
    expect(err.join('\n')).toMatch(/already called “Pilot”/);
  });

  it('answers an unknown option or a missing value with a message and exit code 2', async () => {
    expect(
      await cliWritingNothing(
        'projects',
        'add',
        '--name',
        'X',
        '--kind',
        'llm',
        '--stage',
        'poc',
        '--colour',
        'red',
      ),
    ).toBe(2);
    expect(err.join('\n')).toMatch(/colour/);
    expect(await cliWritingNothing('projects', 'add', '--name')).toBe(2);
    expect(await cliWritingNothing('projects', 'list', '--yaml')).toBe(2);
  });
});

describe('crossing projects list', () => {
  it('prints parseable JSON with --json, equal to what the API returns', async () => {
    await cli('projects', 'add', '--name', 'Alpha', '--kind', 'rag', '--stage', 'poc');
    await cli(
      'projects',
      'add',
      '--name',
      'Beta 中文',
      '--kind',
      'agentic',
      '--stage',
      'in_production',
    );
    out = [];
    expect(await cli('projects', 'list', '--json')).toBe(0);
    const printed = JSON.parse(out.join('\n')) as Project[];
    expect(printed).toEqual(await callOk(ws.dispatch, 'projects.list', {}));
    expect(printed.map((p) => p.name)).toEqual(['Alpha', 'Beta 中文']);
  });

  it('prints one line per project, archived ones marked', async () => {
    await cli('projects', 'add', '--name', 'Alpha', '--kind', 'rag', '--stage', 'poc');
    const [p] = await callOk(ws.dispatch, 'projects.list', {});
    await callOk(ws.dispatch, 'projects.archive', { id: p!.id });
    out = [];
    expect(await cli('projects', 'list')).toBe(0);
    expect(out).toEqual(['Alpha (archived) · RAG · PoC · no owner']);
  });
});

describe('crossing history verify', () => {
  it('returns 0 on an intact history and 1 after tampering', async () => {
    await cli('projects', 'add', '--name', 'Alpha', '--kind', 'rag', '--stage', 'poc');
    await cli('projects', 'add', '--name', 'Beta', '--kind', 'rag', '--stage', 'poc');
    out = [];
    expect(await cli('history', 'verify')).toBe(0);
    expect(out).toEqual(['All 2 recorded changes are intact.']);

    ws.openDb().prepare("UPDATE history_events SET actor = 'mallory' WHERE seq = 1").run();
    expect(await cli('history', 'verify')).toBe(1);
    expect(err.join('\n')).toMatch(/altered at event 1/);
  });
});

describe('crossing backups', () => {
  it('create backs up now, list shows it first, with the retention rule', async () => {
    expect(await cli('backups', 'create')).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(/^Backed up: manual-2026-03-14T09-26-53-589Z · manual · \d+ KB$/),
    ]);
    out = [];
    expect(await cli('backups', 'list')).toBe(0);
    expect(out[0]).toBe(`In ${join(ws.dataDir, 'backups')}:`);
    expect(out[1]).toMatch(/^ {2}manual-2026-03-14T09-26-53-589Z · manual · /);
    expect(out.at(-1)).toMatch(/^Crossing keeps the 5 newest backups/);
    out = [];
    expect(await cli('backups', 'list', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(await callOk(ws.dispatch, 'backups.list', {}));
  });

  it('restore NAME brings the backup back and names the copy that undoes it', async () => {
    await cli('projects', 'add', '--name', 'Before', '--kind', 'rag', '--stage', 'poc');
    const { name } = await callOk(ws.dispatch, 'backups.create', {});
    await cli('projects', 'add', '--name', 'After', '--kind', 'rag', '--stage', 'poc');
    out = [];
    expect(await cli('backups', 'restore', name)).toBe(0);
    expect(out).toEqual([
      `Restored ${name}.`,
      expect.stringMatching(
        /^The data from before is kept as before-restore-.*: restore that one to undo\.$/,
      ),
    ]);
    expect((await callOk(ws.dispatch, 'projects.list', {})).map((p) => p.name)).toEqual(['Before']);
  });

  it('restore refuses a name that is no backup (1) and a missing name (2), changing nothing', async () => {
    expect(await cliWritingNothing('backups', 'restore', 'manual-2020-01-01T00-00-00-000Z')).toBe(
      1,
    );
    expect(err.join('\n')).toMatch(/no backup called/);
    err = [];
    expect(await cliWritingNothing('backups', 'restore', '../crossing')).toBe(1);
    expect(err.join('\n')).toMatch(/name: Not the name of a Crossing backup/);
    expect(await cliWritingNothing('backups', 'restore')).toBe(2);
    expect(await cliWritingNothing('backups', 'create', '--now')).toBe(2);
    expect(await cliWritingNothing('backups', 'delete')).toBe(2);
    expect(out).toEqual([]);
  });
});

describe('crossing with no or an unknown command', () => {
  it.each([[], ['projects'], ['projects', 'remove'], ['nonsense']])(
    'prints the usage and returns 2: %j',
    async (...argv) => {
      expect(await cliWritingNothing(...argv)).toBe(2);
      expect(err.join('\n')).toMatch(/^Usage: crossing <command>/);
    },
  );

  it('info prints the data file and the workspace state', async () => {
    expect(await cli('info')).toBe(0);
    expect(out[0]).toBe(`Data file: ${ws.info.dataFile}`);
    expect(out).toContain('Workspace: ready');
  });
});

describe('crossing sample create', () => {
  it('fills an empty workspace and prints what it made, as JSON on request', async () => {
    expect(await cli('sample', 'create', '--json')).toBe(0);
    const summary = JSON.parse(out.join('\n')) as { projects: number; audits: number };
    const projects = await callOk(ws.dispatch, 'projects.list', {});
    expect(summary.projects).toBe(projects.length);
    expect(summary.audits).toBeGreaterThan(0);
    expect(err).toEqual([]);
  });

  it('refuses a workspace that holds projects with one line on stderr and exit 1', async () => {
    await cli('sample', 'create', '--projects', '3');
    out = [];
    expect(await cliWritingNothing('sample', 'create')).toBe(1);
    expect(err).toEqual([
      'The workspace already holds 3 projects; the sample only goes into an empty workspace.',
    ]);
    expect(out).toEqual([]);
  });

  it('refuses a count that is not a whole number with the schema’s message', async () => {
    expect(await cliWritingNothing('sample', 'create', '--projects', 'many')).toBe(1);
    expect(err[0]).toMatch(/number of projects must be a number/);
    expect(await cliWritingNothing('sample', 'create', '--projects', '2.5')).toBe(1);
    expect(err.join('\n')).toMatch(/whole number/);
  });
});

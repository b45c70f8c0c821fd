import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../backend/testing/calls';
import {
  makeTempDir,
  openTempWorkspace,
  type TempWorkspace,
} from '../backend/testing/tempWorkspace';
import { runCliForTest } from './runCliForTest';

let ws: TempWorkspace;
let dir: ReturnType<typeof makeTempDir>;
let out: string[];
let err: string[];

beforeEach(async () => {
  ws = openTempWorkspace();
  dir = makeTempDir('crossing-cli-out-');
  out = [];
  err = [];
  await callOk(ws.dispatch, 'sample.create', {});
});
afterEach(() => {
  ws.dispose();
  dir.remove();
});

const cli = (...argv: string[]) => runCliForTest(ws, { out, err }, argv);

describe('crossing report', () => {
  it('writes a project report found by name, in each of its formats', async () => {
    for (const format of ['pdf', 'md', 'json']) {
      const file = join(dir.dir, `support.${format}`);
      expect(
        await cli(
          'report',
          '--project',
          'support triage assistant',
          '--format',
          format,
          '--out',
          file,
        ),
      ).toBe(0);
      expect(out.at(-1)).toMatch(
        new RegExp(`^Wrote ${file} \\(.+\\): Nearly ready · 70% \\(mean 75.7%\\)$`),
      );
    }
    expect(readFileSync(join(dir.dir, 'support.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir.dir, 'support.md'), 'utf8')).toContain(
      '# Readiness report: Support triage assistant',
    );
    const json = JSON.parse(readFileSync(join(dir.dir, 'support.json'), 'utf8'));
    expect(json).toMatchObject({ kind: 'project', meta: { schemaVersion: 1 } });
    expect(err).toEqual([]);
  });

  it('finds a project by id too, and writes the portfolio CSV', async () => {
    const [p] = await callOk(ws.dispatch, 'projects.list', {});
    expect(
      await cli('report', '--project', p!.id, '--format', 'md', '--out', join(dir.dir, 'p.md')),
    ).toBe(0);
    const csv = join(dir.dir, 'portfolio.csv');
    expect(await cli('report', '--portfolio', '--format', 'csv', '--out', csv)).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]?.[0]).toBe('Project');
    expect(rows.length).toBeGreaterThan(5);
  });

  it.each([
    [
      ['--project', 'Nope', '--format', 'pdf'],
      /^Unknown project “Nope”: see crossing projects list\.$/,
    ],
    [
      ['--portfolio', '--format', 'docx'],
      /^Unknown format “docx”: a portfolio report is pdf, md, csv, json\.$/,
    ],
    [
      ['--project', 'Support triage assistant', '--format', 'csv'],
      /^Unknown format “csv”: a project report is pdf, md, json\.$/,
    ],
  ])('refuses %j with exit 1 and one line, writing nothing', async (args, message) => {
    const file = join(dir.dir, 'r.out');
    expect(await cli('report', ...args, '--out', file)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(existsSync(file)).toBe(false);
    // Only the sample's own earlier export is listed.
    expect(await callOk(ws.dispatch, 'reports.list', {})).toHaveLength(1);
  });

  it('a missing folder, a folder that is a file, a full disk: exit 1, one line, earlier file intact', async () => {
    const blocker = join(dir.dir, 'blocker');
    writeFileSync(blocker, 'earlier');
    const cases: [string, RegExp][] = [
      [join(dir.dir, 'nowhere', 'r.pdf'), /does not exist/],
      [join(blocker, 'r.pdf'), /is a file, not a folder/],
      ['/dev/full', /disk is full/],
    ];
    for (const [file, message] of cases) {
      err = [];
      expect(await cli('report', '--portfolio', '--format', 'md', '--out', file)).toBe(1);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(message);
    }
    expect(readFileSync(blocker, 'utf8')).toBe('earlier');
    expect(readdirSync(dir.dir)).toEqual(['blocker']);
  });

  it('usage errors exit 2', async () => {
    expect(await cli('report', '--format', 'pdf', '--out', 'x.pdf')).toBe(2);
    expect(
      await cli('report', '--portfolio', '--project', 'x', '--format', 'pdf', '--out', 'x'),
    ).toBe(2);
    expect(await cli('report', '--portfolio', '--format', 'pdf')).toBe(2);
  });
});

describe('crossing reports list', () => {
  it('lists every export, newest first, as text and as JSON', async () => {
    expect(await cli('reports', 'list')).toBe(0);
    // The sample workspace comes with one earlier export of the fraud project's report.
    expect(out).toEqual([expect.stringMatching(/· PDF · Zoë Łódź fraud scoring · /)]);
    await cli('report', '--portfolio', '--format', 'json', '--out', join(dir.dir, 'p.json'));
    await cli(
      'report',
      '--project',
      'Support triage assistant',
      '--format',
      'md',
      '--out',
      join(dir.dir, 's.md'),
    );
    out = [];
    expect(await cli('reports', 'list')).toBe(0);
    expect(out[0]).toMatch(
      /· Markdown · Support triage assistant · Nearly ready · 70% \(mean 75\.7%\) · s\.md · sha256 [0-9a-f]{12}$/,
    );
    expect(out[1]).toMatch(/· JSON · Portfolio · \d+ projects: .* · p\.json · sha256/);
    out = [];
    expect(await cli('reports', 'list', '--json')).toBe(0);
    const list = JSON.parse(out.join('\n')) as { format: string }[];
    expect(list.map((e) => e.format)).toEqual(['md', 'json', 'pdf']);
  });
});

import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../database/migrations';
import { openDatabase } from '../database/openDatabase';
import { DATABASE_FILE } from '../workspace/dataDir';
import { startHost } from './startHosts';

/**
 * A file at the previous schema version as an older Crossing leaves it, or as a restored backup
 * is (rollback-journal mode, no application id), with `projects` rows: written to `file`.
 */
export function writePreviousVersionFile(file: string, projects: number): void {
  const previous = MIGRATIONS.length - 1;
  const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, previous) });
  const insert = db.prepare(
    `INSERT INTO projects (id, name, description, kind, stage, created_at, updated_at)
     VALUES (?, ?, ?, 'llm', 'poc', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < projects; i++)
      insert.run(
        `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        `Legacy ${i}`,
        'An older project. '.repeat(40),
      );
  })();
  db.pragma('application_id = 0');
  db.pragma('journal_mode = DELETE');
  db.close();
}

export interface UpgradeKillOutcome {
  /** Whether the killed host had opened (so the upgrade had finished) before the kill. */
  childOpened: boolean;
  /** What the next start got. */
  state: string;
  quarantined: boolean;
  projects: number;
}

/**
 * Copies `template` (a previous-version file) into `dir`, starts a host on it (which backs it up
 * and upgrades it), SIGKILLs that host after `delayMs`, then opens the folder as the next start
 * does and reports what it found. `openNext` opens the folder and returns its state and count.
 */
export async function killDuringUpgrade(
  child: string,
  template: string,
  dir: string,
  delayMs: number,
  openNext: (dir: string) => Promise<{ state: string; projects: number }>,
): Promise<UpgradeKillOutcome> {
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
  copyFileSync(template, join(dir, DATABASE_FILE));
  let childOpened = false;
  const host = startHost(child, dir, 0, 0, (line) => {
    if (line.state === 'ready') childOpened = true;
  });
  const timer = setTimeout(() => host.proc.kill('SIGKILL'), delayMs);
  await host.done;
  clearTimeout(timer);
  const next = await openNext(dir);
  return { childOpened, ...next, quarantined: existsSync(join(dir, 'quarantine')) };
}

/** Reads a file's row count directly (for checks that must not go through the workspace). */
export function countProjects(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], number>('SELECT count(*) FROM projects').pluck().get() ?? 0;
  } finally {
    db.close();
  }
}

/** How long a host takes from its start to an open, upgraded workspace on a copy of `template`. */
export async function timeToUpgrade(child: string, template: string, dir: string): Promise<number> {
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
  copyFileSync(template, join(dir, DATABASE_FILE));
  const started = Date.now();
  let opened = 0;
  await startHost(child, dir, 0, 0, (line) => {
    if (line.state === 'ready') opened = Date.now();
  }).done;
  return (opened || Date.now()) - started;
}

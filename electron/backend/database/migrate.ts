import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrationsNewerThanCode = (fileVersion: number, latest: number): boolean =>
  fileVersion > latest;

/**
 * Applies every migration above the file's PRAGMA user_version, each in its own transaction
 * together with its user_version bump, so a crash leaves the file at a whole version.
 * Migrations are never edited once shipped; a change is a new numbered file.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[]): number {
  assertSequential(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      // user_version cannot be bound as a parameter; the value is an integer we control.
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

function assertSequential(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
    }
  });
}

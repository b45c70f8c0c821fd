import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

// A child process that leaves a hot rollback journal beside `file`, as a crash in the middle of
// a big transaction in rollback-journal mode does: journal_mode=DELETE, a one-page cache (so
// changed pages spill into the file before commit), 400 rows of 2,000 characters, then it tells
// the parent, which SIGKILLs it before it can commit or roll back.
const CHILD = `
const Database = require(process.argv[1] + '/node_modules/better-sqlite3');
const db = new Database(process.argv[2]);
db.pragma('journal_mode = DELETE');
db.pragma('cache_size = 1');
db.exec('BEGIN IMMEDIATE');
db.exec('CREATE TABLE IF NOT EXISTS crash_filler (x TEXT)');
const insert = db.prepare('INSERT INTO crash_filler VALUES (?)');
for (let i = 0; i < 400; i++) insert.run('x'.repeat(2000));
process.stdout.write('spilled\\n');
setInterval(() => {}, 1000);
`;

/** Runs the child on `file` and kills it mid-transaction; resolves once it is dead. */
export function leaveHotJournal(file: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-e', CHILD, ROOT, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      if (c.includes('spilled')) child.kill('SIGKILL');
    });
    child.on('error', fail);
    child.on('close', (_code, signal) =>
      signal === 'SIGKILL' ? done() : fail(new Error(`child ended on its own: ${stderr}`)),
    );
  });
}

import type { Migration } from './migrate';

// Numbered SQL files, bundled as text by Vite (and by Vitest), so the packaged app needs no
// loose files. File names: NNNN_name.sql.
const files = import.meta.glob<string>('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const MIGRATIONS: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const match = /\/(\d{4})_([a-z0-9_]+)\.sql$/.exec(path);
    if (!match) throw new Error(`Badly named migration file: ${path}`);
    return { version: Number(match[1]), name: match[2] as string, sql };
  })
  .sort((a, b) => a.version - b.version);

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

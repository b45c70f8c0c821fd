import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { electronSqliteBindingPath } from '../main/electronSqliteBinding';

// `npm start` runs this before launching Electron. better-sqlite3 in node_modules is built for
// Node (the tests, the CLI and the web host load it); Electron has its own ABI and would refuse
// it. So a copy of the module is compiled for the installed Electron version, in a temp folder,
// and only its .node file is kept, under out/native/electron-<version>-<arch>/. node_modules is
// never rebuilt in place (that would break the tests), and nothing runs at install time.
// Needs the network once per Electron version (Electron's headers, or a prebuilt binary).

const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

let electronVersion: string;
try {
  electronVersion = (require('electron/package.json') as { version: string }).version;
  // The package's entry throws when its binary was never downloaded.
  require('electron');
} catch {
  fail(
    "Electron's binary is not installed (was it installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?).\n" +
      'Reinstall with network access (npm install), or use the browser host: npm run web',
  );
}

const target = electronSqliteBindingPath(
  join(root, 'out', 'native'),
  electronVersion,
  process.arch,
);
if (existsSync(target)) {
  console.log(`better-sqlite3 for Electron ${electronVersion}: ${target}`);
  process.exit(0);
}

const moduleDir = join(root, 'node_modules', 'better-sqlite3');
const moduleVersion = (
  JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8')) as { version: string }
).version;
const work = mkdtempSync(join(tmpdir(), 'crossing-native-'));
try {
  console.log(
    `Building better-sqlite3 ${moduleVersion} for Electron ${electronVersion} (${process.arch}), once…`,
  );
  const copy = join(work, 'node_modules', 'better-sqlite3');
  // The Node build in build/ stays behind: the copy must compile (or download) its own.
  const nodeBuild = join(moduleDir, 'build');
  cpSync(moduleDir, copy, {
    recursive: true,
    filter: (src) => src !== nodeBuild && !src.startsWith(nodeBuild + sep),
  });
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({
      name: 'crossing-native',
      private: true,
      dependencies: { 'better-sqlite3': moduleVersion },
    }),
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: work,
    electronVersion,
    arch: process.arch,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) fail(`The Electron build of better-sqlite3 did not produce ${built}.`);
  mkdirSync(dirname(target), { recursive: true });
  // Temp name then rename: an interrupted copy never looks like a finished build.
  copyFileSync(built, `${target}.partial`);
  renameSync(`${target}.partial`, target);
  console.log(`Built ${target}`);
} catch (e) {
  fail(
    `Could not build better-sqlite3 for Electron: ${e instanceof Error ? e.message : String(e)}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

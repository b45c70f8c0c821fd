import { listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// `npm run check:package`: packages the app for Linux (`--linux dir`) the way `npm run dist`
// does, but offline: a stand-in Electron distribution instead of the downloaded one, and no
// native rebuild. Then it inspects what came out: what the archive holds, that better-sqlite3's
// .node file sits unpacked beside it, and that the fuses the configuration asks for were set.
// What it cannot prove (the real Electron binary starts; better-sqlite3 rebuilt for Electron's
// ABI loads in it) is said in the README. Needs `npm run build` first.

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const started = Date.now();
const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};

if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  console.error('No build in out/: run `npm run build` first.');
  process.exit(1);
}

// @electron/fuses' format (its constants, not exported): a sentinel, then the wire version (1),
// its length, and one byte per fuse, '0' off or '1' on.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

// The fuses electron-builder.yml must ask for, and the state each must end in.
const FUSES: Record<string, { option: FuseV1Options; on: boolean }> = {
  runAsNode: { option: FuseV1Options.RunAsNode, on: false },
  enableNodeOptionsEnvironmentVariable: {
    option: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
    on: false,
  },
  enableNodeCliInspectArguments: { option: FuseV1Options.EnableNodeCliInspectArguments, on: false },
  enableEmbeddedAsarIntegrityValidation: {
    option: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
    on: true,
  },
  onlyLoadAppFromAsar: { option: FuseV1Options.OnlyLoadAppFromAsar, on: true },
  grantFileProtocolExtraPrivileges: {
    option: FuseV1Options.GrantFileProtocolExtraPrivileges,
    on: false,
  },
  enableCookieEncryption: { option: FuseV1Options.EnableCookieEncryption, on: true },
};

const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
const fuseBlock = /^electronFuses:\n((?:[ \t]+.*\n)+)/m.exec(config)?.[1] ?? '';
check(fuseBlock !== '', 'electron-builder.yml has no electronFuses block');
for (const [name, { on }] of Object.entries(FUSES)) {
  check(
    new RegExp(`^\\s+${name}:\\s*${on}\\s*$`, 'm').test(fuseBlock),
    `electron-builder.yml does not set electronFuses.${name}: ${on}`,
  );
}

// The stand-in: a script named `electron` that says what it is, carrying the fuse wire a real
// Electron binary carries (@electron/fuses' sentinel, wire version 1, its length, one byte per
// fuse). Every fuse starts opposite to what the configuration asks, so each must be flipped.
const work = mkdtempSync(join(tmpdir(), 'crossing-package-'));
const dist = join(work, 'electron-dist');
const output = join(work, 'dist');
mkdirSync(join(dist, 'resources'), { recursive: true });
const WIRE_LENGTH = 9;
const wire = Array.from({ length: WIRE_LENGTH }, (_, i) => {
  const fuse = Object.values(FUSES).find((f) => Number(f.option) === i);
  return fuse ? (fuse.on ? FuseState.DISABLE : FuseState.ENABLE) : FuseState.DISABLE;
});

writeFileSync(
  join(dist, 'electron'),
  Buffer.concat([
    Buffer.from(
      '#!/bin/sh\necho "Stand-in for Electron (scripts/checkPackage.ts): not runnable" >&2\nexit 1\n# ',
    ),
    Buffer.from(SENTINEL),
    Buffer.from([1, WIRE_LENGTH, ...wire]),
    Buffer.from('\n'),
  ]),
);
chmodSync(join(dist, 'electron'), 0o755);
writeFileSync(join(dist, 'LICENSE'), 'stand-in\n');
writeFileSync(
  join(dist, 'version'),
  (require('electron/package.json') as { version: string }).version,
);

let built = 0;
try {
  const builderStarted = Date.now();
  execFileSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--linux',
      'dir',
      `--${process.arch}`,
      '--publish',
      'never',
      `-c.electronDist=${dist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${output}`,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  built = Date.now() - builderStarted;

  const unpacked = readdirSync(output).find((d) => /^linux(-[a-z0-9]+)?-unpacked$/.test(d));
  if (!unpacked) throw new Error(`electron-builder left no linux-*-unpacked folder in ${output}`);
  const appDir = join(output, unpacked);
  const archive = join(appDir, 'resources', 'app.asar');
  const entries = listPackage(archive, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
  const has = (path: string) => entries.includes(path);

  // What must be in: the build and package.json.
  for (const path of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs']) {
    check(has(path), `app.asar lacks ${path}`);
  }
  check(
    entries.some((e) => /^\/out\/renderer\/index\.html$/.test(e)),
    'app.asar lacks out/renderer/index.html',
  );
  check(has('/node_modules/better-sqlite3/package.json'), 'app.asar lacks better-sqlite3');
  // What must stay out: sources, tests, source maps, the development build for Electron.
  const banned: [RegExp, string][] = [
    [/^\/(electron|renderer|shared|e2e|scripts)\//, 'a source folder'],
    [/\.(ts|tsx|cts|mts)$/, 'a TypeScript file'],
    [/\.map$/, 'a source map'],
    [/\.(test|spec|bench)\.[cm]?[jt]sx?$/, 'a test'],
    [/^\/out\/native\//, 'the development build of better-sqlite3'],
    [/^\/(vitest|playwright|electron\.vite|eslint)[^/]*\.(ts|js)$/, 'a tool configuration'],
  ];
  for (const [pattern, what] of banned) {
    const found = entries.filter((e) => pattern.test(e));
    check(found.length === 0, `app.asar holds ${what}: ${found.slice(0, 5).join(', ')}`);
  }
  // better-sqlite3's native file: listed by the archive as unpacked, and present beside it.
  const nativeFile = '/node_modules/better-sqlite3/build/Release/better_sqlite3.node';
  check(has(nativeFile), `app.asar does not list ${nativeFile}`);
  if (has(nativeFile)) {
    const stat = statFile(archive, nativeFile.slice(1), false) as { unpacked?: boolean };
    check(stat.unpacked === true, `${nativeFile} is packed inside app.asar (cannot be loaded)`);
  }
  check(
    existsSync(join(appDir, 'resources', 'app.asar.unpacked', nativeFile)),
    `${nativeFile} is not in app.asar.unpacked`,
  );
  // The fuses, read back from the packaged executable.
  const executable = join(appDir, 'crossing');
  check(existsSync(executable), `no executable ${executable}`);
  if (existsSync(executable)) {
    const current = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>;
    for (const [name, { option, on }] of Object.entries(FUSES)) {
      const want = on ? FuseState.ENABLE : FuseState.DISABLE;
      check(current[option] === want, `fuse ${name} is not ${on ? 'on' : 'off'} in ${executable}`);
    }
  }
  console.log(
    `app.asar: ${entries.length} entries; electron-builder took ${(built / 1000).toFixed(1)} s`,
  );
} catch (e) {
  // electron-builder's own log only when it failed: it says why.
  const log = (e as { stdout?: Buffer }).stdout;
  if (log) process.stdout.write(log);
  problems.push(e instanceof Error ? e.message : String(e));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`Packaging check failed (${seconds} s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `Packaging check passed in ${seconds} s: the archive holds the build and no sources, tests or maps; better-sqlite3's .node is unpacked; the fuses are set.`,
);

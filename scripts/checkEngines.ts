import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';

// `npm ci` only warns (EBADENGINE) when an installed package does not accept the running Node,
// and that warning scrolls by unread: @electron/rebuild 4 once needed Node 22.12 while the
// README promised 20. This reads the engines field every locked package declares and fails,
// naming each one, when the running Node is outside its range. Optional packages never
// installed on this platform are skipped, as npm skips them.

interface LockedPackage {
  version?: string;
  engines?: Record<string, string> | string[];
  optional?: boolean;
  dev?: boolean;
}

const root = resolve(import.meta.dirname, '..');
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const node = process.version;
const refused: string[] = [];
for (const [path, pkg] of Object.entries(lock.packages)) {
  // Old packages wrote engines as an array; npm ignores that form, and so does this check.
  const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
  if (path === '' || !range) continue;
  if (!semver.satisfies(node, range, { includePrerelease: true })) {
    refused.push(
      `${path.replace(/^.*node_modules\//, '')}@${pkg.version ?? '?'} wants Node ${range}`,
    );
  }
}
const own = lock.packages['']?.engines;
const ownRange = Array.isArray(own) ? undefined : own?.node;
if (ownRange && !semver.satisfies(node, ownRange)) {
  refused.push(`crossing itself wants Node ${ownRange}`);
}
if (refused.length > 0) {
  console.error(`Node ${node} is refused by ${refused.length} locked package(s):`);
  for (const line of refused) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`Node ${node}: every locked package accepts it.`);

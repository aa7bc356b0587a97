// Completes package-lock.json after `npm install`: gives every optional platform package
// (other systems' builds of Biome and Rollup) a lock entry, even when the registry this
// machine reaches does not serve it. npm leaves such packages out of the lock it writes,
// and `npm ci` then refuses that very lock as out of sync (npm/cli#9846). Each entry added is
// optional and for another platform, so `npm ci` skips it here.
// Use: `npm run lockfile` after changing dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    lock.packages[hoisted] = { version, dev: entry.dev ?? false, optional: true };
    added.push(`${name}@${version}`);
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length
    ? `Added lock entries for ${added.length} optional platform packages.`
    : 'The lock file is complete.',
);

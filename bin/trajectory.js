#!/usr/bin/env node
// The `trajectory` command. The TypeScript sources are bundled on install (postinstall).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/trajectory.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error(
    'trajectory: the tool is not built yet. Run `npm ci` (or `node scripts/build-cli.mjs`) first.',
  );
  process.exit(3);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2), process);

// Bundles the command-line tool (cli/main.ts and the rule core it uses) into one ES module
// that plain Node runs, so `npx trajectory` needs no TypeScript loader.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/trajectory.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});

// Reports the size of the script that loads on every Google Doc, and fails the build when its
// gzip size passes the budget: that script must place the launcher and nothing more. Run by
// wxt.config.ts after every `wxt build`, or by hand: node scripts/docs-script-size.mjs [outDir]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DOCS_SCRIPT = 'content-scripts/docs.js';
export const GZIP_BUDGET_BYTES = 60 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The Docs content script's sizes in an output folder (`.output/chrome-mv3`). */
export function docsScriptSize(outDir) {
  const code = readFileSync(join(outDir, DOCS_SCRIPT));
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** One line for the build log; `ok` is false when the gzip size is over budget. */
export function reportDocsScriptSize(outDir) {
  const { bytes, gzipBytes } = docsScriptSize(outDir);
  const ok = gzipBytes <= GZIP_BUDGET_BYTES;
  const line = `Docs content script (${DOCS_SCRIPT}): ${kb(bytes)}, ${kb(gzipBytes)} gzip (budget ${kb(GZIP_BUDGET_BYTES)} gzip)${ok ? '' : ': OVER BUDGET, keep the lesson engine and zod out of the script that loads on every Doc'}`;
  return { ok, line };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ok, line } = reportDocsScriptSize(resolve(process.argv[2] ?? '.output/chrome-mv3'));
  console.log(line);
  process.exit(ok ? 0 : 1);
}

import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain Node script (scripts/ is JavaScript).
import { GZIP_BUDGET_BYTES, reportDocsScriptSize } from '../../scripts/docs-script-size.mjs';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** An output folder whose Docs content script holds this code. */
function outputWith(code: string | Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'trajectory-size-'));
  folders.push(folder);
  mkdirSync(join(folder, 'content-scripts'));
  writeFileSync(join(folder, 'content-scripts/docs.js'), code);
  return folder;
}

describe('the Docs content script size report', () => {
  it('passes a small script and says its sizes', () => {
    const { ok, line } = reportDocsScriptSize(outputWith('console.log("launcher");\n'.repeat(2000)));
    expect(ok).toBe(true);
    expect(line).toMatch(
      /^Docs content script \(content-scripts\/docs\.js\): [\d.]+ KB, [\d.]+ KB gzip \(budget 60\.0 KB gzip\)$/,
    );
  });

  it('fails a script over the gzip budget and says what to keep out', () => {
    // Random bytes do not compress: gzip is about as big as the file.
    const { ok, line } = reportDocsScriptSize(outputWith(randomBytes(GZIP_BUDGET_BYTES + 1024)));
    expect(ok).toBe(false);
    expect(line).toMatch(/OVER BUDGET.*lesson engine/);
  });
});

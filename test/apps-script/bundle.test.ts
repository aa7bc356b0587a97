import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_FOLDER, ensureBuilt, loadAddOn, readBuilt } from './harness';

const root = join(import.meta.dirname, '../..');

beforeAll(ensureBuilt);

describe('the build folder clasp pushes', () => {
  it('holds exactly Code.js, Sidebar.html and the manifest', () => {
    expect(readdirSync(BUILD_FOLDER).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('has a V8 manifest with only the scopes the add-on needs', () => {
    const manifest = JSON.parse(readBuilt('appsscript.json'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('sends no error reports out of the school account (an exception can quote a cell)', () => {
    expect(JSON.parse(readBuilt('appsscript.json')).exceptionLogging).toBe('NONE');
  });
});

describe('Code.js', () => {
  const code = () => readBuilt('Code.js');

  it('is a classic script with no import or export', () => {
    expect(code()).not.toMatch(/^\s*(import|export)\b/m);
    expect(() => new vm.Script(code())).not.toThrow();
  });

  it('declares a top-level function for every export of the entry module, and nothing else', () => {
    const source = readFileSync(join(root, 'apps-script/server/main.ts'), 'utf8');
    const exported = [...source.matchAll(/^export function (\w+)/gm)].map((match) => match[1]).sort();
    expect(loadAddOn('Sheet1', []).topLevelFunctions().sort()).toEqual(exported);
  });
});

describe('Sidebar.html', () => {
  const html = () => readBuilt('Sidebar.html');

  it('is one self-contained file: inline script and styles, no external URLs', () => {
    expect(html()).toMatch(/^<!DOCTYPE html>/);
    expect(html()).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html()).not.toMatch(/<link\b/i);
    expect(html()).not.toMatch(/@import|url\(/i);
    // Preact names the SVG and MathML namespaces by their w3.org URIs; nothing is fetched from them.
    const urls = html().match(/(https?:)?\/\/[\w.-]+\.[a-z]{2,}[^\s"'<>]*/gi) ?? [];
    expect(
      urls.filter((url) => !/^http:\/\/www\.w3\.org\/(2000\/svg|1998\/Math\/MathML|1999\/xhtml)$/.test(url)),
    ).toEqual([]);
    expect(html().match(/<script>/g)).toHaveLength(1);
  });

  it('carries a script that parses', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(html())?.[1] ?? '';
    expect(script.length).toBeGreaterThan(1000);
    expect(() => new vm.Script(script)).not.toThrow();
  });

  it('calls only functions the server exposes', () => {
    const sources = readdirSync(join(root, 'apps-script/sidebar'))
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => readFileSync(join(root, 'apps-script/sidebar', file), 'utf8'))
      .join('\n');
    const called = new Set([...sources.matchAll(/callServer\('(\w+)'/g)].map((match) => match[1]!));
    expect([...called].sort()).toEqual([
      'analyseActiveSheet',
      'getSelfReview',
      'getSettings',
      'openSelfReviewGrid',
      'saveSettings',
      'selectCell',
      'writeSelfReviewSummary',
    ]);
    const exposed = loadAddOn('Sheet1', []).topLevelFunctions();
    for (const name of called) {
      expect(exposed).toContain(name);
      expect(html()).toContain(`"${name}"`);
    }
  });
});

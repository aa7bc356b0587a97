/**
 * No regular expression in the engines can backtrack for long on a long input (issue 8): a
 * teacher's 40,000-space cell took seconds, a million spaces never finished, and Apps Script
 * stops a run at six minutes. Every regex literal in the source is found by reading the files,
 * and every regex built at run time (`new RegExp(...)`) is caught as the engines read the
 * fixtures, so a new one is checked the day it is written. recheck decides each one; its
 * pure-JavaScript engine runs here, offline, with no binary.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, fixtureNames } from '../lesson/fixture-files';
import { analyseFixture } from '../markbook/fixture';
import { type RegexSite, regexLiterals, regexSites, sourceFiles } from './regex-literals';

process.env.RECHECK_BACKEND = 'pure';
const { check } = createRequire(import.meta.url)('recheck') as typeof import('recheck');

const root = join(import.meta.dirname, '../..');
/** The code that reads what teachers write: the rule core, the add-on, the CLI and the extension. */
const FOLDERS = ['shared', 'apps-script', 'cli', 'extension'];

/** The regexes the engines build with `new RegExp` while they read every fixture. */
async function regexesBuiltAtRunTime(): Promise<RegexSite[]> {
  const built: RegexSite[] = [];
  const Native = globalThis.RegExp;
  const record = (made: RegExp) => {
    const frame = new Error().stack?.split('\n').find((line) => FOLDERS.some((f) => line.includes(`/${f}/`)));
    if (frame === undefined) return;
    const at = frame.slice(frame.indexOf(root) + root.length + 1).replace(/:\d+\)?$/, '');
    built.push({ at: `${at} (built at run time)`, source: made.source, flags: made.flags });
  };
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      record(made);
      return made;
    },
    apply(target, self, args) {
      const made = Reflect.apply(target, self, args) as RegExp;
      record(made);
      return made;
    },
  });
  try {
    // Imported here, under the proxy, so regexes built when a module loads are caught too.
    const { analyseLessonPlan } = await import('../../shared/lesson');
    const selfReview = await import('../../shared/selfreview');
    const { readdirSync } = await import('node:fs');
    for (const name of fixtureNames) analyseLessonPlan(fixture(name));
    for (const name of readdirSync(join(root, 'test/fixtures/markbooks'))) {
      if (name.endsWith('.csv') || name.endsWith('.tsv')) analyseFixture(name);
    }
    selfReview.readSelfReviewGrid(selfReview.selfReviewGrid());
  } finally {
    globalThis.RegExp = Native;
  }
  return built;
}

const literals = regexSites(root, sourceFiles(root, FOLDERS));
const builtAtRunTime = await regexesBuiltAtRunTime();

/**
 * One entry per distinct pattern, naming every place it is written. The `g` flag changes where
 * a match starts, not how it backtracks, so a global copy of a pattern is the same pattern.
 */
const patterns = new Map<string, { source: string; flags: string; at: string[] }>();
for (const site of [...literals, ...builtAtRunTime]) {
  const key = `/${site.source}/${site.flags.replace('g', '')}`;
  const entry = patterns.get(key) ?? { source: site.source, flags: site.flags, at: [] };
  if (!entry.at.includes(site.at)) entry.at.push(site.at);
  patterns.set(key, entry);
}

/**
 * recheck's verdict. A pattern it cannot decide in time with its automaton is fuzzed; one it
 * still cannot decide counts as a failure, since a checker that gives up is no guarantee.
 */
async function verdict(source: string, flags: string): Promise<string> {
  // No wall-clock limits: recheck's time-outs (the whole check's, and the fuzzer's 250 ms on each
  // trial string) made a verdict depend on how busy the machine was, so a loaded run could fail a
  // safe pattern. Without them, and with the fuzzer seeded, a run decides the same way every time;
  // the automaton's and the fuzzer's own size and iteration limits bound the work.
  const deterministic = { timeout: null, incubationTimeout: null, randomSeed: 1 } as const;
  let result = await check(source, flags, deterministic);
  if (result.status === 'unknown') result = await check(source, flags, { ...deterministic, checker: 'fuzz' });
  if (result.status === 'safe') return 'safe';
  if (result.status === 'vulnerable') {
    return `${result.complexity.type} backtracking, e.g. on ${result.attack.pattern}: match it with a loop, or bound the text it examines`;
  }
  return `recheck could not decide (${result.error.kind}): simplify it`;
}

describe('the regex scanner', () => {
  it('finds every literal, and only literals: each one compiles', () => {
    expect(literals.length).toBeGreaterThan(200);
    const broken = literals.filter((site) => {
      try {
        new RegExp(site.source, site.flags);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it('tells a regex from a division, a comment, a string and JSX', () => {
    const text = [
      'const half = total / 2 / count; // not /a regex/',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, for the scanner
      "const s = 'a / b', t = `${x / 2} /not/ ${/\\d+/.test(y) ? 1 : 0}`;",
      'return /^[/]+$/gi.test(a[i] / b) && f(/x\\/y/);',
      '/* /nope/ */ const re = cond ? /yes/ : /no/m;',
    ].join('\n');
    expect(regexLiterals(text).map((r) => `${r.line}:/${r.source}/${r.flags}`)).toEqual([
      '2:/\\d+/',
      '3:/^[/]+$/gi',
      '3:/x\\/y/',
      '4:/yes/',
      '4:/no/m',
    ]);
    expect(regexLiterals('<p>a</p>; <Item key={k} />', true)).toEqual([]);
  });

  it('catches regexes the engines build at run time', () => {
    expect(builtAtRunTime.length).toBeGreaterThan(0);
  });
});

describe('every regular expression runs in linear time', () => {
  it.each([...patterns.entries()].map(([key, entry]) => [key, entry] as const))(
    '%s',
    async (_key, { source, flags, at }) => {
      expect(`${at.join(', ')}: ${await verdict(source, flags)}`).toBe(`${at.join(', ')}: safe`);
    },
    60_000,
  );
});

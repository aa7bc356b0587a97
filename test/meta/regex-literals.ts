/**
 * Finds the regular expression literals in TypeScript source, so the ReDoS test checks every
 * one, including one added tomorrow. A small scanner, not a parser: it skips comments, strings
 * and template text (but looks inside `${...}`), and takes a `/` to start a literal where an
 * expression may begin (after an operator, an opening bracket, a comma or a keyword such as
 * `return`), as the language itself decides.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RegexSite {
  /** Where it is, as `shared/markbook/scales.ts:42`. */
  at: string;
  source: string;
  flags: string;
}

/** Keywords after which a `/` begins an expression (a regex), not a division. */
const EXPRESSION_KEYWORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

const isIdentifierChar = (ch: string) => /[\w$]/.test(ch);

/** Every regex literal in one file's text, with its 1-based line. */
export function regexLiterals(text: string, jsx = false): { line: number; source: string; flags: string }[] {
  const found: { line: number; source: string; flags: string }[] = [];
  let i = 0;
  let line = 1;
  /** What came last outside comments and strings: decides whether `/` starts a regex. */
  let previous: 'start' | 'value' | 'operator' | 'keyword' = 'start';
  /** Open `{` counts, one entry per template literal whose `${` we are inside. */
  const templates: number[] = [];
  let braces = 0;

  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (text[k] === '\n') line++;
    i = to;
  };

  /** Skips template text from just after a backtick or `}` up to the closing backtick or `${`. */
  const templateText = () => {
    let k = i;
    while (k < text.length) {
      const ch = text[k];
      if (ch === '\\') k += 2;
      else if (ch === '`') {
        advance(k + 1);
        previous = 'value';
        return;
      } else if (ch === '$' && text[k + 1] === '{') {
        advance(k + 2);
        templates.push(braces);
        previous = 'operator';
        return;
      } else k++;
    }
    advance(k);
  };

  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '\n' || ch === ' ' || ch === '\t' || ch === '\r') {
      advance(i + 1);
    } else if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      advance(end === -1 ? text.length : end);
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      advance(end === -1 ? text.length : end + 2);
    } else if (ch === '"' || ch === "'") {
      let k = i + 1;
      while (k < text.length && text[k] !== ch && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      advance(k + 1);
      previous = 'value';
    } else if (ch === '`') {
      advance(i + 1);
      templateText();
    } else if (jsx && ((ch === '<' && next === '/') || (ch === '/' && next === '>'))) {
      // A JSX closing tag, `</p>` or `/>`, not a regex.
      advance(i + 2);
      previous = 'operator';
    } else if (ch === '/' && previous !== 'value') {
      const start = line;
      let k = i + 1;
      let inClass = false;
      while (k < text.length && text[k] !== '\n') {
        const c = text[k];
        if (c === '\\') k += 2;
        else if (c === '[') {
          inClass = true;
          k++;
        } else if (c === ']') {
          inClass = false;
          k++;
        } else if (c === '/' && !inClass) break;
        else k++;
      }
      const source = text.slice(i + 1, k);
      let end = k + 1;
      while (end < text.length && /[a-z]/.test(text[end]!)) end++;
      found.push({ line: start, source, flags: text.slice(k + 1, end) });
      advance(end);
      previous = 'value';
    } else if (isIdentifierChar(ch)) {
      let k = i;
      while (k < text.length && isIdentifierChar(text[k]!)) k++;
      const word = text.slice(i, k);
      advance(k);
      previous = EXPRESSION_KEYWORDS.has(word) ? 'keyword' : 'value';
    } else if (ch === '}' && templates.length > 0 && templates[templates.length - 1] === braces) {
      templates.pop();
      advance(i + 1);
      templateText();
    } else {
      if (ch === '{') braces++;
      if (ch === '}') braces--;
      advance(i + 1);
      // `)` and `]` end a value (`f(x) / 2`, `a[i] / 2`); `}` ends a block or an object, and a
      // division after an object literal does not occur in this code base.
      previous = ch === ')' || ch === ']' ? 'value' : 'operator';
    }
  }
  return found;
}

/** The TypeScript files under `folders` (relative to `root`), tests and generated folders left out. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && !name.startsWith('.')) walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files.sort();
}

/** Every regex literal in the files, each with where it is. */
export function regexSites(root: string, files: string[]): RegexSite[] {
  return files.flatMap((file) =>
    regexLiterals(readFileSync(file, 'utf8'), file.endsWith('.tsx')).map(({ line, source, flags }) => ({
      at: `${relative(root, file)}:${line}`,
      source,
      flags,
    })),
  );
}

/**
 * The command line against hostile and huge input (issue 8): terminal escapes in names and
 * plans never reach the terminal, a file that never ends is refused at once, and a markbook
 * too big for one string (or for memory) either prints in full or stops with one line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../cli/io';
import { run } from '../../cli/main';
import { terminalText, writeJson } from '../../cli/output';
import { analyseLessonPlan, lessonToJson } from '../../shared/lesson';
import { markbookToJson } from '../../shared/markbook/index';
import { bigMarkbook } from '../bench/markbook-generator';
import { fixture } from '../lesson/fixture-files';
import { analyseFixture } from '../markbook/fixture';

const root = join(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'trajectory-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ESC = '\u001b';
/** The first character a terminal acts on (C0 codes but newline and tab, DEL, C1 codes), if any. */
function firstControl(text: string): string | undefined {
  return [...text].find((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 0x20 && ch !== '\n' && ch !== '\t') || (code >= 0x7f && code <= 0x9f);
  });
}
const OWN_STYLES = ['1', '2', '22', '31', '32', '33', '36', '39'].map((n) => `${ESC}[${n}m`);
const withoutOwnStyles = (text: string) => OWN_STYLES.reduce((rest, code) => rest.split(code).join(''), text);

async function runCli(argv: string[], color = false) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), color });
  return { code, out, err };
}

const bin = (args: string[]) =>
  promisify(execFile)('node', [join(root, 'bin/trajectory.js'), ...args], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('terminalText takes out every terminal control', () => {
  it.each([
    ['a window title (OSC 0)', `Ava${ESC}]0;You have been hacked\u0007 Thompson`, 'Ava Thompson'],
    ['an OSC 8 link', `${ESC}]8;;https://attacker.example${ESC}\\Ava${ESC}]8;;${ESC}\\`, 'Ava'],
    ['a screen clear and cursor home', `${ESC}[2J${ESC}[HBen`, 'Ben'],
    ['a reset of every colour', `Urgent${ESC}[0m`, 'Urgent'],
    ['a 256-colour code', `${ESC}[38;5;196mred`, 'red'],
    ['the C1 form of CSI', '\u009b31mred', 'red'],
    ['a C1 OSC ended by C1 ST', '\u009d0;title\u009cChloe', 'Chloe'],
    ['a two-character escape (reset the terminal)', `${ESC}cDan`, 'Dan'],
    [
      'a carriage return that would overwrite the line',
      'on trajectory\rwell below',
      'on trajectorywell below',
    ],
    ['backspaces, a bell, DEL and NUL', 'A\u0008\u0008v\u0007a\u007f\u0000', 'Ava'],
    ['an OSC left open: it ends at the line, the rest survives', `${ESC}]0;title\nnext line`, '\nnext line'],
    ['newlines and tabs, kept', 'Row 4\tAva\nRow 5\tBen', 'Row 4\tAva\nRow 5\tBen'],
    ['letters of every script, kept', 'Zoë Ōkubo 陈伟 محمد', 'Zoë Ōkubo 陈伟 محمد'],
  ])('%s', (_what, input, expected) => {
    expect(terminalText(input)).toBe(expected);
    expect(terminalText(input, true)).toBe(expected);
  });

  it("keeps the report's own colours when colouring, and nothing else", () => {
    expect(terminalText(`${ESC}[1mBold${ESC}[22m ${ESC}[2J`, true)).toBe(`${ESC}[1mBold${ESC}[22m `);
    // Piped, or with NO_COLOR, not even those: a fake colour in a name is gone.
    expect(terminalText(`${ESC}[1mBold${ESC}[22m ${ESC}[31mUrgent${ESC}[39m`, false)).toBe('Bold Urgent');
  });

  it('takes linear time on a megabyte of escapes', () => {
    const started = performance.now();
    terminalText(`${ESC}[`.repeat(500_000));
    terminalText(`${ESC}]`.repeat(500_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('names and plans with terminal escapes', () => {
  const markbook = join(folder, 'escapes.csv');
  writeFileSync(
    markbook,
    [
      'Name,KS2 Level,Autumn 1,Spring 1,Intervention',
      `"Ava${ESC}]0;pwned\u0007 Thompson",4b,4a,5c,`,
      `"${ESC}[2J${ESC}[HBen Carter",3c,3c,3c,"${ESC}]8;;https://attacker.example${ESC}\\Reading${ESC}]8;;${ESC}\\"`,
      `"Chloe\u009b31m Evans",5c,4${ESC}[31mb,5a,`,
    ].join('\n'),
  );
  const plan = join(folder, 'escapes.txt');
  writeFileSync(
    plan,
    `Year 7 ${ESC}]0;pwned\u0007Science\n\nLearning objective: To explain ${ESC}[31mmelting\r\n\nStarter (10 mins)\nRecap.\n`,
  );

  it.each([
    ['markbook', markbook],
    ['lesson', plan],
  ])('the %s report prints none of them, with or without colour', async (command, file) => {
    for (const color of [false, true]) {
      const { code, out } = await runCli([command, file], color);
      expect(code).toBe(0);
      expect(firstControl(withoutOwnStyles(out))).toBeUndefined();
      expect(out).not.toContain('pwned\u0007');
    }
    const { out } = await runCli([command, file]);
    expect(out).not.toContain(ESC);
    if (command === 'markbook') expect(out).toContain('Ava Thompson');
  });

  it('the JSON keeps every name exactly as written, escaped so no terminal acts on it', async () => {
    const { code, out } = await runCli(['markbook', markbook, '--json']);
    expect(code).toBe(0);
    expect(firstControl(out)).toBeUndefined();
    const names = JSON.parse(out).pupils.map((pupil: { name: string }) => pupil.name);
    expect(names).toEqual([
      `Ava${ESC}]0;pwned\u0007 Thompson`,
      `${ESC}[2J${ESC}[HBen Carter`,
      'Chloe\u009b31m Evans',
    ]);
  });
});

describe('writeJson', () => {
  it('prints the same document as JSON.stringify, for a plan and a markbook', async () => {
    for (const value of [
      lessonToJson(analyseLessonPlan(fixture('01-uk-primary-maths-fractions.txt'))),
      markbookToJson(analyseFixture('ks3-sublevels-af.csv')),
      { empty: [], none: {}, missing: undefined, list: [1, undefined, 'two'] },
    ]) {
      let printed = '';
      await writeJson(value, { out: (text) => (printed += text) });
      expect(printed).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });

  it('prints a document longer than any one string can be, waiting for the pipe between pieces', async () => {
    // 100,000 records of 6,000 characters: 600 MB of JSON, past V8's 512 MB string limit.
    const note = 'x'.repeat(6_000);
    const document = { pupils: Array.from({ length: 100_000 }, (_, row) => ({ row, note })) };
    expect(() => JSON.stringify(document)).toThrow(RangeError);
    let length = 0;
    let last = '';
    let waits = 0;
    await writeJson(document, {
      out: (text) => {
        length += text.length;
        last = text;
      },
      drained: async () => {
        waits++;
      },
    });
    // It waited for the pipe between pieces, not once at the end.
    expect(waits).toBeGreaterThan(1000);
    expect(length).toBeGreaterThan(600_000_000);
    expect(last.endsWith('\n  ]\n}\n')).toBe(true);
  }, 60_000);
});

describe('inputs the command refuses at once', () => {
  it('/dev/zero, a device that never ends: exit 3 with one line, straight away', async () => {
    const started = Date.now();
    const { code, stdout, stderr } = await bin(['markbook', '/dev/zero']);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect({ code, stdout, stderr }).toEqual({
      code: 3,
      stdout: '',
      stderr: 'trajectory: cannot read /dev/zero: it is not a regular file (a device, a pipe or a socket)\n',
    });
  });

  it('a file over the stated size', async () => {
    const huge = join(folder, 'huge.csv');
    writeFileSync(huge, '');
    // A sparse file: as big as it says, at no cost to the disk.
    truncateSync(huge, MAX_INPUT_BYTES + 1024 * 1024);
    const { code, err } = await runCli(['markbook', huge, '--json']);
    expect(code).toBe(3);
    expect(err).toBe(
      `trajectory: cannot read ${huge}: it is 101 MB, and Trajectory reads files of up to 100 MB\n`,
    );
  });

  it('a 50 MB markbook of 120,000 pupils with --json: exit 3 with one line, not a stack trace', async () => {
    const big = join(folder, 'year-groups.csv');
    writeFileSync(
      big,
      bigMarkbook(120_000, 130)
        .map((row) => row.map((cell) => String(cell ?? '')).join(','))
        .join('\n'),
    );
    const { code, stdout, stderr } = await bin(['markbook', big, '--json']);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^trajectory: cannot analyse .*year-groups\.csv: it has [\d,]+ cells \(120,00\d rows, up to \d+ columns\), and Trajectory analyses up to 4,000,000; split it by year group or class\n$/,
    );
  }, 120_000);
});

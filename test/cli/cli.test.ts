import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main';

const root = join(import.meta.dirname, '../..');

async function runCli(argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), color: false });
  return { code, out, err };
}

describe('trajectory command line', () => {
  it('exits 2 with the usage for an unknown command', async () => {
    const { code, err } = await runCli(['bogus']);
    expect(code).toBe(2);
    expect(err).toContain("unknown command 'bogus'");
    expect(err).toContain('Usage:');
  });

  it('exits 2 when a command has no file, or an option is unknown', async () => {
    expect((await runCli(['lesson'])).code).toBe(2);
    expect((await runCli(['markbook', 'a.csv', '--colour'])).err).toContain('unknown option --colour');
    expect((await runCli(['lesson', 'a.txt', '--config', 'x.json'])).err).toContain(
      '--config applies to markbook only',
    );
  });

  it('exits 3 with one line naming a file that is not there', async () => {
    for (const command of ['lesson', 'markbook']) {
      const { code, err, out } = await runCli([command, 'missing.txt']);
      expect(code).toBe(3);
      expect(err).toBe('trajectory: cannot read missing.txt: no such file\n');
      expect(out).toBe('');
    }
  });

  it('prints help on --help and exits 0', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('trajectory lesson <plan.txt|.md|.html>');
  });

  it('runs as an installed bin: the demo prints prompts for the sample plan and flags for the sample markbook', async () => {
    const { stdout } = await promisify(execFile)(
      'node',
      [join(root, 'bin/trajectory.js'), 'demo', '--json'],
      {
        cwd: root,
        maxBuffer: 32 * 1024 * 1024,
      },
    );
    const [lesson, markbook] = stdout
      .trim()
      .split(/\n(?=\{)/)
      .map((document) => JSON.parse(document));
    expect(lesson.prompts.length).toBeGreaterThan(0);
    expect(lesson.questions.length).toBeGreaterThan(0);
    expect(markbook.pupils.length).toBeGreaterThan(0);
    expect(markbook.pupils.some((pupil: { flags: unknown[] }) => pupil.flags.length > 0)).toBe(true);
  });

  it('exits 3 through the real bin too, with the message on stderr', async () => {
    const failure = await promisify(execFile)(
      'node',
      [join(root, 'bin/trajectory.js'), 'lesson', 'missing.txt'],
      {
        cwd: root,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 3, stderr: 'trajectory: cannot read missing.txt: no such file\n' });
  });
});

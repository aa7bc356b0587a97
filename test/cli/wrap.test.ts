import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main';
import { DEFAULT_WIDTH, outputWidth, visibleLength, wrapLine, wrapParagraph } from '../../cli/wrap';

async function demo(width: number | undefined, color = false) {
  let out = '';
  const code = await run(['demo'], { out: (text) => (out += text), err: () => {}, color, width });
  return { code, lines: out.trimEnd().split('\n') };
}

describe('wrapping to the terminal', () => {
  it('uses the terminal width, 100 columns for a file or pipe, and never narrower than 40', () => {
    expect([outputWidth(132), outputWidth(undefined), outputWidth(0), outputWidth(20)]).toEqual([
      132,
      DEFAULT_WIDTH,
      DEFAULT_WIDTH,
      40,
    ]);
  });

  it('measures coloured text by what shows', () => {
    expect(visibleLength('\u001b[1mBold\u001b[22m text')).toBe(9);
  });

  it('lines continuation lines up under the text', () => {
    expect(wrapParagraph('one two three four', 12, 4, '  - ')).toBe('  - one two\n    three\n    four');
  });

  it('keeps the spacing of a laid-out line and indents what wraps', () => {
    expect(wrapLine('  SEN      4 pupils  on track 50%', 40)).toBe('  SEN      4 pupils  on track 50%');
    expect(wrapLine('  SEN      4 pupils  on track 50% (gap -33.3 pts)', 36)).toBe(
      '  SEN      4 pupils  on track 50%\n    (gap -33.3 pts)',
    );
  });
});

describe('trajectory demo', () => {
  it.each([60, 80, 120])('fits a %i-column terminal, lesson and markbook alike', async (width) => {
    const { code, lines } = await demo(width, true);
    expect(code).toBe(0);
    // A single word longer than the line (a rule id) is left whole rather than cut.
    const over = lines.filter((line) => visibleLength(line) > width && line.trim().includes(' '));
    expect(over).toEqual([]);
  });

  it('ends with what to do next: the extension, pinning it, and the add-on', async () => {
    const { lines } = await demo(undefined);
    const next = lines.slice(lines.indexOf('What next')).join(' ').replace(/\s+/g, ' ');
    expect(lines).toContain('What next');
    expect(next).toContain('Load unpacked and pick .output/chrome-mv3');
    expect(next).toMatch(/Pin it: .*toolbar button/);
    expect(next).toContain('npm run setup:addon');
    expect(next).toContain('npm run push');
  });

  it('prints only JSON with --json', async () => {
    let out = '';
    await run(['demo', '--json'], { out: (text) => (out += text), err: () => {}, color: false });
    expect(out).not.toContain('What next');
  });
});

import { describe, expect, it } from 'vitest';
import { analyseMarkbookFile, readMarkbookFile } from '../../shared/markbook/index';
import { decodeText } from '../../shared/sheet/decode';

const MARKBOOK = 'Name,Target,Autumn %,Spring %\r\nZoë O’Brien,50,45,52\r\nJosé Núñez,60,58,63\r\n';

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16le(text: string, mark = true): Uint8Array {
  const bytes = new Uint8Array((mark ? 2 : 0) + text.length * 2);
  if (mark) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[(mark ? 2 : 0) + 2 * i] = code & 0xff;
    bytes[(mark ? 2 : 0) + 2 * i + 1] = code >> 8;
  }
  return bytes;
}
function utf16be(text: string): Uint8Array {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}
// Windows-1252: é 0xE9, ë 0xEB, ú 0xFA, ñ 0xF1, ’ 0x92.
const CP1252: Record<string, number> = { é: 0xe9, ë: 0xeb, ú: 0xfa, ñ: 0xf1, '’': 0x92 };
const windows1252 = (text: string) => Uint8Array.from([...text].map((ch) => CP1252[ch] ?? ch.charCodeAt(0)));

describe('files as schools export them', () => {
  it.each([
    ['UTF-8', utf8(MARKBOOK), 'utf-8'],
    ['UTF-8 with a byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(MARKBOOK)]), 'utf-8'],
    ['UTF-16 (little-endian, with a mark)', utf16le(MARKBOOK), 'utf-16le'],
    ['UTF-16 (little-endian, no mark)', utf16le(MARKBOOK, false), 'utf-16le'],
    ['UTF-16 (big-endian, with a mark)', utf16be(MARKBOOK), 'utf-16be'],
    ['Windows-1252', windows1252(MARKBOOK), 'windows-1252'],
  ])('decodes %s to the same text, accents and apostrophes intact', (_case, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: MARKBOOK, encoding });
  });

  it('reads a Windows-1252 file and says how it was read, never in mojibake', () => {
    const read = readMarkbookFile(windows1252(MARKBOOK), 'class.csv');
    expect(read.values.map((row) => row[0])).toEqual(['Name', 'Zoë O’Brien', 'José Núñez']);
    expect(read.diagnostics).toMatchObject([{ cell: 'file', severity: 'warning' }]);
    expect(read.diagnostics[0]!.message).toMatch(/^file: not saved as UTF-8, so it was read as Windows-1252/);
    expect(readMarkbookFile(utf8(MARKBOOK), 'class.csv').diagnostics).toEqual([]);
  });

  it('reads a semicolon export with decimal commas', () => {
    const a = analyseMarkbookFile(
      utf8('Pupil;Target %;Autumn %;Spring %\r\nAva Shah;50;44,5;51,5\r\nBen Cole;60;62;58,25\r\n'),
      'export.csv',
    );
    expect(a.assessments).toEqual(['Autumn %', 'Spring %']);
    expect(a.pupils.map((p) => p.assessments.map((x) => x.grade?.points))).toEqual([
      [44.5, 51.5],
      [62, 58.25],
    ]);
    expect(a.diagnostics).toEqual([]);
  });

  it('sniffs tabs in a .csv, and takes a .tsv as tab-separated', () => {
    const text = 'Name\tAutumn\tSpring\nAva\t4\t5\n';
    for (const name of ['copied.csv', 'copied.tsv']) {
      expect(readMarkbookFile(utf8(text), name).values).toEqual([
        ['Name', 'Autumn', 'Spring'],
        ['Ava', '4', '5'],
      ]);
    }
  });

  it('says the row an unterminated quote opened on, and still reads the pupils after it', () => {
    const a = analyseMarkbookFile(utf8('Name,Autumn,Spring\nAva,"5,6\nBen,4,5\nCal,6,6\n'), 'q.csv');
    expect(a.pupils.map((p) => p.name)).toEqual(['Ava', 'Ben', 'Cal']);
    expect(a.diagnostics[0]).toMatchObject({ cell: 'B2', value: '"5,6', severity: 'warning' });
    expect(a.diagnostics[0]!.message).toMatch(
      /^B2: '"5,6' opens a quote \("\) on row 2 that is never closed/,
    );
  });

  it('names duplicate headers by column letter, with the fix', () => {
    const a = analyseMarkbookFile(utf8('Name,Autumn,Spring,Autumn\nAva,4,5,5\n'), 'd.csv');
    expect(a.diagnostics.map((d) => d.message)).toContain(
      'B1: \'Autumn\' is the header of columns B and D; each is read, but a setting keyed by this header sets them all: rename one, or key the settings by column letter (e.g. "columns": { "D": "ignore" })',
    );
  });
});

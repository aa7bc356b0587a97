import { describe, expect, it } from 'vitest';
import { parseDelimited, readDelimited } from '../../shared/markbook/delimited';

describe('parseDelimited', () => {
  it('reads plain CSV, dropping the final line break', () => {
    expect(parseDelimited('Name,Aut 1\nAmy,4b\n')).toEqual([
      ['Name', 'Aut 1'],
      ['Amy', '4b'],
    ]);
  });

  it('follows RFC 4180 quoting: delimiters, line breaks and doubled quotes inside quotes', () => {
    expect(parseDelimited('"Smith, Jo","said ""hi""","two\r\nlines"\r\nx,y,z')).toEqual([
      ['Smith, Jo', 'said "hi"', 'two\r\nlines'],
      ['x', 'y', 'z'],
    ]);
  });

  it('keeps empty fields and rows', () => {
    expect(parseDelimited('a,,c\n\n,,\n')).toEqual([['a', '', 'c'], [''], ['', '', '']]);
  });

  it('sniffs tabs', () => {
    expect(parseDelimited('Name\tGrade\nAmy\t4,5\n')).toEqual([
      ['Name', 'Grade'],
      ['Amy', '4,5'],
    ]);
  });

  it('takes the delimiter it is given', () => {
    expect(parseDelimited('a\tb,c', ',')).toEqual([['a\tb', 'c']]);
  });

  it('drops a byte-order mark and keeps a stray quote inside an unquoted field', () => {
    expect(parseDelimited('\ufeffName,Note\nAmy,5" ruler\n')).toEqual([
      ['Name', 'Note'],
      ['Amy', '5" ruler'],
    ]);
  });

  it('reads a quote that never closes as text, says the row it opened on, and reads the rest', () => {
    const read = readDelimited('Name,Note\nAmy,"5 ruler\nBen,4\n');
    expect(read.rows).toEqual([
      ['Name', 'Note'],
      ['Amy', '"5 ruler'],
      ['Ben', '4'],
    ]);
    expect(read.diagnostics).toEqual([
      {
        cell: 'B2',
        value: '"5 ruler',
        reason:
          'opens a quote (") on row 2 that is never closed, so it was read as text; close the quote or delete it, and check the cells after it',
        severity: 'warning',
      },
    ]);
  });

  it('returns no rows for empty text', () => {
    expect(parseDelimited('')).toEqual([]);
  });

  it.each([
    [
      'semicolons with decimal commas',
      'Name;Aut %;Spr %\nAmy;55,5;61,25 %\nBen;40;42\n',
      ';',
      [
        ['Name', 'Aut %', 'Spr %'],
        ['Amy', '55.5', '61.25 %'],
        ['Ben', '40', '42'],
      ],
    ],
    [
      'tabs in a .csv',
      'Name\tAut\tSpr\nAmy\t4,5\t5\n',
      '\t',
      [
        ['Name', 'Aut', 'Spr'],
        ['Amy', '4,5', '5'],
      ],
    ],
    [
      'commas under a title with none',
      'Year 9 tracker\nName,Aut,Spr\nAmy,4,5\n',
      ',',
      [['Year 9 tracker'], ['Name', 'Aut', 'Spr'], ['Amy', '4', '5']],
    ],
    [
      'commas, with a semicolon in a note',
      'Name,Note,Aut\nAmy,"late; ill",4\nBen,,5\n',
      ',',
      [
        ['Name', 'Note', 'Aut'],
        ['Amy', 'late; ill', '4'],
        ['Ben', '', '5'],
      ],
    ],
    [
      'CRLF line ends',
      'Name;Aut\r\nAmy;4,5\r\n',
      ';',
      [
        ['Name', 'Aut'],
        ['Amy', '4.5'],
      ],
    ],
  ] as const)('sniffs %s', (_case, text, delimiter, rows) => {
    const read = readDelimited(text);
    expect(read.delimiter).toBe(delimiter);
    expect(read.rows).toEqual(rows);
    expect(read.diagnostics).toEqual([]);
  });

  it('keeps a decimal comma as written where the file does not write its decimals so', () => {
    expect(readDelimited('Name\tGrade\nAmy\t6,7\n').rows[1]).toEqual(['Amy', '6,7']);
    expect(readDelimited('Name\tAtt\tAut\nAmy\t96.5\t6,7\nBen\t91,5\t5\n').rows[1]).toEqual([
      'Amy',
      '96.5',
      '6,7',
    ]);
  });

  it("reads decimal commas in a tab file that writes all its decimals so (Excel's Unicode text in Europe)", () => {
    expect(readDelimited('Name\tAtt %\nAmy\t96,5\nBen\t91,25\n').rows).toEqual([
      ['Name', 'Att %'],
      ['Amy', '96.5'],
      ['Ben', '91.25'],
    ]);
  });

  it('reads a long run of quotes and delimiters in linear time', () => {
    const text = `Name,Aut\n${'",'.repeat(200_000)}\n`;
    const read = readDelimited(text);
    expect(read.rows).toHaveLength(2);
  });
});

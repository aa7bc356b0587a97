import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../shared/markbook/delimited';

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

  it('ends an unterminated quote at the end of the text without losing it', () => {
    expect(parseDelimited('a,"b\nc')).toEqual([['a', 'b\nc']]);
  });

  it('returns no rows for empty text', () => {
    expect(parseDelimited('')).toEqual([]);
  });
});

/**
 * A file's bytes as text, as schools' systems export it: UTF-8 with or without a byte-order
 * mark (Excel's "CSV UTF-8"), UTF-16 (Excel's "Unicode text"), or Windows-1252 (Excel's plain
 * "CSV" on Windows, SIMS and older exports). Never guesses silently: a file that is not
 * Unicode is read as Windows-1252, every byte to the character it stands for there (é stays
 * é, not "Ã©"), and said so.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

// TextDecoder is in Node and every browser; typed here so the core needs no DOM library.
type Decoder = { decode(bytes: Uint8Array): string };
const { TextDecoder } = globalThis as unknown as {
  TextDecoder: new (label: string, options?: { fatal?: boolean }) => Decoder;
};

// Windows-1252's bytes 0x80-0x9F, where it differs from Latin-1: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
// Node's TextDecoder reads "windows-1252" as Latin-1, turning O’Brien's apostrophe into a
// control character, so these are mapped here (0x81, 0x8D, 0x8F, 0x90, 0x9D are unused, kept as they are).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252 bytes as text, in chunks so a large file is no one huge call. */
function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + chunk);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      codes.push(byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : byte);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** UTF-16 with no byte-order mark: most characters of a markbook are ASCII, so every other byte is 0. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16 !== undefined) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

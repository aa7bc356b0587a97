/**
 * Wrapping the reports to the terminal's width. Colour codes take no room on screen, so
 * lengths are measured without them; a word longer than the line is left whole rather than cut.
 */

/** When the output is not a terminal (a file, a pipe), lines wrap at this width. */
export const DEFAULT_WIDTH = 100;
/** Narrower than this, indented lines would hold a word or two: wrap as if it were this wide. */
const NARROWEST = 40;

/** The width to wrap at: the terminal's, or DEFAULT_WIDTH when there is none. */
export function outputWidth(columns: number | undefined): number {
  if (columns === undefined || !Number.isFinite(columns) || columns <= 0) return DEFAULT_WIDTH;
  return Math.max(NARROWEST, Math.floor(columns));
}

const ESCAPE = String.fromCharCode(27);

/** Length on screen: skips ESC [ digits m sequences, walking the text once. */
export function visibleLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ESCAPE && text[i + 1] === '[') {
      let j = i + 2;
      while (j < text.length && text[j]! >= '0' && text[j]! <= '9') j++;
      if (text[j] === 'm') {
        i = j;
        continue;
      }
    }
    length++;
  }
  return length;
}

/**
 * Wraps a paragraph: the first line starts with `firstPrefix`, the others with `indent` spaces,
 * so continuation lines line up under the text. Runs of spaces in the text become one.
 */
export function wrapParagraph(text: string, width: number, indent: number, firstPrefix = ''): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  const pad = ' '.repeat(indent);
  let line = firstPrefix;
  let lineLength = visibleLength(line);
  for (const word of words) {
    const wordLength = visibleLength(word);
    const startsLine = line.trim() === '';
    if (!startsLine && lineLength + 1 + wordLength > width) {
      lines.push(line);
      line = pad;
      lineLength = indent;
    }
    const joiner = line.endsWith(' ') || line === '' ? '' : ' ';
    line += joiner + word;
    lineLength += joiner.length + wordLength;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * Wraps one line of a report that was laid out by hand: its own spacing (columns padded to
 * line up) is kept, and continuation lines are indented two more than the line itself.
 */
export function wrapLine(line: string, width: number): string {
  if (visibleLength(line) <= width) return line;
  let indent = 0;
  while (line[indent] === ' ') indent++;
  const pad = ' '.repeat(indent + 2);
  const lines: string[] = [];
  let current = line.slice(0, indent);
  let currentLength = indent;
  let hasWord = false;
  let i = indent;
  while (i < line.length) {
    // The next run of spaces, then the word after it.
    let wordStart = i;
    while (wordStart < line.length && line[wordStart] === ' ') wordStart++;
    let wordEnd = wordStart;
    while (wordEnd < line.length && line[wordEnd] !== ' ') wordEnd++;
    const spaces = line.slice(i, wordStart);
    const word = line.slice(wordStart, wordEnd);
    const wordLength = visibleLength(word);
    if (hasWord && word !== '' && currentLength + spaces.length + wordLength > width) {
      lines.push(current);
      current = pad + word;
      currentLength = pad.length + wordLength;
    } else {
      current += spaces + word;
      currentLength += spaces.length + wordLength;
    }
    hasWord ||= word !== '';
    i = wordEnd;
  }
  lines.push(current.trimEnd());
  return lines.join('\n');
}

/** Wraps every line of a report that is wider than the terminal. */
export function wrapReport(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

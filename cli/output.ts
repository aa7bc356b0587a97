/**
 * Everything the command prints goes through here. A pupil's name or a plan's line can hold
 * terminal control codes (a window title, a screen clear, fake colours, a disguised OSC 8
 * link), so they are taken out at this one place before anything reaches the terminal; and a
 * large JSON document is written in pieces, as no single string could hold it.
 */
import type { CliIO } from './io';

const ESC = 0x1b;
const BEL = 0x07;
/** The C1 forms of ESC [ (CSI), ESC ] (OSC), ESC P (DCS) and ESC \ (ST). */
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
const C1_STRINGS = new Set([0x90, 0x98, 0x9d, 0x9e, 0x9f]);
/** After ESC, these begin a string (DCS P, SOS X, OSC ], PM ^, APC _) that runs to a terminator. */
const ESC_STRINGS = new Set(['P', 'X', ']', '^', '_'].map((ch) => ch.charCodeAt(0)));

/** The colour codes the report's own stylist writes (`io.ts`): the only escapes let through, and only in colour. */
const OWN_STYLES = new Set(['1', '2', '22', '31', '32', '33', '36', '39']);

/** Where a control sequence starting at `start` ends (exclusive); `start` is at ESC or a C1 code. */
function sequenceEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  let i = start + 1;
  let isString = C1_STRINGS.has(first);
  if (first === ESC) {
    const next = text.charCodeAt(i);
    if (next === 0x5b /* [ */) return csiEnd(text, i + 1);
    if (ESC_STRINGS.has(next)) {
      isString = true;
      i++;
    } else {
      // ESC, any intermediates (0x20-0x2F), then one final character.
      while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
      return i < text.length && text[i] !== '\n' ? i + 1 : i;
    }
  } else if (first === C1_CSI) return csiEnd(text, i);
  if (!isString) return i;
  // A string runs to BEL or ST; one left open ends at the line, so the rest of the report survives.
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BEL || code === C1_ST) return i + 1;
    if (code === ESC && text[i + 1] === '\\') return i + 2;
    if (code === 0x0a) return i;
    i++;
  }
  return i;
}

/** CSI: parameters (0x30-0x3F), intermediates (0x20-0x2F), then a final character (0x40-0x7E). */
function csiEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x3f) i++;
  const final = text.charCodeAt(i);
  return final >= 0x40 && final <= 0x7e ? i + 1 : i;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const isControl = (code: number) =>
  (code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code <= 0x9f);

/**
 * The text with every terminal control taken out: escape sequences (CSI, OSC and the other
 * string sequences, two-character escapes), C1 codes and C0 codes other than newline and tab
 * (a carriage return could overwrite a line). With `keepOwnStyles`, the report's own colour
 * codes stay. One pass, linear in the text.
 */
export function terminalText(text: string, keepOwnStyles = false): string {
  // Most text has no control at all: one native scan says so.
  if (!ANY_CONTROL.test(text)) return text;
  let out = '';
  let kept = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) {
      i++;
      continue;
    }
    const end = code === ESC || code === C1_CSI || C1_STRINGS.has(code) ? sequenceEnd(text, i) : i + 1;
    const sequence = text.slice(i, end);
    const ownStyle =
      keepOwnStyles &&
      sequence.startsWith('\u001b[') &&
      sequence.endsWith('m') &&
      OWN_STYLES.has(sequence.slice(2, -1));
    out += text.slice(kept, i) + (ownStyle ? sequence : '');
    kept = end;
    i = end;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** The same outputs with everything they print made safe for a terminal. */
export function safeIO(io: CliIO): CliIO {
  return {
    ...io,
    out: (text) => io.out(terminalText(text, io.color)),
    err: (text) => io.err(terminalText(text, io.color)),
  };
}

/**
 * JSON leaves DEL and the C1 codes (U+007F-U+009F) raw in strings, where a terminal may act
 * on them; written as \u escapes they mean the same to any JSON reader and nothing to a terminal.
 */
const DEL_AND_C1 = /[\u007f-\u009f]/g;

function escapeControls(json: string): string {
  return json.replace(DEL_AND_C1, (ch) => `\\u00${ch.charCodeAt(0).toString(16)}`);
}

/** How much JSON is gathered before each write: big enough to be quick, small enough to never strain memory. */
const CHUNK = 1 << 16;

/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, piece by piece: the top-level object's
 * arrays one element at a time, so a markbook of 120,000 pupils prints as surely as one of 30.
 * The document is the same as the one-string form, with DEL and C1 codes escaped.
 */
export async function writeJson(value: unknown, io: Pick<CliIO, 'out' | 'drained'>): Promise<void> {
  let buffer = '';
  let wrote = false;
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      io.out(escapeControls(buffer));
      buffer = '';
      wrote = true;
    }
  };
  // After each piece written, wait for a full pipe to empty (a reader slower than the analysis).
  const pause = async () => {
    if (!wrote || io.drained === undefined) return;
    wrote = false;
    await io.drained();
  };
  const nested = (item: unknown, indent: string) =>
    (JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    emit(JSON.stringify(value, null, 2) ?? 'null');
  } else {
    const entries = Object.entries(value).filter(
      ([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol',
    );
    emit(entries.length === 0 ? '{}' : '{\n');
    for (const [index, [key, item]] of entries.entries()) {
      emit(`  ${JSON.stringify(key)}: `);
      if (Array.isArray(item) && item.length > 0) {
        emit('[\n');
        for (const [at, element] of item.entries()) {
          const shown = element === undefined || typeof element === 'function' ? null : element;
          emit(`    ${nested(shown, '    ')}`);
          emit(at < item.length - 1 ? ',\n' : '\n');
          await pause();
        }
        emit('  ]');
      } else emit(nested(item, '  '));
      emit(index < entries.length - 1 ? ',\n' : '\n');
    }
    if (entries.length > 0) emit('}');
  }
  io.out(`${escapeControls(buffer)}\n`);
}

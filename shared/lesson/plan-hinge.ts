import { trimEnd } from './content';
import { findLines } from './evidence';
import type { HingeQuestion, LessonPlan } from './types';

/**
 * The hinge question a plan writes out itself: its stem, its lettered options, the answer it marks
 * and what each wrong answer tells the teacher. A plan that has one gets it back first, as written,
 * rather than a weaker one built from its misconceptions.
 *
 *   Hinge question: Which is a product of Mg + HCl? A oxygen B magnesium chloride C chlorine D water.
 *   ## Hinge question (MWBs, all show at once – 2 mins)
 *   To eliminate y from 4x + 3y = 18 and 2x - 3y = 0 what should you do?
 *   A) Add the equations  B) Subtract the equations  C) Multiply eq 2 by 2  D) Multiply eq 1 by 3
 *   Answer **A** (6x = 18, x = 3, y = 2). B = applying "subtract" by habit; C/D = thinks you always have to multiply.
 */

/** "Hinge question", "Hinge Q", and Oak's "Check for understanding", which a plan writes its hinges under. */
const HINGE_LABEL = /\b(?:hinge(?:[- ]?(?:question|q)s?)?|check for understanding|CFU)\b/i;
const LABELS = new RegExp(HINGE_LABEL.source, 'gi');
/** How far below its label a hinge's stem, options and answer run. */
const REACH = 20;
/** The option markers plans use, each for its first option; "A " (a bare capital) is tried last. */
const MARKERS: readonly ((index: number) => string)[] = [
  (index) => `${letter(index)}) `,
  (index) => `(${letter(index)}) `,
  (index) => `${letter(index)}. `,
  (index) => `${letter(index)}: `,
  (index) => `${letter(index).toLowerCase()}) `,
  (index) => `(${letter(index).toLowerCase()}) `,
  (index) => `${index + 1}) `,
  // "Which is equivalent to 2/3? (1) 3/4 (2) 4/6 (3) 2/6 (4) 4/5", for fingers 1–4.
  (index) => `(${index + 1}) `,
  (index) => `${index + 1}. `,
  (index) => `${letter(index)} `,
];
const letter = (index: number) => String.fromCharCode(65 + index);

/** Where a marker stands as one: at the start or after a space (so "Mg + HCl? A oxygen", not "DNA "). */
function markerAt(text: string, marker: string, from: number): number {
  for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + 1)) {
    if (at === 0 || text[at - 1] === ' ' || text[at - 1] === '\n') return at;
  }
  return -1;
}

/** The options after the stem, in one marker style, at least three: their starts and the style. */
function optionsIn(
  text: string,
  stemEnd: number,
): { starts: number[]; marker: (index: number) => string } | undefined {
  let best: { starts: number[]; marker: (index: number) => string } | undefined;
  for (const marker of MARKERS) {
    const starts: number[] = [];
    let from = stemEnd;
    for (let index = 0; index < 6; index++) {
      const at = markerAt(text, marker(index), from);
      if (at === -1) break;
      starts.push(at);
      from = at + marker(index).length;
    }
    // The options are the ones straight after the stem, not a numbered list further on.
    if (starts.length >= 3 && (best === undefined || starts[0]! < best.starts[0]!)) best = { starts, marker };
  }
  return best;
}

/**
 * The index of the answer the plan marks: "(b)" straight after the last option, "**C.**", "Answer: B", "Answer **A**",
 * "If <80% get B", or "B = correct" among what each answer means.
 */
function markedAnswer(text: string, count: number): number | undefined {
  // "B = correct" names its letter before the word, so it is read before "correct" is read as a label.
  const named =
    /^\s*\(([a-fA-F])\)/.exec(text) ??
    // "**C.** If loads say B → go back...": the answer's letter alone, bold, on the line after the options.
    /^\s*([A-F])\.(?:\s|$)/.exec(text) ??
    /(?:^|[\s;|])([A-F]) ?(?:=|is|[-–:]) ?(?:correct|right|the answer)\b/.exec(text) ??
    /\b(?:[Aa]nswer|[Cc]orrect(?: answer)?|ANSWER|CORRECT|[Aa]ns)\b\W{0,4}\(?([A-Fa-f1-6])\b|\bget ([A-F])\b/.exec(
      text,
    );
  const mark = named?.[1] ?? named?.[2] ?? named?.[3];
  if (mark === undefined) return undefined;
  const index = /\d/.test(mark) ? Number(mark) - 1 : mark.toUpperCase().charCodeAt(0) - 65;
  return index >= 0 && index < count ? index : undefined;
}

/** What a wrong answer tells the teacher: "B = applying subtract by habit; C/D = thinks...", "If A → thinks bigger...". */
function revealed(text: string): Map<number, string> {
  const found = new Map<number, string>();
  const leads = [...text.matchAll(/(?:^|[\s;.])(?:If )?([A-F](?:\/[A-F])*) ?(?:=|→|->) /g)];
  for (const [at, lead] of leads.entries()) {
    const start = lead.index + lead[0].length;
    const next = leads[at + 1]?.index ?? text.length;
    const rest = text.slice(start, next);
    const stops = [rest.indexOf('; '), rest.indexOf('. '), rest.indexOf('\n')].filter((end) => end > 0);
    const said = trimEnd(rest.slice(0, stops.length === 0 ? rest.length : Math.min(...stops)));
    if (said === '') continue;
    // "A = added 1 to top + bottom ... Anyone A/C/D -> stays on carpet": what an answer reveals is said
    // first; what the teacher then does for several is no reading of each.
    for (const mark of lead[1]!.split('/')) {
      const index = mark.charCodeAt(0) - 65;
      if (!found.has(index)) found.set(index, said);
    }
  }
  return found;
}

const TICKS = ['✓', '✔', '☑', '✅'];
const ANSWER_WORDS = new Set(['', 'correct', 'answer', 'correct answer', 'right']);
const BRACKETED_MARKS = ['(correct)', '(correct answer)', '(answer)', '(right answer)'];
const DASHED_MARKS = [' – correct', ' - correct', ' — correct', ' ← correct', ' <- correct', ' <-- correct'];

/** An option that carries the plan's own mark of the answer ("−1.5 ✓ correct", "4/6 (correct)"), without it. */
function markedOption(option: string): string | undefined {
  const lower = option.toLowerCase();
  for (const mark of [...BRACKETED_MARKS, ...DASHED_MARKS])
    if (lower.endsWith(mark)) return trimEnd(option.slice(0, -mark.length));
  for (const tick of TICKS) {
    const at = option.indexOf(tick);
    if (at > 0 && ANSWER_WORDS.has(lower.slice(at + tick.length).trim())) return trimEnd(option.slice(0, at));
  }
  return undefined;
}

/** The words from the label on: a heading's own note ("(MWBs, all show at once)") and the label are not the stem. */
function afterLabel(line: string): string {
  // "Check for understanding: Hinge Q: which is...": the question follows the last label.
  const label = [...line.matchAll(LABELS)].pop();
  if (label === undefined) return line;
  let rest = line.slice(label.index + label[0].length);
  if (rest.trimStart().startsWith('(')) {
    const close = rest.indexOf(')');
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  const colon = rest.indexOf(':');
  if (colon !== -1 && colon < 4) rest = rest.slice(colon + 1);
  return rest.replace(/^[\s*#–—-]+/, '');
}

/** The most hinge questions of its own a plan gets back: one for each check it writes out, to three. */
const MOST = 3;

/** What each plan's hinges are, read once: the hinge section and the ladders both ask. */
const read = new WeakMap<LessonPlan, HingeQuestion[]>();

export function plansOwnHinges(plan: LessonPlan): HingeQuestion[] {
  const known = read.get(plan);
  if (known !== undefined) return known;
  const hinges: HingeQuestion[] = [];
  read.set(plan, hinges);
  // The lines with a label, found in one pass over the plan: most lines have none.
  const labelled = findLines(plan, HINGE_LABEL);
  const isLabel = new Set(labelled);
  let after = 0;
  for (const line of labelled) {
    if (hinges.length === MOST) break;
    if (line <= after) continue;
    const below: string[] = [];
    for (let next = line + 1; next <= Math.min(plan.lines.length, line + REACH); next++) {
      const text = plan.lines[next - 1]!;
      // A blank line after the hinge, a heading or another hinge's label ends it; a blank line before its
      // question ("On slide, fingers up 1–4:" / "" / "> A student adds...?"), or between the question and
      // its options, does not.
      if (text.startsWith('#') || isLabel.has(next)) break;
      if (text.trim() === '' && below.length > 0 && !continuesHinge(below, plan.lines, next)) break;
      if (text.trim() !== '') below.push(text.trim());
    }
    const hinge = hingeIn([afterLabel(plan.lines[line - 1]!), ...below], line);
    if (hinge === undefined) continue;
    hinges.push(hinge);
    after = line + below.length;
  }
  return hinges;
}

/** An option's opening, quoted, listed or bold or not: "> **A** The acid...", "- **B** Warm", "B) 3/4". */
const OPENS_OPTION = /^(?:>\s?)?(?:[-*•]\s)?(?:\*\*)?[A-D](?:\*\*)?(?:[).:]|\s)/;

/** Whether the hinge goes on past the blank line at `blank`: its question is still to come, or its options are. */
function continuesHinge(below: readonly string[], lines: readonly string[], blank: number): boolean {
  if (!below.some((text) => text.includes('?'))) return true;
  let next = blank;
  while (next < lines.length && lines[next]!.trim() === '') next += 1;
  const coming = lines[next]?.trim() ?? '';
  const optioned = below.some((text) => OPENS_OPTION.test(text) && !text.includes('?'));
  // "Answer **B**." after the options, a blank line between, is the hinge's answer.
  return optioned ? ANSWER_LINE.test(coming) : OPENS_OPTION.test(coming);
}
/** "Answer **B**.", "**C.** If loads say B...": the hinge's answer on a line of its own. */
const ANSWER_LINE = /^(?:\*\*)?(?:answer|correct answer|ans)\b|^(?:\*\*)?[A-F]\.(?:\*\*)?(?:\s|$)/i;

/** A hinge from the lines under its label: the question, its options, the answer marked and what wrong answers reveal. */
function hingeIn(written: readonly string[], line: number): HingeQuestion | undefined {
  const lines = written.map((text) =>
    text
      .replace(/^>\s?/, '')
      .replace(/^[-•]\s+/, '')
      .replace(/\*+|__/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const asked = lines.findIndex((text) => text.includes('?'));
  if (asked === -1) return undefined;
  // "```python / temp = 45 / if temp >= 70: ... ```" above "What is the output?": the code it asks about.
  const code: string[] = [];
  let fenced = false;
  for (const text of lines.slice(0, asked)) {
    if (text.startsWith('```')) fenced = !fenced;
    else if (fenced && text !== '') code.push(text);
  }
  const text = lines.slice(asked).join('\n');
  const found = optionsIn(text, text.indexOf('?') + 1);
  if (found === undefined) return undefined;
  const { starts, marker } = found;
  // The stem is the last question before the options, with its context on its line: "True or false? ..."
  // on the line before is another check.
  const stemEnd = text.lastIndexOf('?', starts[0]!);
  const stemStart = text.lastIndexOf('\n', stemEnd) + 1;
  const lastEnd = optionEnd(text, starts[starts.length - 1]! + marker(starts.length - 1).length);
  const writtenOptions = starts.map((start, at) => {
    const end = at + 1 < starts.length ? starts[at + 1]! : lastEnd;
    const option = text.slice(start + marker(at).length, end);
    // "A) 3/4 | | A = added 1 to top + bottom": in a grid the option ends at its cell.
    const cell = option.indexOf(' | ');
    return trimEnd((cell === -1 ? option : option.slice(0, cell)).replace(/\n/g, ' ').trim());
  });
  const ticked = writtenOptions.map(markedOption);
  const options = writtenOptions.map((option, at) => ticked[at] ?? option);
  if (options.some((option) => option === '' || option.length > 160)) return undefined;
  const rest = text.slice(lastEnd);
  // In a grid what each answer reveals sits beside the options, in a cell of their rows.
  const reveals = revealed(text.slice(starts[0]!));
  const tick = ticked.findIndex((option) => option !== undefined);
  const answer =
    (tick === -1 ? undefined : tick) ??
    markedAnswer(rest, options.length) ??
    markedAnswer(text.slice(stemEnd), options.length);
  if (answer === undefined) return undefined;
  return {
    misconception: `Your plan's hinge question (line ${line})`,
    line,
    question:
      trimEnd(
        text
          .slice(stemStart, stemEnd + 1)
          .replace(/\n/g, ' ')
          .replace(/^[|\s]+/, ''),
      ) + (code.length === 0 ? '' : ` The code: ${code.join(' / ')}`),
    options: options.map((option, at) => {
      const reveal = at === answer ? undefined : reveals.get(at);
      return reveal === undefined
        ? { answer: option, correct: at === answer }
        : { answer: option, correct: false, reveals: reveal };
    }),
    fromPlan: true,
  };
}

/** Where the last option ends: at its line's end, its full stop, the answer the plan marks ("(b)", "Answer: B"). */
function optionEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const marked = /\s\([a-fA-F]\)|\s(?:Answer|ANSWER|Correct|CORRECT|Ans)\b|\sIf\s/.exec(rest)?.index ?? -1;
  const ends = [rest.indexOf('\n'), rest.indexOf('. '), marked].filter((end) => end !== -1);
  return from + (ends.length === 0 ? rest.length : Math.min(...ends));
}

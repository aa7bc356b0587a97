/**
 * Hostile inputs for the engines (issue 8): a long run of one kind of character, put where a
 * teacher's text goes. Each run ends in an `x`, so a pattern anchored at the end of the text
 * must give up on the run, which is where a backtracking regex takes quadratic time.
 */
import { analyseLessonPlan, type LessonInput } from '../../shared/lesson';
import { analyseMarkbook, type CellValue, parseDelimited } from '../../shared/markbook/index';

/** What each run repeats: the character classes the profiling found slow, and their neighbours. */
export const RUNS: Record<string, string> = {
  spaces: ' ',
  tabs: '\t',
  dots: '.',
  letters: 'a',
  digits: '7',
  'open brackets': '(',
  'bracket and space': '( ',
  'square brackets': '[',
  colons: ':',
  'percent signs': '%',
  slashes: '/',
  dashes: '-',
  'the word "of"': 'of ',
};

export const SIZES = { '100 KB': 100_000, '1 MB': 1_000_000 } as const;

export function run(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Where a lesson plan's text can hold a run. */
export const LESSON_CONTEXTS: Record<string, (run: string) => LessonInput> = {
  'a plan line after "Learning objective:"': (text) => ({
    format: 'text',
    text: `Year 8 History\n\nLearning objective: To explain ${text}x\n\nStarter (10 mins)\nRecap last lesson's causes.\n`,
  }),
  'a paragraph': (text) => ({
    format: 'text',
    text: `Year 4 Maths\n\nMain activity (20 mins)\nPupils ${text}x\n\nPlenary: exit ticket.\n`,
  }),
  'a heading': (text) => ({
    format: 'markdown',
    text: `# Fractions\n\n## Main activity ${text}x\n\nPupils work in pairs on bar models.\n`,
  }),
  'a table cell': (text) => ({
    format: 'html',
    text: `<h1>Year 5 Science</h1><table><tr><td>Time</td><td>Activity</td></tr><tr><td>10 mins</td><td>${text}x</td></tr></table>`,
  }),
  'a table flattened to text': (text) => ({
    format: 'text',
    text: `Lesson plan\n\nTime | Activity | Organisation\n10 mins | ${text}x | whole class\n`,
  }),
};

const HEADERS = ['Name', 'KS2 Level', 'Autumn 1', 'Spring 1', 'Test %', 'Attendance %', 'Intervention'];
const PUPIL: CellValue[] = ['Ava Thompson', '4b', '4a', '5c', '55%', 96, ''];

/** A markbook of four pupils whose cell at (row, column) of the first pupil is replaced. */
function markbookWith(row: number, column: number, value: CellValue): CellValue[][] {
  const values = [
    HEADERS.slice(),
    PUPIL.slice(),
    ['Ben Carter', '3c', '3b', '3a', '41%', 88, 'Reading catch-up'],
    ['Chloe Evans', '5c', '5b', '5a', '72%', 99, ''],
  ];
  values[row]![column] = value;
  return values;
}

/** Where a markbook can hold a run: values as the add-on reads them, or text as the CLI does. */
export const MARKBOOK_CONTEXTS: Record<string, (run: string) => { values?: CellValue[][]; csv?: string }> = {
  'an assessment cell': (text) => ({ values: markbookWith(1, 3, `5${text}x`) }),
  'a percentage cell': (text) => ({ values: markbookWith(1, 4, `5${text}x%`) }),
  'a header "Test 1 /1" and the run': (text) => ({ values: markbookWith(0, 4, `Test 1 /1${text}x`) }),
  'an intervention cell': (text) => ({ values: markbookWith(1, 6, `${text}x`) }),
  "a pupil's name": (text) => ({ values: markbookWith(1, 0, `Ava${text}x`) }),
  'a cell of a CSV file': (text) => ({
    csv: `${HEADERS.join(',')}\nAva Thompson,4b,"5${text}x",5c,55%,96,\nBen Carter,3c,3b,3a,41%,88,\n`,
  }),
};

export type Engine = 'lesson' | 'markbook';

/** Builds the input and runs the engine on it: what the bounded child process times. */
export function runCase(engine: Engine, context: string, unit: string, length: number): void {
  const text = run(unit, length);
  if (engine === 'lesson') {
    analyseLessonPlan(LESSON_CONTEXTS[context]!(text));
    return;
  }
  const input = MARKBOOK_CONTEXTS[context]!(text);
  analyseMarkbook(input.values ?? parseDelimited(input.csv ?? ''));
}

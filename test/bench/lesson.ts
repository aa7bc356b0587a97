import { analyseLessonPlan } from '../../shared/lesson/index';
import { type BenchResult, measure } from './harness';

const TOPICS = [
  'friction',
  'photosynthesis',
  'fractions',
  'persuasive writing',
  'river flooding',
  'the Norman conquest',
];
const NOUNS = [
  'energy',
  'evidence',
  'pattern',
  'method',
  'source',
  'diagram',
  'argument',
  'equation',
  'cause',
  'effect',
];
const VERBS = ['explain', 'compare', 'describe', 'evaluate', 'calculate', 'justify', 'predict', 'summarise'];
const FILLER = [
  'pupils',
  'work',
  'with',
  'their',
  'partner',
  'and',
  'record',
  'ideas',
  'on',
  'the',
  'sheet',
  'before',
  'sharing',
  'answers',
  'as',
  'a',
  'class',
];

/** A small deterministic generator (a linear congruential one), so every run times the same text. */
function seeded(seed: number) {
  let state = seed;
  return <T>(items: readonly T[]): T => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return items[state % items.length]!;
  };
}

/**
 * A unit of lessons in the UK style (objectives, criteria, misconceptions, timed episodes, a
 * guided group, adaptations), repeated with varied wording until it reaches `words` words:
 * the shape of a long scheme of work pasted into one document.
 */
export function longPlan(words: number): string {
  const pick = seeded(words);
  const sentence = (length: number) => Array.from({ length }, () => pick(FILLER)).join(' ');
  const lines: string[] = [];
  let count = 0;
  const add = (line: string) => {
    lines.push(line);
    count += line.split(/\s+/).filter((word) => word !== '').length;
  };
  for (let lesson = 1; count < words; lesson++) {
    const topic = pick(TOPICS);
    add(`## Lesson ${lesson}: ${topic}`);
    add('Learning objectives:');
    add(`- To ${pick(VERBS)} how the ${pick(NOUNS)} of ${topic} affects the ${pick(NOUNS)}`);
    add(`- To ${pick(VERBS)} the ${pick(NOUNS)} using ${pick(NOUNS)}`);
    add('Success criteria:');
    add(`- I can ${pick(VERBS)} the ${pick(NOUNS)}`);
    add(`Keywords: ${pick(NOUNS)}, ${pick(NOUNS)}, ${topic}`);
    add('Misconceptions:');
    add(`- Pupils often think that the ${pick(NOUNS)} is the same as the ${pick(NOUNS)}.`);
    add(`Starter (10 mins): ${sentence(20)}. Why does the ${pick(NOUNS)} matter?`);
    add(`Main (20 mins): Teacher models the ${pick(NOUNS)}, thinking aloud. ${sentence(40)}.`);
    add(`Independent (20 mins): ${sentence(40)}. Working wall and word mats on tables.`);
    add(`Guided group (15 mins): group of 6. ${sentence(30)}.`);
    add(`Plenary (10 mins): ${sentence(20)}. Next lesson: ${pick(TOPICS)}.`);
    add(`Differentiation: ${sentence(25)}; extension for the most able.`);
  }
  return lines.join('\n');
}

/**
 * Parse + all rules + question ladders (analyseLessonPlan does all three) on a 5,000-word plan
 * against the 5 ms, and a 50,000-word document against 60 ms.
 */
export function benchLesson(): BenchResult[] {
  const plan = longPlan(5_000);
  const document = longPlan(50_000);
  return [
    measure(
      'lesson: 5,000-word plan, parsed + all rules + ladders',
      () => analyseLessonPlan({ text: plan }),
      // Timed once the engine is warm, as it is when the panel re-reads a plan the teacher is editing; the
      // first, cold read is reported beside the median.
      {
        runs: 31,
        warmup: 30,
        targetMs: 5,
      },
    ),
    measure(
      'lesson: 50,000-word document, parsed + all rules + ladders',
      () => analyseLessonPlan({ text: document }),
      {
        runs: 15,
        warmup: 3,
        targetMs: 60,
      },
    ),
  ];
}

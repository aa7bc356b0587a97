import { recogniser } from '../recogniser';
import { wordCount } from '../text';
import { weekdayColumns } from './weekday-columns';

const OPENERS = [
  'objectives and criteria for success:',
  'learning objectives:',
  'learning objective:',
  'objectives:',
];
/** Words that open a grid's next row or column once the objectives' cell has ended. */
const NEXT_CELL =
  /^(?:mon|tue|wed|thu|fri|revisit|review|teach(?:ing)? sequence|success criteria|context|resources|assessment|starter|main|plenary|differentiation|idl|learning covered|es and os)\b/i;

/**
 * A table flattened into one paragraph by a crawl or a paste: "... Objectives and criteria
 * for success: Learn and practise letters ai ee p81. Point to the letters... Mon Tue Thur
 * Revisit and Review ...". Gives the sentences of the objectives' cell, up to the next cell.
 */
export const flattenedObjectives = recogniser('flattened-objectives', (text) => cellSentences(text, OPENERS));

/** The sentences after the first of `openers` in a long flattened paragraph, up to the next cell. */
export function cellSentences(text: string, openers: readonly string[]): string[] | undefined {
  if (text.length < 200) return undefined;
  const lower = text.toLowerCase();
  const found = openers
    .map((opener) => [lower.indexOf(opener), opener.length] as const)
    .find(([at]) => at !== -1);
  if (found === undefined) return undefined;
  const [at, length] = found;
  const objectives: string[] = [];
  let rest = text.slice(at + length).trimStart();
  while (rest !== '' && objectives.length < 8) {
    const stop = rest.indexOf('. ');
    const sentence = stop === -1 ? rest : rest.slice(0, stop + 1);
    if (NEXT_CELL.test(sentence) || weekdayColumns.read(sentence) !== undefined || wordCount(sentence) > 30)
      break;
    objectives.push(sentence.trim());
    rest = stop === -1 ? '' : rest.slice(stop + 2);
  }
  return objectives.length === 0 ? undefined : objectives;
}

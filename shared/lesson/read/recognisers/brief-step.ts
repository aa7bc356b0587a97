import { parseMinutes } from '../../timing';
import type { SectionKind } from '../../types';
import { EPISODE_KINDS, normaliseLabel, sectionForLabel } from '../../vocabulary';
import { recogniser } from '../recogniser';

/** A step of a brief plan: the part it is, what the teacher calls it, and its minutes where given. */
export interface BriefStep {
  kind: SectionKind;
  heading: string;
  minutes?: number;
}

/** "(0-8)": minutes into the lesson, so the step lasts their difference. */
const ELAPSED = /\((\d{1,3}) ?[-–] ?(\d{1,3})\)/;
/** "Ex 14B", "Ex. 3.2": a textbook exercise pupils work through. */
const EXERCISE = /^ex\.? ?\d/i;
/** An ending named inside the step: "Last 5' exit tix on post-it", "mini whiteboard plenary". */
const ENDING = /\b(?:exit (?:tix|tickets?|slips?|quiz|questions?)|plenary|review of (?:the )?lesson)\b/i;
/** Where a step's name stops: a bracket, a timing, a colon or the end of a clause. */
const NAME_ENDS = /[(:,.;!?]| [-–] /;

function stepMinutes(text: string): number | undefined {
  const elapsed = ELAPSED.exec(text);
  if (elapsed !== null) {
    const span = Number(elapsed[2]) - Number(elapsed[1]);
    if (span > 0 && span <= 120) return span;
  }
  return parseMinutes(text);
}

/** The part the first one to three words of the step's name say ("DNow", "I do", "HW"), with those words. */
function namedPart(name: string): { kind: SectionKind; words: string } | undefined {
  const words = name.split(' ', 4);
  for (const size of [3, 2, 1]) {
    if (words.length < size) continue;
    const label = normaliseLabel(words.slice(0, size).join(' '));
    const part = label === '' ? undefined : sectionForLabel(label);
    if (part !== undefined && part.kind !== 'other' && part.teacherNote !== true)
      return { kind: part.kind, words: words.slice(0, size).join(' ') };
  }
  return undefined;
}

/**
 * A line of a brief plan written as its steps with no headings: "DNow (0-8) 5 Qs on board as they
 * come in", "I do 2, we do 2 on mwbs (15')", "Ex 14B Q1-12 (20')", "Last 5' exit tix on post-it",
 * "HW Sparx (set by Fri)". It opens with the part's name, or it gives its time; a sentence of prose
 * ("We had a good lesson today...") is neither.
 */
export const briefStep = recogniser('brief-step', (text): BriefStep | undefined => {
  if (text.length > 300) return undefined;
  const minutes = stepMinutes(text);
  const name = text.split(NAME_ENDS, 1)[0]!.trim();
  const named = namedPart(name);
  const step = (kind: SectionKind, heading: string): BriefStep =>
    minutes === undefined ? { kind, heading } : { kind, heading, minutes };
  if (named !== undefined && (EPISODE_KINDS.includes(named.kind) || named.kind === 'homework'))
    return step(named.kind, named.words);
  if (EXERCISE.test(text)) return step('independent', name.length <= 40 ? name : 'Exercise');
  if (minutes === undefined || name.split(' ').length > 8) return undefined;
  return step(ENDING.test(text) ? 'plenary' : 'main', name);
});

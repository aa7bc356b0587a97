import { recogniser } from '../recogniser';

/**
 * A prose paragraph that opens with its part's name and minutes in brackets: "Context recap (10). The big
 * one here...", "Start with the Do Now (5) — five retrieval questions", or with the minutes first: "(15)
 * Solving by factorising. x^2+5x-6=0". The name is a few words, the minutes a lesson's.
 */
export const bracketedOpening = recogniser('bracketed-opening', (text) => {
  const named =
    /^(\p{Lu}[^.()\n]{1,40}) \((\d{1,2})(?: ?mins?)?\)(?:[.:]| [–—-])? ?/u.exec(text) ??
    // "Warm up 5' – Tag tails", "Game 12' – 4v4": a PE plan's minutes in primes after the name.
    /^(\p{Lu}[^.()\n'’′\d]{1,40}) (\d{1,2})['’′] [–—-] /u.exec(text);
  // "(15) Solving by factorising. x^2+5x-6=0...": the minutes first, then the part's name.
  const timed = named === null ? /^\((\d{1,2})\) {1,4}(?=\p{Lu})/u.exec(text) : null;
  if (named === null && timed === null) return undefined;
  // "Periods 2, 3, 6 (50 min) -- period 6 is short on Wed": the timetable's slots and the lesson's length, no part.
  if (named !== null && TIMETABLE_SLOT.test(named[1]!)) return undefined;
  const minutes = Number((named ?? timed)![named === null ? 1 : 2]);
  if (minutes < 1 || minutes > 90) return undefined;
  // "Mr Khan – Red table (6). Concrete: cubes...": a small bare number after a group counts its pupils.
  if (
    named !== null &&
    !named[0].includes('min') &&
    minutes <= GUIDED_GROUP_MOST &&
    HEADCOUNT.test(named[1]!)
  )
    return undefined;
  if (named !== null) return { name: named[1]!, minutes, opening: named[0] };
  const rest = text.slice(timed![0].length);
  const end = NAME_END.exec(rest.slice(0, NAME_LENGTH + 3));
  const name = end === null ? rest.slice(0, NAME_LENGTH) : rest.slice(0, end.index);
  return { name: name.trim(), minutes, opening: timed![0] };
});

/** A timetable's periods or a lesson's number, named as a part would be: "Periods 2, 3, 6", "P3-4", "Lesson 2". */
const TIMETABLE_SLOT = /^(?:periods?|lessons?|p) ?\d/i;

/** The most pupils a table or guided group holds: "(6)" after one is a headcount, "(15)" its minutes. */
const GUIDED_GROUP_MOST = 8;

/** A group named by its table or its adult ("Red table", "Mrs Ali's group", "TA"): the number after it counts pupils. */
const HEADCOUNT =
  /(?:^(?:Mrs?|Ms|Miss|Dr|TA|LSA|HLTA|Me)\b|\b(?:table|tables|group|groups|pupils|children|students|set)$)/i;

/** Where a part's name ends after its minutes: "(5) Warm up - mini whiteboard", "(15) Solving by factorising.". */
const NAME_END = /\s[-–—]\s|[.:]\s|[.:]$/;
const NAME_LENGTH = 40;

import { recogniser } from '../recogniser';
import { withoutBrackets } from '../text';

/** How a teacher's paragraph opens on what the lesson is for: "What I want out of today:", "By the end I want them to". */
const WANTS =
  /^(?:what I want (?:out of|from) (?:today|this lesson|the lesson|this session)(?: is)?|the (?:aim|goal|point) (?:of|for) (?:today|this lesson|the lesson) is|by the end(?: of (?:today|the lesson|the session))?,? I want (?:them|the class|pupils|students|the group) to)[:,]?\s/i;

/** "...and what I want by the end is that they can make a judgement...": the aim said mid-paragraph. */
const WANTS_BY_THE_END =
  /\bby the end(?: of (?:today|the lesson|the session))?,? I want (?:them|the class|pupils|students|the group) to (?=be able to\b)|\bwhat I want by the end(?: of (?:today|the lesson|the session))? is(?: that)? (?=they (?:can|will|should)\b)|\bwhat I want (?:them|the class|pupils|students) to (?:get out of|take from|take away from|learn) (?:today|this lesson|the lesson) is (?=to be able to\b|that they (?:can|will|should)\b)/i;

/** Where one aim ends and the next begins: "..., they can state...", "...; and they can evaluate...". */
const NEXT_AIM =
  /(?:[,;] (?:and )?|\s(?:and|then) )(?=they (?:can|will|should)\b|to be able to\b)|[,;] (?:and )?(?=to (?!be\b)\p{L}+ )/iu;

/** "they can draw", "be able to state": the words before the aim's verb. */
const AIM_LEAD = /^(?:they (?:can|will|should)(?: be able to)?|to be able to|be able to|to)\s/i;

/** An aim is a few words at least, and the paragraph's aims end at its first full stop. */
const FEWEST_WORDS = 3;

/**
 * "What I want out of today: they can draw the diagram properly (...), they can state the three
 * conditions..., and they can evaluate it beyond "it's bad for consumers"." A plan written as the
 * teacher's paragraphs says what the lesson is for in words like these: each "they can..." is an
 * objective, its bracketed detail left out.
 */
export const proseAims = recogniser('prose-aims', (text): string[] | undefined => {
  const opening = WANTS.exec(text) ?? WANTS_BY_THE_END.exec(text);
  if (opening === null) return undefined;
  const rest = text.slice(opening.index + opening[0].length);
  const stop = rest.search(/\.(?:\s|$)/);
  const aims = withoutBrackets(stop < 0 ? rest : rest.slice(0, stop))
    .split(NEXT_AIM)
    .map((aim) =>
      aim
        .replace(AIM_LEAD, '')
        .split(' ')
        .filter((word) => word !== '')
        .join(' ')
        .replace(/[,;]$/, ''),
    )
    .filter((aim) => aim.split(' ').length >= FEWEST_WORDS);
  return aims.length === 0 ? undefined : aims;
});

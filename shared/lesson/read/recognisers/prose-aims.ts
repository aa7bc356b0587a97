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
  if (opening === null) return ordinalAims(text) ?? wantedThisLesson(text);
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

/** "What I want them to come away with is two things.": the aims follow, a sentence each. */
const AIMS_TO_FOLLOW =
  /\bwhat I want (?:them|the class|pupils|students|the group) to (?:come away with|leave with|take away|get out of (?:today|this lesson|the lesson))\b/i;
/** "First, they should be able to explain...", "Second, they should...": one aim of those announced. */
const ORDINAL_AIM =
  /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|and finally)[,:]? (?:they|pupils|students|the class) (?:should|will|can|must)(?: be able to)? /i;
/** Where an aim's own words end and the teacher's gloss on it begins: "explain what X does – that we get...". */
const GLOSS = [' – ', ' — ', ' - ', '; '];

/**
 * "What I want them to come away with is two things. First, they should be able to explain what the
 * frame narrative does – that we get... Second, they should be able to analyse how Walton's language..."
 * Each ordinal sentence is an aim, without the gloss after its dash or its bracketed assessment objective.
 */
function ordinalAims(text: string): string[] | undefined {
  const announced = AIMS_TO_FOLLOW.exec(text);
  if (announced === null) return undefined;
  const aims: string[] = [];
  for (const sentence of text.slice(announced.index).split('. ')) {
    const lead = ORDINAL_AIM.exec(sentence);
    if (lead === null) continue;
    let aim = withoutBrackets(sentence.slice(lead[0].length));
    for (const gloss of GLOSS) {
      const at = aim.indexOf(gloss);
      if (at > 0) aim = aim.slice(0, at);
    }
    aim = aim.trim().replace(/[,;.]$/, '');
    if (aim.split(' ').length >= FEWEST_WORDS) aims.push(aim);
  }
  return aims.length === 0 ? undefined : aims;
}

/** "This week I want them to get better at...": what the teacher wants the class to learn this lesson. */
const WANTED_NOW =
  /\b(?:this week|today|this lesson|this session),? I want (?:them|the class|the children|pupils|students|the group) to /i;
/** "I'd also like them to start to understand...": a further aim, in the sentences after. */
const ALSO_WANTED =
  /^I(?:'d|’d| would) (?:also )?like (?:them|the class|the children|pupils|students|the group) to /i;
/** Where the aim's reason begins: "..., because that is where the unit goes". */
const REASON = [', because ', ' because ', ', so that ', ' so that ', ', as '];

/** An aim's words up to its reason. */
function withoutReason(aim: string): string {
  let end = aim.length;
  for (const reason of REASON) {
    const at = aim.indexOf(reason);
    if (at > 0 && at < end) end = at;
  }
  return aim
    .slice(0, end)
    .trim()
    .replace(/[,;.]$/, '');
}

/**
 * "This week I want them to get better at moving into a space to receive a pass. I'd also like them to
 * start to understand marking and defending a player, because...": the aim of a lesson told as prose,
 * and the one the teacher adds, each without its reason.
 */
function wantedThisLesson(text: string): string[] | undefined {
  const wanted = WANTED_NOW.exec(text);
  if (wanted === null) return undefined;
  const [first = '', ...rest] = text.slice(wanted.index + wanted[0].length).split('. ');
  const aims = [withoutReason(first)];
  for (const sentence of rest.slice(0, 2)) {
    const also = ALSO_WANTED.exec(sentence);
    if (also !== null) aims.push(withoutReason(sentence.slice(also[0].length)));
  }
  const kept = aims.filter((aim) => aim.split(' ').length >= FEWEST_WORDS);
  return kept.length === 0 ? undefined : kept;
}

import type { Organisation } from './types';

/**
 * How teachers write each organisation, matched against lower-case text; order is the order
 * the result lists them in. `words` are fragments one of which every cue contains: a cheap
 * check that spares the full pattern on most of the plan.
 */
const ORGANISATION_CUES: { organisation: Organisation; words: string[]; cue: RegExp }[] = [
  {
    organisation: 'whole class',
    words: [
      'class',
      'whole',
      'teacher',
      'show',
      'whiteboard',
      'cold',
      'choral',
      'board',
      'we do',
      'i do',
      'visuali',
      'thumbs',
      'i will',
      'model',
      'carpet',
    ],
    cue: /\b(?:whole[- ]class\b|class discussion\b|as a class\b|whole group\b|teacher (?:models?|demonstrates?|explains?|reads?|leads?|shows?)\b|show[- ]me\b|mini[- ]?whiteboards?\b|cold[- ]call|choral\b|on the board\b|with the class\b|we do\b|i do\b|visuali[sz]er\b|i will (?:model|explain|demonstrate|show|read)|live model|thumbs (?:up|down)|carpet\b)/,
  },
  {
    organisation: 'groups',
    words: ['group', 'team', 'jigsaw', 'carousel', 'v'],
    // "Equipment per group of 3", "Groups draw every setup": equipment or a task set per group.
    cue: /\b(?:in groups\b|group work\b|groups of\b|small groups?\b|table groups?\b|in teams\b|jigsaw|carousel\b|each group\b|per group\b|^groups \p{Ll}+\b|mixed[- ]ability groups?\b|expert groups?\b|home groups?\b|teams?\b|\d{1,2} ?v ?\d{1,2}\b)/mu,
  },
  {
    organisation: 'pairs',
    words: ['pair', 'partner', 'talk', 'buddy', 'swap', 'peer'],
    cue: /\b(?:pairs?\b|paired\b|partners?\b|think[- ]pair[- ]share\b|turn and talk\b|talk partners?\b|with a buddy\b|swap (?:books|work)\b|peer[- ](?:assess|swap|mark))/,
  },
  {
    organisation: 'individual',
    words: [
      'individual',
      'independent',
      'complete',
      'own',
      'silent',
      'books',
      'you do',
      'exit',
      'quiz',
      'self',
      'worksheet',
      'post-it',
    ],
    // "students complete on sheet": each pupil's own sheet.
    cue: /\b(?:individual(?:ly)?\b|independent(?:ly)?\b|on their own\b|silent(?:ly)?\b|in (?:their )?books\b|you do\b|exit (?:ticket|quiz|slip|question)\b|on a post-it\b|quiz\b|self[- ]assess|worksheet\b|own (?:answer|work|writing)\b|(?:students|pupils|children) complete (?:on |the |a |their )?(?:sheet|table|timeline|grid)\b)/,
  },
  {
    organisation: 'guided group',
    words: ['guided', 'focus group', 'adult-led'],
    cue: /\b(?:guided (?:group|reading|writing|session|work|learning|maths)\b|focus group\b|adult-led (?:small |focus )?group\b)/,
  },
];

/** The organisations a piece of the plan names, in a fixed order. */
export function organisationsIn(text: string): Organisation[] {
  const lower = text.toLowerCase();
  return ORGANISATION_CUES.filter(
    ({ words, cue }) => words.some((word) => lower.includes(word)) && cue.test(lower),
  ).map(({ organisation }) => organisation);
}

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
      'do',
      'visuali',
      'i will',
      'model',
    ],
    cue: /\bwhole[- ]class\b|\bclass discussion\b|\bas a class\b|\bwhole group\b|\bteacher (?:models?|demonstrates?|explains?|reads?|leads?|shows?)\b|\bshow[- ]me\b|\bmini[- ]?whiteboards?\b|\bcold[- ]call|\bchoral\b|\bon the board\b|\bwith the class\b|\bwe do\b|\bi do\b|\bvisuali[sz]er\b|\bi will (?:model|explain|demonstrate|show|read)|\blive model|\bthumbs (?:up|down)/,
  },
  {
    organisation: 'groups',
    words: ['group', 'team', 'jigsaw', 'carousel', 'v'],
    cue: /\bin groups\b|\bgroup work\b|\bgroups of\b|\bsmall groups?\b|\btable groups?\b|\bin teams\b|\bjigsaw|\bcarousel\b|\beach group\b|\bmixed[- ]ability groups?\b|\bexpert groups?\b|\bhome groups?\b|\bteams?\b|\b\d+ ?v ?\d+\b/,
  },
  {
    organisation: 'pairs',
    words: ['pair', 'partner', 'talk', 'buddy', 'swap', 'peer'],
    cue: /\bpairs?\b|\bpaired\b|\bpartners?\b|\bthink[- ]pair[- ]share\b|\bturn and talk\b|\btalk partners?\b|\bwith a buddy\b|\bswap (?:books|work)\b|\bpeer[- ]assess/,
  },
  {
    organisation: 'individual',
    words: [
      'individual',
      'independent',
      'own',
      'silent',
      'books',
      'you do',
      'exit',
      'quiz',
      'self',
      'worksheet',
    ],
    cue: /\bindividual(?:ly)?\b|\bindependent(?:ly)?\b|\bon their own\b|\bsilent(?:ly)?\b|\bin (?:their )?books\b|\byou do\b|\bexit (?:ticket|quiz|slip)\b|\bquiz\b|\bself[- ]assess|\bworksheet\b|\bown (?:answer|work|writing)\b/,
  },
  {
    organisation: 'guided group',
    words: ['guided', 'focus group'],
    cue: /\bguided (?:group|reading|writing|session|work|learning|maths)\b|\bfocus group\b/,
  },
];

/** The organisations a piece of the plan names, in a fixed order. */
export function organisationsIn(text: string): Organisation[] {
  const lower = text.toLowerCase();
  return ORGANISATION_CUES.filter(
    ({ words, cue }) => words.some((word) => lower.includes(word)) && cue.test(lower),
  ).map(({ organisation }) => organisation);
}

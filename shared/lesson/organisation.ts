import type { Organisation } from './types';

/** How teachers write each organisation; order is the order the result lists them in. */
const ORGANISATION_CUES: [Organisation, RegExp][] = [
  [
    'whole class',
    /\bwhole[- ]class\b|\bclass discussion\b|\bas a class\b|\bwhole group\b|\bteacher (?:models?|demonstrates?|explains?|reads?|leads?|shows?)\b|\bshow[- ]me\b|\bmini[- ]?whiteboards?\b|\bcold[- ]call|\bchoral\b|\bon the board\b|\bwith the class\b|\bwe do\b|\bi do\b|\bvisuali[sz]er\b|\bI will (?:model|explain|demonstrate|show|read)|\blive model/i,
  ],
  [
    'groups',
    /\bin groups\b|\bgroup work\b|\bgroups of\b|\bsmall groups?\b|\btable groups?\b|\bin teams\b|\bjigsaw|\bcarousel\b|\beach group\b|\bmixed[- ]ability groups?\b|\bexpert groups?\b|\bhome groups?\b|\bteams?\b|\b\d+ ?v ?\d+\b/i,
  ],
  [
    'pairs',
    /\bpairs?\b|\bpaired\b|\bpartners?\b|\bthink[- ]pair[- ]share\b|\bturn and talk\b|\btalk partners?\b|\bwith a buddy\b|\bswap (?:books|work)\b|\bpeer[- ]assess/i,
  ],
  [
    'individual',
    /\bindividual(?:ly)?\b|\bindependent(?:ly)?\b|\bon their own\b|\bsilent(?:ly)?\b|\bin (?:their )?books\b|\byou do\b|\bexit (?:ticket|quiz|slip)\b|\bquiz\b|\bself[- ]assess|\bworksheet\b|\bown (?:answer|work|writing)\b/i,
  ],
  ['guided group', /\bguided (?:group|reading|writing|session|work|learning|maths)\b|\bfocus group\b/i],
];

/** The organisations a piece of the plan names, in a fixed order. */
export function organisationsIn(text: string): Organisation[] {
  return ORGANISATION_CUES.filter(([, cue]) => cue.test(text)).map(([organisation]) => organisation);
}

import type { Organisation } from './types';

/**
 * How teachers write each organisation, matched against lower-case text; order is the order
 * the result lists them in. Each pattern runs on its own: a first look for fragments the cues
 * contain ("class", "own", "v") took longer on the sample plans than the patterns themselves.
 */
const ORGANISATION_CUES: { organisation: Organisation; cue: RegExp }[] = [
  {
    organisation: 'whole class',
    cue: /\b(?:whole[- ]class\b|class discussion\b|as (?:a )?class\b|(?:children|class|pupils|they) repeat\b|whole group\b|teacher (?:models?|demonstrates?|explains?|reads?|leads?|shows?)\b|show[- ]me\b|mini[- ]?whiteboards?\b|cold[- ]call|choral\b|on the board\b|with the class\b|we do\b|i do\b|visuali[sz]er\b|i will (?:model|explain|demonstrate|show|read)|live model|thumbs (?:up|down)|carpet\b|whiteboards?\b|mwbs?\b|all boards up\b|(?:ask|tell|show) the class\b|(?:do|go through|work through) (?:\S+ ){0,3}together\b)/,
  },
  {
    organisation: 'groups',
    // "Equipment per group of 3", "Groups draw every setup": equipment or a task set per group.
    cue: /\b(?:in groups\b|group work\b|groups of (?:\d|two|three|four|five|six)\b|small groups?\b|table groups?\b|in teams\b|jigsaw|carousel\b|each group\b|per group\b|each table\b|tables,|^groups \p{Ll}+\b|mixed[- ]ability groups?\b|expert groups?\b|home groups?\b|teams?\b|\d{1,2} ?v ?\d{1,2}\b)/mu,
  },
  {
    organisation: 'pairs',
    cue: /\b(?:pairs?\b|paired\b|partners?\b|think[- ]pair[- ]share\b|turn and talk\b|talk partners?\b|with a buddy\b|swap (?:books|work)\b|peer[- ](?:assess|swap|mark))/,
  },
  {
    organisation: 'individual',
    // "students complete on sheet": each pupil's own sheet.
    cue: /\b(?:individual(?:ly)?\b|without talking\b|independent(?:ly)?\b|on their own\b|silent(?:ly)?\b|in (?:their )?books\b|you do\b|exit (?:ticket|quiz|slip|question)\b|on a post-it\b|quiz\b|self[- ]assess|worksheet\b|own (?:answer|work|writing)\b|(?:students|pupils|children) complete (?:on |the |a |their )?(?:sheet|table|timeline|grid)\b)/,
  },
  {
    organisation: 'guided group',
    cue: /\b(?:guided (?:group|reading|writing|session|work|learning|maths)\b|focus group\b|adult-led (?:small |focus )?group\b)/,
  },
];

/** The organisations a piece of the plan names, in a fixed order. */
export function organisationsIn(text: string): Organisation[] {
  const lower = text.toLowerCase();
  return ORGANISATION_CUES.filter(({ cue }) => cue.test(lower)).map(({ organisation }) => organisation);
}

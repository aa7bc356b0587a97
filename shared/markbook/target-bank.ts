/**
 * Curricular target wording keyed by focus. Medium-term targets cover a unit of work,
 * short-term ones the next few lessons, as the guidance's layering describes. A school
 * replaces any entry through the settings' `targetBank`. AF entries follow APP reading.
 */
export interface TargetWording {
  mediumTerm: string;
  shortTerm: string;
}

export const DEFAULT_TARGET_BANK: Record<string, TargetWording> = {
  reading: {
    mediumTerm: 'Reading: infer and explain meaning, backing each point with evidence from the text.',
    shortTerm:
      'In the next lessons, answer each "why" question with a quotation and a sentence explaining it.',
  },
  writing: {
    mediumTerm: 'Writing: organise ideas into clear paragraphs and vary sentences for effect.',
    shortTerm:
      'In your next piece, plan three paragraphs first and open each with a different kind of sentence.',
  },
  spelling: {
    mediumTerm: 'Spelling: learn and apply the spelling patterns of this unit.',
    shortTerm: 'Keep a list of the words you misspell this week and test yourself on them.',
  },
  punctuation: {
    mediumTerm: 'Punctuation: use commas, apostrophes and speech punctuation accurately.',
    shortTerm: 'Proofread each paragraph for sentence punctuation before moving on.',
  },
  grammar: {
    mediumTerm: 'Grammar: control tense and agreement across longer pieces of writing.',
    shortTerm: 'Check every verb in your next paragraph agrees with its subject and stays in one tense.',
  },
  spag: {
    mediumTerm: 'Spelling, punctuation and grammar: write accurately across a whole piece.',
    shortTerm: 'Use the class checklist to proofread your next piece before handing it in.',
  },
  'speaking and listening': {
    mediumTerm: 'Speaking and listening: explain and justify ideas in discussion.',
    shortTerm: 'In paired talk, give a reason for every answer ("I think... because...").',
  },
  phonics: {
    mediumTerm: 'Phonics: secure the sounds and blends of this phase.',
    shortTerm: "Practise reading and writing this week's sounds daily.",
  },
  comprehension: {
    mediumTerm: 'Comprehension: retrieve and explain key information from a text.',
    shortTerm: 'Underline the evidence in the text before writing each answer.',
  },
  number: {
    mediumTerm: 'Number: secure place value and the four operations with whole numbers and decimals.',
    shortTerm: 'Estimate first, then check each answer against your estimate.',
  },
  'place value': {
    mediumTerm: 'Place value: read, write, order and round numbers, including decimals.',
    shortTerm: 'Use a place-value chart for each question until you no longer need it.',
  },
  calculation: {
    mediumTerm: 'Calculation: choose and use efficient written and mental methods.',
    shortTerm: 'Show each step of your method and check with the inverse operation.',
  },
  arithmetic: {
    mediumTerm: 'Arithmetic: calculate accurately with written methods and fractions.',
    shortTerm: 'Do five arithmetic questions each lesson and correct any error before moving on.',
  },
  fractions: {
    mediumTerm: 'Fractions: find equivalent fractions and calculate with fractions.',
    shortTerm: 'Draw a bar model for each fraction question before calculating.',
  },
  algebra: {
    mediumTerm: 'Algebra: form and solve equations, and work with expressions confidently.',
    shortTerm: 'Write each step of a solution on a new line and check by substituting back.',
  },
  geometry: {
    mediumTerm: 'Geometry: use angle and shape properties to solve problems.',
    shortTerm: 'Label every diagram with what you know before you start calculating.',
  },
  shape: {
    mediumTerm: 'Shape: describe and classify shapes by their properties.',
    shortTerm: 'Name the property you are using for each step of your answer.',
  },
  measures: {
    mediumTerm: 'Measures: convert between units and solve problems with measures.',
    shortTerm: 'Write the units at every step of a calculation.',
  },
  measurement: {
    mediumTerm: 'Measurement: convert between units and solve problems with measures.',
    shortTerm: 'Write the units at every step of a calculation.',
  },
  statistics: {
    mediumTerm: 'Statistics: draw, read and interpret charts and averages.',
    shortTerm: 'For every chart, write one sentence saying what it shows.',
  },
  'handling data': {
    mediumTerm: 'Handling data: collect, present and interpret data.',
    shortTerm: 'For every chart, write one sentence saying what it shows.',
  },
  ratio: {
    mediumTerm: 'Ratio and proportion: use ratio, scale and percentages to solve problems.',
    shortTerm: 'Set out ratio problems in a table before calculating.',
  },
  'ratio and proportion': {
    mediumTerm: 'Ratio and proportion: use ratio, scale and percentages to solve problems.',
    shortTerm: 'Set out ratio problems in a table before calculating.',
  },
  probability: {
    mediumTerm: 'Probability: work out and compare probabilities of events.',
    shortTerm: 'List every possible outcome before working out a probability.',
  },
  'problem solving': {
    mediumTerm: 'Problem solving: break multi-step problems into steps.',
    shortTerm: 'Underline what the question asks and write down the first step before calculating.',
  },
  reasoning: {
    mediumTerm: 'Reasoning: explain and justify your answers mathematically.',
    shortTerm: 'Finish each answer with a sentence starting "This is true because...".',
  },
  'using and applying': {
    mediumTerm: 'Using and applying: choose the right mathematics for a problem and explain it.',
    shortTerm: 'Say which method you will use, and why, before starting each problem.',
  },
  af1: {
    mediumTerm: 'AF1: use a range of strategies to read accurately and for meaning.',
    shortTerm: 'When a word stops you, try sounding it out and re-reading the sentence.',
  },
  af2: {
    mediumTerm: 'AF2: find and retrieve information and ideas from texts.',
    shortTerm: 'Skim for key words and quote the exact words you find.',
  },
  af3: {
    mediumTerm: 'AF3: infer and interpret information, events or ideas.',
    shortTerm: 'Answer "how do we know?" with a quotation and what it suggests.',
  },
  af4: {
    mediumTerm: 'AF4: comment on how texts are structured and organised.',
    shortTerm: 'Say why the writer put a paragraph where it is.',
  },
  af5: {
    mediumTerm: "AF5: explain the writer's use of language, including grammatical and literary features.",
    shortTerm: 'Pick one word and explain the effect it has on the reader.',
  },
  af6: {
    mediumTerm: "AF6: identify the writer's purposes and viewpoints and their effect on the reader.",
    shortTerm: 'Say what the writer wants the reader to think, with evidence.',
  },
  af7: {
    mediumTerm: 'AF7: relate texts to their social, cultural and historical contexts.',
    shortTerm: 'Link one detail in the text to when or where it was written.',
  },
};

/** The wording for a focus: the bank's entry, or a general one naming the focus. */
export function wordingFor(bank: Record<string, TargetWording>, focus: string): TargetWording {
  const entry = bank[focus.toLowerCase()] ?? bank[focus];
  if (entry !== undefined) return entry;
  return {
    mediumTerm: `${focus}: secure this focus across the current unit of work.`,
    shortTerm: `In the next few lessons, practise one ${focus} skill you found hard in the last assessment, using the success criteria.`,
  };
}

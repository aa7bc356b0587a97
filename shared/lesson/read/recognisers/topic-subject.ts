import { recogniser } from '../recogniser';

/**
 * The words a topic or unit title of each subject is made of: "Expanding brackets" is maths,
 * "Photosynthesis" science. A scheme of titles alone names its subject this way or not at all.
 * Everyday words that head other subjects' lessons too ("mean", "light", "revolution") are left out.
 */
const TOPICS: [RegExp, string][] = [
  [
    /\b(?:fractions?|decimals?|percentages?|place value|algebra(?:ic)?|equations?|inequalit(?:y|ies)|brackets|substitution|sequences?|ratio|proportion|probabi\w*|angles?|averages?|median|area|perimeter|volume|surface area|indices|index laws|standard form|graphs?|gradients?|coordinates|vectors|transformations?|pythagoras|trigonometry|circle theorems|bidmas|bodmas|multiples?|factors?|primes?|integers?|negative numbers|simultaneous|quadratics?|polygons?|congruen\w*|similarity|bearings|histograms?|surds|rounding|estimation|times tables|multiplication|division|addition|subtraction|number bonds|shapes?|symmetry|measurements?|statistics)\b/i,
    'Mathematics',
  ],
  [
    /\b(?:cells?|photosynthesis|respiration|forces?|energy|electricity|circuits?|magnets?|atoms?|compounds?|reactions?|acids?|alkalis?|particles?|ecosystems?|habitats?|digestion|inheritance|evolution|forces and motion|rocks?|the periodic table|states of matter|microbes|plants?|materials)\b/i,
    'Science',
  ],
  [
    /\b(?:algorithms?|programming|python|scratch|variables?|loops?|binary|networks?|e-?safety|online safety|databases?|spreadsheets?|html|data representation|cyber ?security|computational thinking|debugging)\b/i,
    'Computing',
  ],
  [
    /\b(?:rivers?|coasts?|volcanoes|earthquakes|weather|climate|settlements?|population|tectonic|glaciation|map skills|biomes?|rainforests?|urbanisation|tourism)\b/i,
    'Geography',
  ],
  [
    /\b(?:romans?|vikings?|tudors?|victorians?|normans?|world war|ww[12]|civil war|medieval|anglo-saxons?|industrial revolution|holocaust|cold war|suffrage)\b/i,
    'History',
  ],
  [
    /\b(?:poetry|poems?|shakespeare|narrative|persuasive writing|non-fiction|grammar|punctuation|spelling|phonics|reading comprehension|creative writing|play ?script|descriptive writing|language analysis|digraphs?|trigraphs?|blending|segment(?:ing|ation)|tricky words|high frequency words|gpcs?|letters and sounds|alphabet)\b/i,
    'English',
  ],
];

/** The subject a topic or unit title belongs to, when its words say: "Solving equations" → Mathematics. */
export const topicSubject = recogniser('topic-subject', (title) => {
  const text = title.slice(0, 120);
  return TOPICS.find(([pattern]) => pattern.test(text))?.[1];
});

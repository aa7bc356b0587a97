import { recogniser } from '../recogniser';

/** How a line citing the curriculum opens: "NC Y4:", "National Curriculum:", "KS2 reading content domain 2d", "NGSS MS-ESS2-2", "Spec ref: 1.2.4". */
const CITATION =
  /^(?:NC\b|national curriculum\b|curriculum (?:link|reference|ref)\b|programme of study\b|PoS\b|(?:KS\d )?(?:\w{1,12} )?content domain\b|NGSS\b|CCSS\b|TEKS\b|common core\b|standards?:|es and os\b|experiences and outcomes\b|spec(?:ification)?(?: ref(?:erence)?| point)?\s?[:\d])/i;

/**
 * A line that cites the curriculum the objective comes from, or sets an aside in brackets beside
 * it: "(NC Y4: "recognise and show, using diagrams, families of common equivalent fractions")",
 * "(KS2 reading content domain 2d – inference)", "NC Y4: recognise and show...". It is where the
 * objective comes from, not an objective (or a criterion) of its own.
 */
export const curriculumReference = recogniser('curriculum-reference', (text) => {
  const trimmed = text.trim();
  if (trimmed.length > 400) return undefined;
  const bracketed =
    trimmed.startsWith('(') && trimmed.endsWith(')') && trimmed.indexOf(')') === trimmed.length - 1;
  const inner = bracketed ? trimmed.slice(1, -1).trim() : trimmed;
  if (CITATION.test(inner)) return true;
  // A whole line in brackets is an aside on the line above, whatever it says.
  return bracketed ? true : undefined;
});

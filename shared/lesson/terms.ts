/**
 * Key terms of an objective, so that checks and generated questions are about this lesson:
 * "To explain how the heart pumps blood" → verb "explain", focus "how the heart pumps blood",
 * terms ["heart", "pumps", "blood"].
 */

const STOPWORDS = new Set(
  (
    'a an and are as at be been being by can could did do does doing for from had has have how i if in into is it its ' +
    'of on or our over should so some such than that the their them then there these they this those through to too ' +
    'up use used using was we were what when where which while who whom why will with within would you your able ' +
    'understand understanding know knowing learn learning identify describe explain explaining apply compare evaluate ' +
    'analyse analyze create design develop use pupils students children learners lesson today about between different ' +
    'own new work way ways key other more most all each one two three begin beginning start simple range number ' +
    'around across against along among towards without beyond under above below inside outside based order ' +
    'happens happen affects affect changes change makes during after before including such like well also very really ' +
    'correctly accurately confidently independently show shows showing make making give given find finding'
  ).split(' '),
);

/** Openings that frame an objective rather than say what it is: "To", "LO1:", "I can", "SWBAT". */
const OBJECTIVE_PREFIX =
  /^(?:(?:LO|SC|WALT|WILF)\s*\d*\s*[:.)-]?\s*|(?:to\s+be\s+able\s+to|SWBAT|(?:students|pupils|children|learners|we|you)\s+(?:will|are|can|should|must)\s+(?:be\s+able\s+to|learn(?:ing)?\s+(?:to|how\s+to|about)|understand)|we\s+are\s+learning\s+(?:to|how\s+to|about)|i\s+am\s+learning\s+to|i\s+can|i\s+will|all|most|some)\s+|to\s+)+/i;

export interface ObjectiveTerms {
  /** The objective without "To", "LO:", "I can" and the like. */
  statement: string;
  /** The learning verb it opens with ("explain"), when it opens with one. */
  verb?: string;
  /** What the verb acts on ("how the heart pumps blood"). */
  focus: string;
  /** Content words as written, in the order the objective uses them. */
  terms: string[];
}

export function stem(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 4) return lower;
  return lower.replace(/(?:ations?|ings?|ies|ied|ed|es|s|ly|er|ers)$/, '').slice(0, 6);
}

export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? [];
  return words.filter((word) => word.length >= 3 && !STOPWORDS.has(word));
}

const LEARNING_VERB =
  /^(recall|remember|name|list|state|label|recognise|recognize|identify|describe|explain|summarise|summarize|interpret|classify|compare|contrast|calculate|solve|apply|use|demonstrate|construct|measure|plot|draw|write|read|analyse|analyze|investigate|examine|explore|distinguish|infer|evaluate|assess|judge|justify|argue|critique|create|design|plan|compose|develop|produce|predict|order|sort|add|subtract|multiply|divide|convert|estimate|round|simplify|understand|know|learn|find|present|retell|sequence|spell|punctuate|perform|improve|edit|redraft|translate|model|prove)$/i;

/** The learning verb a word is, also when written as "Reading..." or "Using...". */
function learningVerb(word: string): string | undefined {
  const lower = word.replace(/[^a-z]/gi, '').toLowerCase();
  if (LEARNING_VERB.test(lower)) return lower;
  if (!lower.endsWith('ing')) return undefined;
  const stem = lower.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].find((candidate) => LEARNING_VERB.test(candidate));
}

export function objectiveTerms(objective: string): ObjectiveTerms {
  const statement = objective
    .trim()
    .replace(OBJECTIVE_PREFIX, '')
    .replace(/[.;:!]+$/, '')
    .trim();
  const [first = '', ...rest] = statement.split(/\s+/);
  const verb = learningVerb(first);
  const focus = verb === undefined ? statement : rest.join(' ');
  const seen = new Set<string>();
  const terms = (focus.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? []).filter((word) => {
    const lower = word.toLowerCase();
    if (lower.length < 3 || STOPWORDS.has(lower) || seen.has(lower)) return false;
    seen.add(lower);
    return true;
  });
  const result: ObjectiveTerms = { statement, focus: focus === '' ? statement : focus, terms };
  if (verb !== undefined) result.verb = verb;
  return result;
}

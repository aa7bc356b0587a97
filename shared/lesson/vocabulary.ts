import { trimOf, withoutBrackets } from './read/text';
import type { SectionKind } from './types';

/**
 * The headings teachers give the parts of a plan, in UK, US and Oak National Academy styles,
 * keyed by the normalised label (lower case, no numbering, timings or punctuation).
 */
const SECTION_LABELS: Record<Exclude<SectionKind, 'title' | 'other'>, string[]> = {
  context: [
    'children targets',
    'pupil targets',
    'individual targets',
    'targets',
    'plan',
    'session plan',
    'feedback to class teacher',
    'feedback to the class teacher',
    'feedback to teacher',
    'rota',
    'carousel rota',
    'group rota',
    'reading rota',
    'context',
    'lesson context',
    'scheme of work',
    'sow',
    'unit',
    'unit of work',
    'sequence',
    'lesson sequence',
    'where this lesson fits',
    't&l',
    'teaching and learning',
    'teaching & learning',
    'overview',
    'lesson overview',
    'background',
    'big picture',
    'the big picture',
    'standards',
    'standard',
    'common core standards',
    'curriculum links',
    'curriculum link',
    'national curriculum',
    'national curriculum links',
    'links',
    'essential question',
    'essential questions',
    'rationale',
    'enquiry question',
    'big question',
    'lesson question',
    'unit enquiry question',
    'cross-curricular skills',
    'cross-curricular links',
    'cross curricular links',
    // A trainee's own targets and their reflection on them: about the teacher's practice, not the lesson's end.
    'reflection on targets',
    'reflection on targets from last observation',
    'reflection on my targets',
    'targets from last observation',
    'targets from last lesson',
    'my targets',
    'my target',
    'trainee targets',
    'previous targets',
    'literacy',
    'literacy links',
    'literacy focus',
    'numeracy',
    'numeracy links',
    'numeracy focus',
    'oracy',
    'smsc',
    'british values',
    'what matters statement',
    'what matters',
    'progression step',
    'area of learning and experience',
    'aole',
    'es & os',
    'es and os',
    'experiences and outcomes',
    'lesson summary',
    'teaching summary',
    'summary of the lesson',
    'pacing guide',
    'pacing',
    'lesson timings',
    'timings',
    'timeline',
    'lesson timeline',
    'lesson at a glance',
    'lesson outline',
    'mathematical links',
    'connections and background information',
    'background information',
    'curriculum connections',
    'unit overview',
    'enquiry questions',
    'teaching guide',
    'teacher guide',
    'lesson guide',
    'teacher guidance',
    'themes',
    'practices',
    'key concepts',
    'big ideas',
    'concepts',
    'lesson details',
    'content guidance',
  ],
  'prior-learning': [
    'prior learning',
    'prior knowledge',
    'previous learning',
    'prerequisite knowledge',
    'prerequisites',
    'prior knowledge and skills',
    'what pupils already know',
    'what students already know',
    'what children already know',
    'assumed knowledge',
    'building on',
    'prior learning links',
    'previous lesson',
    'previous session',
    'last session',
    'prior knowledge required',
    'prior learning/knowledge',
    'preparatory knowledge',
    'prerequisite learning',
    'before this lesson',
    // "Prior: L1–3 Born–Haber cycles", "From last session (5): could rearrange...".
    'prior',
    'from last session',
    'from last lesson',
    'last lesson',
  ],
  objectives: [
    'what i want out of this one',
    'what i want out of this lesson',
    'what i want out of this session',
    'obj',
    'objs',
    'learning objective',
    'learning objectives',
    'objective',
    'objectives',
    'lesson objective',
    'lesson objectives',
    'session objective',
    'session objectives',
    'session aim',
    'session aims',
    'lo',
    'los',
    'l o',
    'learning intention',
    'learning intentions',
    'walt',
    'aim',
    'aims',
    'lesson aim',
    'lesson aims',
    'learning outcome',
    'lesson outcome',
    'learning goal',
    'learning goals',
    'learning target',
    'learning targets',
    'students will be able to',
    'pupils will be able to',
    'swbat',
    'learning focus',
    'lesson focus',
    'intent',
    'i am learning to',
    'we are learning to',
    'focus',
    'session focus',
    'focus this session',
    'focus for this session',
    'focus of the session',
    'focus for today',
    "today's focus",
    'intended learning',
    'learning aims',
    'lesson purpose',
    'purpose',
    'intervention focus',
    'pupil lesson outcome',
    'pupil outcome',
    'pupil outcomes',
    'objectives and criteria for success',
    'skills based learning intention',
    'learning intention and success criteria',
    // A languages teacher heads the aims in the language taught: "Objetivos:" (or "Objectivos:"), "Objectifs :".
    'objetivos',
    'objectivos',
    'objectifs',
    'lernziele',
  ],
  'success-criteria': [
    'success criteria',
    'success criterion',
    'sc',
    'outcomes',
    'learning outcomes',
    'lesson outcomes',
    'expected outcomes',
    'differentiated outcomes',
    'wilf',
    "what i'm looking for",
    'what i am looking for',
    'steps to success',
    'criterios de éxito',
    'critères de réussite',
    'key learning points',
    'i can statements',
    'must should could',
    'all most some',
    'assessment criteria',
    'criteria for success',
    'look fors',
  ],
  keywords: [
    'keywords',
    'keyword',
    'key words',
    'key word',
    'key vocabulary',
    'vocabulary',
    'vocab',
    'key vocab',
    'key terms',
    'key terminology',
    'tier 2 vocabulary',
    'tier 3 vocabulary',
    'word bank',
    'academic vocabulary',
  ],
  misconceptions: [
    'misconceptions',
    'correct response',
    'watch for',
    'watch out for',
    'look out for',
    'misconception',
    'common misconceptions',
    'possible misconceptions',
    'misconceptions to address',
    'anticipated misconceptions',
    'likely misconceptions',
    'common mistakes',
    'common errors',
    'errors and misconceptions',
    'misconceptions and errors',
    'misconceptions and common mistakes',
    'common misconception',
    'possible misconception',
    'key misconception',
    'key misconceptions',
    'address misconceptions',
    'addressing misconceptions',
    'tackle misconceptions',
  ],
  resources: [
    'resources',
    'resource',
    'materials',
    'equipment',
    'resources needed',
    'materials needed',
    'resources/equipment',
    'resources and materials',
    'resources and equipment',
    'handouts',
    'materials/preparation',
    'materials and preparation',
    'materials resources and prep',
    'preparation',
    'prep',
    'notes on resources',
    'resources and preparation',
    // Phonics: the words on the cards for the lesson, read whole; not key terms to define.
    'tricky words',
    'common exception words',
  ],
  starter: [
    'starter',
    'launch',
    'do now',
    'dnow',
    'dn',
    'warm up',
    'warm-up',
    'warmup',
    'hook',
    'retrieval',
    'retrieval practice',
    'starter quiz',
    'anticipatory set',
    'introduction',
    'intro',
    'opening',
    'bell work',
    'bellwork',
    'bell ringer',
    'entry task',
    'entry ticket',
    'settling task',
    'recap',
    'lesson opener',
    'engage',
    'mental/oral starter',
    'mental oral starter',
    'mental and oral starter',
    'mental oral',
    'settler',
    'entry activity',
    'lesson starter',
    'retrieval starter',
    'connect',
    'revisit and review',
    'revisit',
    'getting started',
    'connect the learning',
    'connecting the learning',
    'bellringer',
    'bell-ringer',
    'do now activity',
    'starter activity',
    'entrance ticket',
    'retrieval quiz',
    'lesson hook',
    'warm up activity',
    'prior knowledge starter quiz',
    'lesson opening',
    'opening activity',
    'activate prior knowledge',
    'activating prior knowledge',
    // White Rose's and others' daily retrieval openers.
    'flashback',
    'flashback 4',
    'flashback four',
    'fluent in five',
    'daily review',
    'retrieval grid',
  ],
  main: [
    'main',
    'main teaching',
    'main body',
    'body of lesson',
    'lesson development',
    'development',
    'input',
    'teacher input',
    'teaching input',
    'direct instruction',
    'instruction',
    'procedure',
    'procedures',
    'activity',
    'activities',
    'learning cycle',
    'explore',
    'explain',
    'elaborate',
    'i do',
    'we do',
    'guided practice',
    'teacher modelling',
    'modelling',
    'shared writing',
    'shared reading',
    'practical',
    'investigation',
    'new learning',
    'teaching',
    'demonstration',
    'demo',
    'explanation',
    'task',
    'paired practice',
    'pair work',
    'paired work',
    'group work',
    'group task',
    'collaborative task',
    'presentation',
    'skill development',
    'skills development',
    'conditioned game',
    'game',
    'small-sided games',
    'core',
    'core task',
    'tasks',
    'lesson activities',
    'exploration',
    'activate',
    'demonstrate',
    'body',
    'teach',
    'investigate',
    'exposition',
    'teacher exposition',
    'active learning',
    'main learning',
    'learning activity',
    'learning activities',
    'adult-led',
    'adult led',
    'adult-led input',
    'adult-led activity',
    'adult-led session',
    'carpet time',
    'carpet session',
    'lab',
    'lab work',
    'lesson content',
    'guided discovery',
    'applying what we have just learnt',
    'applying what we have learnt',
    'direct teaching',
    'mini lesson',
    'mini-lesson',
    'explicit instruction',
    'teacher led',
    'teacher-led',
    'main lesson',
    'main activity',
    'development activity',
    'learning episode',
    'learning sequence activities',
    'instructional procedures',
    'instructional procedure',
    'instructional sequence',
    'lesson procedures',
    'lesson procedure',
    'modeled practice',
    'modelled practice',
    'modeling',
    'teacher input and modelling',
    'main input',
  ],
  guided: [
    'guided group',
    'guided groups',
    'guided reading',
    'guided writing',
    'guided session',
    'guided work',
    'guided learning',
    'guided maths',
    'focus group',
    'teacher focus group',
    'adult-led group',
    'adult-led small group',
    'adult-led focus group',
    'adult focus group',
  ],
  independent: [
    'independent',
    'independent work',
    'independent practice',
    'independent task',
    'independent learning',
    'you do',
    'application',
    'practice',
    'practise',
    'deliberate practice',
    'continuous provision',
    'continuous provision enhancements',
    'enhanced provision',
    'provision enhancements',
    'child-initiated',
    'child initiated',
    'child-initiated learning',
    'extended writing',
  ],
  'mini-plenary': [
    'mini plenary',
    'mini-plenary',
    'mini plenaries',
    'check for understanding',
    'checkpoint',
    'cfu',
    'hinge question',
    'hinge',
    'hinge q',
    'hinge qs',
    'assessment checkpoint',
    'review point',
    'check-in',
    'check in',
    'mid-lesson review',
    'mini review',
    'progress check',
    'check for understanding (cfu)',
    'mid-lesson check',
  ],
  plenary: [
    'carpet review',
    'carpet time review',
    'review on the carpet',
    'plenary',
    'summarise',
    'summarize',
    'final plenary',
    'closure',
    'conclusion',
    'review',
    'reflection',
    'exit ticket',
    'exit tix',
    'exit tkt',
    'exit',
    'exit pass',
    'exit card',
    'exit task',
    'exit quiz',
    'exit slip',
    'exit question',
    'lesson review',
    'summary',
    'wrap up',
    'wrap-up',
    'plenary/review',
    'review and reflect',
    'reflect',
    'debrief',
    'evaluate',
    'closing',
    'close',
    'lesson close',
    'end of lesson',
    'ending',
    'final review',
    'consolidate',
    'consolidation',
    'lesson closure',
    'lesson wrap-up',
    'lesson reflection',
    'reflection and review',
    'share and review',
    'plenary questions',
    'closing activity',
    'closing circle',
    'cool down',
    'cool-down',
    'cooldown',
    // The last stage of a phonics session: revisit, teach, practise, apply, assess.
    'assess',
    // A jotted plan's "intro / activity / finish".
    'finish',
    'to finish',
    'assessment exit quiz',
    'lesson closing',
    'review and reflection',
  ],
  differentiation: [
    // "Class info: HA x 8, MA x 14, LA x 7 / SEND: ... / PP: ...": who the lesson is adapted for.
    'class info',
    'class information',
    'differentiation',
    // "Diff: TBC - ask Mrs K re Harvey": how UK plans shorten it.
    'diff',
    'groups',
    'grouping',
    'groupings',
    'reading groups',
    'differentiation summary',
    'adaptive teaching',
    'adaptations',
    'adaptation',
    // "Adjustments:" then "ZK - EAL ... bilingual keyword sheet", "JM - dyslexia ...": each pupil's.
    'adjustments',
    'reasonable adjustments',
    'scaffolding',
    'scaffolds',
    'support',
    'support and challenge',
    'differentiation and support',
    'modifications',
    'personalisation',
    'inclusion',
    'meeting needs',
    'supporting all learners',
    'adaptations and scaffolds',
    'accommodation/differentiation',
    'differentiation/accommodation',
    'differentiation and extension',
  ],
  sen: [
    'sen',
    'send',
    'sen/d',
    'sen support',
    'special educational needs',
    'iep',
    'accommodations',
    'pupils with send',
    'send adaptations',
    'send support',
    '504',
    'learning support',
    'additional needs',
    'pupils with additional needs',
    'students with additional needs',
    'pupils with sen',
    'sen pupils',
    'send pupils',
    'sen/eal pupils',
    'aln',
    'additional learning needs',
    'accommodation',
    'accommodations/modifications',
  ],
  eal: [
    'eal',
    'ell',
    'ells',
    'english learners',
    'english language learners',
    'eal learners',
    'eal support',
    'esl',
    'multilingual learners',
    'new to english',
  ],
  'most-able': [
    'most able',
    'more able',
    'g&t',
    'gifted and talented',
    'greater depth',
    'stretch',
    'challenge',
    'extension',
    'higher attainers',
    'hpa',
    'stretch and challenge',
    'challenge tasks',
    'extension tasks',
    'mat',
    'most able/extension',
    'going deeper',
    'deeper thinking',
    'high prior attainers',
    'deepening',
    'extension activity',
    'extension activities',
    'challenge activity',
  ],
  'teaching-assistant': [
    'ta',
    'tas',
    'teaching assistant',
    'teaching assistants',
    'ta deployment',
    'support staff',
    'additional adults',
    'adult support',
    'lsa',
    'role of ta',
    'role of the ta',
    'other adults',
    'role of other adults',
    'role of adults',
    'hlta',
    'adults',
    'deployment of adults',
    'adult deployment',
    'adults deployment',
    'adult roles',
    'paraprofessional',
    'co-teacher',
  ],
  assessment: [
    'assessment',
    'assessment for learning',
    'afl',
    'assessment opportunities',
    'formative assessment',
    'how will i assess',
    'checking understanding',
    'evaluation',
    'assessment of learning',
    'evidence of learning',
    'assessment strategies',
    'assessment/afl',
    'key questions',
    'key qs',
    "key q's",
    'key q',
    'questions to ask',
    'questions to ask while roving',
    'questions to ask while circulating',
    'questions to ask when circulating',
    'questions',
    'questioning',
    'hinge questions',
    'assessment opportunity',
    'check for learning',
    'checks for understanding',
    'formative check',
  ],
  homework: [
    'hwk',
    'homework',
    'hw',
    'h/w',
    'home learning',
    'extended learning',
    'independent study',
    'follow up',
    'follow-up',
  ],
  intervention: ['introduce', 'remember', 'model', 'try', 'apply', 'secure'],
};

/**
 * Labels that are everyday words too ("Explain: why..."), so they start a section only when
 * they stand alone on a line, head a Markdown heading or open a table row.
 */
const WEAK_LABELS = new Set([
  'launch',
  'exit',
  'assess',
  'finish',
  'to finish',
  'summarise',
  'summarize',
  'groups',
  'grouping',
  'lab',
  'preparation',
  'prep',
  'timings',
  'timeline',
  'pacing',
  'cool down',
  'activity',
  'activities',
  'task',
  'practice',
  'practise',
  'teach',
  'revisit',
  'investigate',
  'practical',
  'review',
  'reflection',
  'reflect',
  'support',
  'challenge',
  'extension',
  'stretch',
  'input',
  'instruction',
  'teaching',
  'hook',
  'summary',
  'intro',
  'introduction',
  'application',
  'inclusion',
  'adults',
  'hinge',
  'links',
  'evaluation',
  'evaluate',
  'development',
  'recap',
  'conclusion',
  'engage',
  'explore',
  'explain',
  'elaborate',
  'opening',
  'retrieval',
  'unit',
  'sequence',
  'standard',
  'background',
  'mat',
  'check in',
  'introduce',
  'remember',
  'model',
  'try',
  'apply',
  'secure',
  'focus',
  'game',
  'close',
  'closing',
  'ending',
  'connect',
  'activate',
  'demonstrate',
  'body',
  'core',
  'purpose',
  'tasks',
  'consolidate',
  'consolidation',
  'exploration',
]);

/**
 * A teacher's or a publisher's notes on the lesson ("Teaching observations", "Lesson tip",
 * "Risk assessment"): headings that are part of the plan's guidance but not a part of the
 * lesson, whatever their first word says.
 */
const TEACHER_NOTES = new Set([
  'note to self',
  'notes',
  'note to team',
  'note to the team',
  'notes for the team',
  'notes from last session',
  'notes from last time',
  'notes to self',
  'reflection / notes',
  'reflections / notes',
  'notes / reflection',
  'teaching observations',
  'teaching observation',
  'teacher tips',
  'teacher tip',
  'teaching tips',
  'teaching tip',
  'lesson tip',
  'lesson tips',
  'teacher notes',
  'teacher note',
  'teaching notes',
  "teacher's notes",
  'notes for teachers',
  'note to teacher',
  'potential answers could include',
  'potential answers',
  'possible answers',
  'answers',
  'see teaching this in action',
  'forum discussion',
]);

/** Labels that name the lesson's overview when they come before its episodes, its ending after. */
const OVERVIEW_OR_ENDING = new Set(['summary', 'conclusion']);

export type MetaField = 'title' | 'subject' | 'yearGroup' | 'minutes' | 'ignored';

const META_LABELS: Record<MetaField, string[]> = {
  title: ['title', 'lesson title', 'topic', 'lesson', 'lesson name', 'lesson topic', 'lesson plan'],
  subject: [
    'subject',
    'course',
    'department',
    'subject area',
    // Wales's Area of Learning and Experience, named in Welsh.
    'maes dysgu a phrofiad',
  ],
  yearGroup: [
    'year',
    'year group',
    'class',
    'grade',
    'grade level',
    'key stage',
    'ks',
    'set',
    'form',
    'phase',
  ],
  minutes: [
    'duration',
    'length',
    'lesson length',
    'lesson duration',
    'class length',
    'class period',
    'session length',
    'time',
    'timing',
    'time allowed',
    'period length',
  ],
  ignored: [
    'date',
    'teacher',
    'room',
    'period',
    'week',
    'term',
    'school',
    'name',
    'tutor',
    'number of pupils',
    'pupils',
  ],
};

const sectionByLabel = new Map<string, SectionKind>();
for (const [kind, labels] of Object.entries(SECTION_LABELS)) {
  for (const label of labels) sectionByLabel.set(label, kind as SectionKind);
}
const metaByLabel = new Map<string, MetaField>();
for (const [field, labels] of Object.entries(META_LABELS)) {
  for (const label of labels) metaByLabel.set(label, field as MetaField);
}

/** Words that name the part whatever follows: "Independent writing", "Plenary and reflection". */
const HEAD_WORDS = new Map<string, SectionKind>([
  ['main', 'main'],
  ['explain', 'main'],
  ['explanation', 'main'],
  ['teaching', 'main'],
  ['input', 'main'],
  ['model', 'main'],
  ['modelling', 'main'],
  ['practice', 'main'],
  ['practise', 'main'],
  ['adult-led', 'main'],
  ['practical', 'main'],
  ['task', 'main'],
  ['activity', 'main'],
  ['starter', 'starter'],
  ['plenary', 'plenary'],
  ['review', 'plenary'],
  ['independent', 'independent'],
  ['indep', 'independent'],
  ['guided', 'guided'],
  ['mini-plenary', 'mini-plenary'],
  ['misconception', 'misconceptions'],
  ['misconceptions', 'misconceptions'],
  ['homework', 'homework'],
]);

const PLACE_WORDS = new Set(['in', 'on', 'at', 'around', 'outside']);

/** A label that opens with the misconceptions it lists: "Common misconceptions to look out for". */
const NAMES_MISCONCEPTIONS =
  /^(?:(?:common|possible|likely|key|anticipated|potential) )?misconceptions? (?:to|that|pupils|students|children|we|i|they|and how)\b/;

const NAMES_KEYWORDS = /^(?:key ?words?|keywords|key vocab(?:ulary)?) (?:for|to)\b/;
const NAMES_QUESTIONS = /^(?:key )?questions (?:to (?:use|ask)|for (?:the|this|each|pupils|students))\b/;

/** Words around a label that do not change what it names: "Main activity 2", "Final plenary". */
const LEADING_FILLER =
  /^(?:the|lesson|final|whole[- ]class|teacher|part|phase|step|stage|episode|section)\s+/;
const TRAILING_FILLER =
  / (?:activity|activities|task|tasks|phase|section|session|time|part|stage|notes|quiz|work)$/;

/** "Main activity 2", "Part 3", "2b": a label's trailing number, as the position it starts at. */
function trailingNumberStart(text: string): number {
  let end = text.length;
  if (end > 0 && text[end - 1]! >= 'a' && text[end - 1]! <= 'z' && end > 1 && /\d/.test(text[end - 2]!))
    end--;
  let digits = end;
  while (digits > 0 && /\d/.test(text[digits - 1]!)) digits--;
  if (digits === end) return text.length;
  let start = digits;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '-')) start--;
  return start === digits ? text.length : start;
}

const AFTER_THE_LESSON = /\b(?:after (?:the )?lesson|post[- ]lesson|notes for (?:the )?next lesson)\b/;

/** Lower case, without numbering, timings, emphasis or punctuation: "2. Main Activity (20')" → "main activity". */
export function normaliseLabel(raw: string): string {
  const lower = raw.toLowerCase();
  // "Reflection (after lesson)", "Evaluation (complete after the lesson)": the teacher's own notes,
  // written once the lesson is over, not a part of it.
  if (AFTER_THE_LESSON.test(lower)) return 'teacher notes';
  // Most headings are written plainly ("Starter", "Success criteria") and need no cleaning.
  if (/^[a-z][a-z ]*[a-z]$/.test(lower) && !lower.includes('  ')) return lower;
  // "--- TIMETABLE ---", "== Misconceptions ==": the rule drawn round a heading is not part of its name.
  const unbracketed = trimOf(
    withoutBrackets(withoutBrackets(lower.replace(/[’‘]/g, "'")), '[', ']'),
    '-=~_ ',
  );
  // "Starter (10 mins)": once its asides are gone, most labels are words alone, with no numbering,
  // timing or punctuation for the patterns below to clean.
  if (/^[a-z ]*$/.test(unbracketed)) {
    const plain = unbracketed.trim();
    return plain.includes('  ')
      ? plain
          .split(' ')
          .filter((word) => word !== '')
          .join(' ')
      : plain;
  }
  const words = unbracketed
    .replace(/\b\d{1,2}[:.]\d{2}\b/g, ' ')
    .replace(/\b\d{1,3}(?: ?(?:-|–|to) ?\d{1,3})? ?(?:mins?|minutes?|hours?|hrs?)\b/g, ' ')
    .replace(/[^a-z0-9&/' -]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '')
    .join(' ')
    .replace(/^(?:\d{1,3}[.)]?|[a-h][.)]|[ivx]{1,6}[.)]) /, '')
    .replace(/^(?:part|phase|step|stage|episode|section) \d{1,3} ?/, '');
  return words.slice(0, trailingNumberStart(words)).trim();
}

export interface LabelMatch {
  kind: SectionKind;
  weak: boolean;
  /** Named by an everyday first word ("Review at tidy-up time"): a heading only when timed or marked. */
  everydayHead?: boolean;
  /** "Summary": before the lesson's episodes it is an overview of the lesson, after them its ending. */
  overviewBeforeEpisodes?: boolean;
  /** A note for the teacher on the part it sits in ("Teaching observations"), not a part of its own. */
  teacherNote?: boolean;
}

/** "Explanation & modelling" → "explanation": the part of a label before "&", "+", "/" or " and ". */
function firstOfJoined(label: string): string | undefined {
  let cut = -1;
  let width = 0;
  for (const [joint, size] of [
    ['&', 1],
    ['+', 1],
    ['/', 1],
    [' and ', 5],
  ] as const) {
    const at = label.indexOf(joint, 1);
    if (at !== -1 && (cut === -1 || at < cut)) {
      cut = at;
      width = size;
    }
  }
  if (cut === -1 || label.slice(cut + width).trim() === '') return undefined;
  return label.slice(0, cut).trim();
}

/** The section one form of a label names, if it is one the vocabulary knows. */
function knownLabel(candidate: string): LabelMatch | undefined {
  const kind = sectionByLabel.get(candidate);
  if (kind === undefined) return undefined;
  const match: LabelMatch = { kind, weak: WEAK_LABELS.has(candidate) };
  if (OVERVIEW_OR_ENDING.has(candidate)) match.overviewBeforeEpisodes = true;
  return match;
}

/** The section a heading names, trying the label as written and then without filler words. */
/** The shortest first name of a bilingual label: "Asesu / Assessment", not "LA / SEN". */
const BILINGUAL_NAME = 5;

export function sectionForLabel(label: string): LabelMatch | undefined {
  if (TEACHER_NOTES.has(label)) return { kind: 'other', weak: false, teacherNote: true };
  // "Guided Reading Planning – Year 3", "Maths plan": the document's name, not a part of the lesson.
  if (label.endsWith(' planning') || label.endsWith(' plan')) return undefined;
  // "Guided notes (fill in the blanks)": a note-taking sheet in the explanation, not a guided group.
  if (label.startsWith('guided notes')) return undefined;
  // Each form is made only when the one before names no section: most headings are known as written.
  const asWritten = knownLabel(label);
  if (asWritten !== undefined) return asWritten;
  const withoutTrailing = label.replace(TRAILING_FILLER, '');
  const named =
    knownLabel(withoutTrailing) ??
    knownLabel(label.replace(LEADING_FILLER, '')) ??
    knownLabel(withoutTrailing.replace(LEADING_FILLER, ''));
  if (named !== undefined) return named;
  // "Explanation & modelling", "Review and reflection": the first part names it.
  const firstPart = firstOfJoined(label);
  const first = firstPart === undefined ? undefined : sectionByLabel.get(firstPart);
  if (first !== undefined) return { kind: first, weak: WEAK_LABELS.has(firstPart!) };
  // "Nod y wers / Lesson aims", "CYFLWYNIAD / Introduction": a bilingual template names each part twice.
  // The first name is another language's, not a short label of its own ("LA / SEN") or a field ("Subject / focus").
  const slash = label.indexOf(' / ');
  if (slash >= BILINGUAL_NAME && metaForLabel(label.slice(0, slash)) === undefined) {
    for (const part of label.slice(slash + 3).split(' / ')) {
      const named = part.includes(' / ') ? undefined : sectionForLabel(part.trim());
      if (named !== undefined) return named;
    }
  }
  const words = label.split(' ');
  // "Fluency starter", "Maths starter": a starter by the kind of start it is.
  if (words.length <= 3 && words[words.length - 1] === 'starter') return { kind: 'starter', weak: false };
  // "Common misconceptions to look out for", "Misconceptions pupils may have": what follows says what is done with them.
  if (NAMES_MISCONCEPTIONS.test(label)) return { kind: 'misconceptions', weak: false };
  // "Key words for the wall/books": the lesson's key words, wherever they go.
  if (NAMES_KEYWORDS.test(label)) return { kind: 'keywords', weak: false };
  // "Questions to use during MWB / writing", "Key questions for the practical": the teacher's questions.
  if (NAMES_QUESTIONS.test(label)) return { kind: 'assessment', weak: false };
  // "Plenary in the centre circle": where the part happens does not change what it is.
  if (words.length > 4 && !PLACE_WORDS.has(words[1]!)) return undefined;
  const head = HEAD_WORDS.get(words[0]!);
  if (head === undefined) return undefined;
  const everyday = WEAK_LABELS.has(words[0]!);
  return everyday && words.length > 1
    ? { kind: head, weak: true, everydayHead: true }
    : { kind: head, weak: everyday || words[0] === 'main' };
}

export function metaForLabel(label: string): MetaField | undefined {
  return metaByLabel.get(label);
}

/** The parts that say how the lesson is adapted for some of its pupils. */
export const ADAPTING_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'differentiation',
  'sen',
  'eal',
  'most-able',
]);

/** The kinds that are episodes of the lesson, in the order a lesson usually runs. */
export const EPISODE_KINDS: readonly SectionKind[] = [
  'starter',
  'main',
  'guided',
  'independent',
  'mini-plenary',
  'plenary',
  'intervention',
];

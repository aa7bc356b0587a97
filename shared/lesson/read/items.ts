import { objectiveTerms } from '../terms';
import type { PlanItem, PlanSection, SectionKind } from '../types';
import type { PlanBlock } from './blocks';
import { criterionLine } from './recognisers/criterion-line';
import { curriculumReference } from './recognisers/curriculum-reference';
import { flattenedCriteria } from './recognisers/flattened-criteria';
import { flattenedObjectives } from './recognisers/flattened-objectives';
import { TIME_COLUMN } from './recognisers/header-row';
import { lookFor } from './recognisers/look-for';
import { numberedRun } from './recognisers/numbered-run';
import { objectiveLine } from './recognisers/objective-line';
import { placeholder } from './recognisers/placeholder';
import { proseAims } from './recognisers/prose-aims';
import { statedObjective } from './recognisers/stated-objective';
import { statedSuccess } from './recognisers/stated-success';
import { hasSpaced, trimEndOf, wordCount } from './text';

/** "LO1: ", "SC 2) ", "WALT ", "Outcome 3 - ": the numbering a plan puts before an item. */
const ITEM_PREFIX =
  /^(?:LO ?\d{0,3}|SC ?\d{0,3}|WALT|WILF|TIB|Objective ?\d{0,3}|Outcome ?\d{0,3}) ?[:.)–—-] ?/i;

export function item(text: string, line: number): PlanItem {
  return { text: text.replace(TICK_BOX, '').replace(ITEM_PREFIX, '').trim(), line };
}

/** "☐ I can say what density means": the box pupils tick is not part of the criterion. */
const TICK_BOX = /^[☐☑✓✔□▢■◻]\s?/u;

/** A field that names what the lesson uses, written among its aims: "Passage:", "Text:", "Resources:". */
const MATERIAL_FIELD =
  /^\**(?:passage|text|texts|resources?|materials?|equipment|source|sources|book|extract|video|clip|worksheet|slides?)\**\s*:/i;

/** "Outcomes", "Learning outcomes", "Lesson outcomes": a heading of what the lesson is for, by group. */
const OUTCOMES_HEADING = /^(?:(?:learning|lesson|expected|differentiated) )?outcomes?$/i;
/** "All will be able to: ", "Most students should: ": the group an outcome is for, before the outcome. */
const BAND_LEAD =
  /^\**(?:all|most|some)\**(?: (?:pupils|students|children|learners))? (?:will|must|should|could|can)(?: be able to)?:? ?/i;

/** How a statement of what pupils will learn or do opens: such a line is an item of its own. */
const STATEMENT_START =
  /^(?:To|I can|SWBAT|All|Most|Some|Must|Should|Could|Students|Pupils|Children|Learners|We)\b/;

/** A line that opens with a field's label of its own: "Kit check / register: while they change...". */
const FIELD_START = /^\p{Lu}[\p{L} /&'-]{0,40}: /u;

/**
 * A plan pasted from a PDF breaks a sentence across lines: "...on the Western" then "Front became
 * a stalemate by 1914." A line carries on the one before when it starts in lower case, or
 * finishes the sentence the line before left open without opening a statement of its own.
 * A list item is always an item of its own.
 */
function joinWrapped(
  entries: PlanItem[],
  itemLines: ReadonlySet<number>,
  labelLines: ReadonlySet<number> = new Set(),
): PlanItem[] {
  const joined: PlanItem[] = [];
  for (const entry of entries) {
    const previous = joined[joined.length - 1];
    // A line of its own label ("SWBAT: identify the point of view...") starts a statement, whatever its case.
    const carriesOn =
      previous !== undefined &&
      previous.line !== entry.line &&
      !labelLines.has(entry.line) &&
      !FIELD_START.test(entry.text) &&
      ((/^[a-z]/.test(entry.text) && !/[.!?]$/.test(previous.text)) ||
        (!/[.!?;:)]$/.test(previous.text) &&
          /[.!?]$/.test(entry.text) &&
          !STATEMENT_START.test(entry.text) &&
          objectiveTerms(entry.text).verb === undefined)) &&
      !itemLines.has(entry.line);
    if (carriesOn)
      joined[joined.length - 1] = { text: `${previous.text} ${entry.text}`, line: previous.line };
    else joined.push(entry);
  }
  return joined;
}

/** "I can add. I can explain why." or "All – describe. Most – explain.": one statement to an item. */
function oneStatementEach(entries: PlanItem[]): PlanItem[] {
  return entries.flatMap((entry) =>
    /[.;] (?:I can|All|Most|Some)\b/.test(entry.text)
      ? entry.text
          .split(/(?<=[.;]) (?=(?:I can|All|Most|Some)\b)/)
          .map((text) => ({ text: text.trim(), line: entry.line }))
      : [entry],
  );
}

/** "To observe how seeds grow / To find out what plants need": two objectives a line, parted by a slash. */
/** "By the end of the seminar students should be able to ": a stem that opens the objective's own sentence. */
const INLINE_STEM =
  /^by the end of (?:the |this |today's )?(?:lesson|session|seminar|unit|week|workshop),? (?:students|pupils|children|learners|you|we|they) (?:will|should|must|can)(?: be able to)? /i;
/** "get them writing...", "make them see...": an aim the teacher has for the class, said of them. */
const TEACHERS_AIM = /^(?:get|make|have|help) them\b/i;
/** "Secondary aim: get them writing...": a second aim named in the same paragraph. */
const FURTHER_AIM = /^(?:secondary|second|also|other|another) aim ?: ?/i;

/**
 * "By the end of the seminar students should be able to explain X and evaluate Y. Secondary aim: get them
 * writing...": a paragraph of aims, its stem left out, each aim a sentence of its own; its other sentences
 * are the teacher's reasons.
 */
function aimsOfSentence(entry: PlanItem): PlanItem[] {
  const stem = INLINE_STEM.exec(entry.text);
  if (stem === null) return [entry];
  const [first = '', ...rest] = entry.text.slice(stem[0].length).split('. ');
  // "Secondary aim: get them writing..." is the teacher's aim for them, in the teacher's words: not asked of pupils.
  const further = rest.filter(
    (sentence) => FURTHER_AIM.test(sentence) && !TEACHERS_AIM.test(sentence.replace(FURTHER_AIM, '')),
  );
  return [first, ...further.map((sentence) => sentence.replace(FURTHER_AIM, ''))].map((text) => ({
    text: trimEndOf(text.trim(), '.'),
    line: entry.line,
  }));
}

/** "(1) Outline..., (2) Evaluate..., (3) Plan...": a list typed on one line, an item to each number. */
function oneNumberEach(entries: PlanItem[]): PlanItem[] {
  return entries.flatMap((entry) => {
    const items = numberedRun.read(entry.text);
    return items === undefined ? [entry] : items.map((text) => ({ text, line: entry.line }));
  });
}

function oneObjectiveEach(entries: PlanItem[]): PlanItem[] {
  return oneNumberEach(entries)
    .flatMap(aimsOfSentence)
    .flatMap((entry) =>
      entry.text.includes(' / ')
        ? entry.text
            .split(/ \/ (?=(?:To|I can|SWBAT|Be able to)\b)/)
            .map((text) => ({ text: text.trim(), line: entry.line }))
        : [entry],
    );
}

/**
 * What the adult looks for in an early-years plan ("Observe for: subitising small amounts"), on
 * the line itself or as the list beneath it: the plan's success criteria.
 */
function lookFors(blocks: readonly PlanBlock[]): PlanItem[] {
  const found: PlanItem[] = [];
  let listing = false;
  let previous = 0;
  for (const block of blocks) {
    const rest = lookFor.read(block.text);
    if (rest !== undefined) {
      if (rest !== '') found.push(item(rest, block.line));
      listing = rest === '';
      previous = block.line;
      continue;
    }
    // A blank line ends the list, as does a line that is not an item.
    listing &&= block.kind === 'item' && block.line === previous + 1;
    previous = block.line;
    if (listing) found.push(item(block.text, block.line));
  }
  return found;
}

/** A label that opens a line ("TA role (Mr J): ...", "Next session: ..."): the line is that field's. */
const OTHER_FIELD = /^\p{Lu}[^:.!?]{0,30}: /u;
/**
 * "Misconception:" or "WATCH:" before a misconception, "Response:" or "Correction:" before the plan's
 * answer to it.
 */
const MISCONCEPTION_PREFIX =
  /^(?:misconception|common misconception|error|mistake|watch(?: out)?(?: for)?) ?\d{0,2} ?[:.)-] ?/i;
/** A label for what the teacher will do about a belief, not what is so: "Address by:", "Fix:". */
export const REMEDY_LABEL = /^(?:address(?:ed)? by|address|fix)\b/i;
const CORRECTION_PREFIX =
  /^(?:(?:response|correction|correct|address(?:ed)? by|address|how to address|reteach|answer|fix) ?(?:[:.)-]|->|→)|->|→) ?/i;

/** Words that set what is so against the belief: "...won some early victories, but they were defeated". */
const CONTRASTS = /\b(?:but|however|actually|in fact|instead|rather than|not|n't)\b|n't\b/i;

/** Words that say what pupils believe: "Pupils often think...", "Students confuse...". */
const STATES_A_BELIEF =
  /\b(?:think|thinks|believe|believes|assume|assumes|confuse|confuses|mix up|mixes up)\b/i;

/** The name of a misconceptions table's column of answers: "Response", "Correction", "How to address it". */
const ANSWER_COLUMN =
  /^(?:response|teacher response|correct response|correct answer|correction|correct idea|correct understanding|how (?:to|i(?:'|’)?ll|i will|we(?:'|’)?ll|we will) (?:address|correct|fix|tackle|challenge)(?: it| this)?|addressed by|fix|reality|what to say|strategy)$/i;
/** The name of its column of beliefs: "Misconception", "Common misconception", "What pupils think". */
const MISCONCEPTION_COLUMN =
  /^(?:(?:common )?misconceptions?|what (?:pupils|students|children) (?:think|say)|error|mistake)$/i;

/**
 * The plan's misconceptions, each with the plan's own correction when it gives one on the
 * next line ("Response: 'Word blending' combines only part of other words..."): the
 * correction is not a misconception of its own.
 */
/** A line that opens on other pupils, or another belief to expect: "Also some...", "Others...", "Also expect "..."". */
const OTHER_PUPILS =
  /^(?:also,? )?(?:some|others|a few|many|chn|children|pupils|students)\b|^(?:also,? )?(?:expect|watch (?:out )?for|look out for)\b/i;

function withCorrections(entries: PlanItem[], itemLines: ReadonlySet<number>): PlanItem[] {
  // Oak's "Common misconception": "Pupils often think that the water in a wave travels all the way..."
  // then "It is energy that travels through the water...", or "Boudica beat the Romans..." then "...won
  // some early victories, but they were defeated...": the paragraph after the belief, stating none of
  // its own, answers it.
  const [belief, answer] = entries;
  if (
    entries.length === 2 &&
    !itemLines.has(belief!.line) &&
    !itemLines.has(answer!.line) &&
    (STATES_A_BELIEF.test(belief!.text.slice(0, 80)) || CONTRASTS.test(answer!.text)) &&
    !STATES_A_BELIEF.test(answer!.text) &&
    // "Also some multiply the exchanged 1 as well": other pupils' mistake, a misconception of its own.
    !OTHER_PUPILS.test(answer!.text) &&
    !MISCONCEPTION_PREFIX.test(answer!.text) &&
    !CORRECTION_PREFIX.test(answer!.text)
  ) {
    const prefix = MISCONCEPTION_PREFIX.exec(belief!.text)?.[0] ?? '';
    return [{ ...item(belief!.text.slice(prefix.length), belief!.line), correction: answer! }];
  }
  const misconceptions: PlanItem[] = [];
  // Oak's "Correct response" on a line of its own: the line after it answers the misconception before it.
  let answerNext = false;
  for (const entry of entries) {
    // A table's column of answers, named beside its column of misconceptions: no misconception itself.
    if (ANSWER_COLUMN.test(entry.text.trim())) {
      answerNext = true;
      continue;
    }
    const answered = answerNext ? misconceptions[misconceptions.length - 1] : undefined;
    answerNext = false;
    if (answered !== undefined && answered.correction === undefined) {
      answered.correction = { text: entry.text, line: entry.line };
      continue;
    }
    // "| Pupils think X | Correct it by Y |": the row's first cell is the belief, the next the plan's answer.
    const cells = hasSpaced(entry.text, '|') ? entry.text.split(' | ').map((cell) => cell.trim()) : [];
    // A lesson grid's row of column names ("| Time | Teacher | LA | MA |") after the list is no misconception.
    if (cells.length >= 2 && TIME_COLUMN.test(cells[0]!)) continue;
    if (
      cells.length >= 2 &&
      cells[0] !== '' &&
      !cells.every((cell) => ANSWER_COLUMN.test(cell) || MISCONCEPTION_COLUMN.test(cell))
    ) {
      const prefix = MISCONCEPTION_PREFIX.exec(cells[0]!)?.[0] ?? '';
      misconceptions.push({
        ...item(cells[0]!.slice(prefix.length), entry.line),
        correction: { text: cells.slice(1).join(' '), line: entry.line },
      });
      continue;
    }
    if (cells.length >= 2) continue;
    const correction = CORRECTION_PREFIX.exec(entry.text);
    const previous = misconceptions[misconceptions.length - 1];
    if (correction !== null && previous !== undefined && previous.correction === undefined) {
      // "Address by: ..." keeps its label: what follows may be the teacher's remedy rather than what is so.
      const remedy = REMEDY_LABEL.test(correction[0]);
      previous.correction = {
        text: remedy ? entry.text.trim() : entry.text.slice(correction[0].length).trim(),
        line: entry.line,
      };
      continue;
    }
    const prefix = MISCONCEPTION_PREFIX.exec(entry.text)?.[0] ?? '';
    misconceptions.push(item(entry.text.slice(prefix.length), entry.line));
  }
  return misconceptions;
}

/**
 * "- **Misconception:** many think one wire is enough" is one labelled line of an episode: the items
 * after it ("- Switch = a way to make a gap on purpose") are the episode's, and a line with a label of
 * its own ("TA role (Mr J): sit with...") is that field's, not more misconceptions; the correction the
 * plan gives for it stays.
 */
function ownMisconceptions(section: PlanSection, itemLines: ReadonlySet<number>): PlanItem[] {
  // "## Correct response" heads the answer to the misconception above it: the heading says so.
  if (ANSWER_COLUMN.test(section.heading.trim()))
    return [{ text: section.heading, line: section.line }, ...section.body];
  if (section.body[0]?.line !== section.line) return section.body;
  return section.body.filter(
    (entry) =>
      entry.line === section.line ||
      CORRECTION_PREFIX.test(entry.text) ||
      ((!itemLines.has(section.line) || !itemLines.has(entry.line)) &&
        !(OTHER_FIELD.test(entry.text) && !MISCONCEPTION_PREFIX.test(entry.text))),
  );
}

/** A statement typed across lines is one statement: each run-on line joins the entry above it. */
function withRunOns(entries: readonly PlanItem[], runOnLines: ReadonlySet<number>): PlanItem[] {
  const joined: PlanItem[] = [];
  let lastLine = 0;
  for (const entry of entries) {
    const previous = joined[joined.length - 1];
    // A line that starts a sentence after one that ended ("Response: Formality comes...") is a new entry.
    const continues =
      previous !== undefined && (!/[.!?]["”']?$/.test(previous.text) || /^\p{Ll}/u.test(entry.text));
    if (continues && runOnLines.has(entry.line) && entry.line === lastLine + 1)
      joined[joined.length - 1] = { ...previous!, text: `${previous!.text} ${entry.text}` };
    else joined.push(entry);
    lastLine = entry.line;
  }
  return joined;
}

/**
 * "/" left by a flattened table, "Time" split from its column's header, or a pacing table's row
 * of column names ("Time | Activity") straight under the objective: not an item of the plan.
 */
function isFiller(text: string): boolean {
  if (!/[\p{L}\d]/u.test(text) || TIME_COLUMN.test(text)) return true;
  if (!hasSpaced(text, '|')) return false;
  const cells = text.split(' | ').map((cell) => cell.trim());
  return cells.some((cell) => TIME_COLUMN.test(cell)) && cells.every((cell) => wordCount(cell) <= 3);
}

/** An objectives label that names the session's focus or topic rather than what pupils will learn. */
const FOCUS_LABEL = /^(?:session |lesson |learning )?focus\b/i;

/** The lines under "Focus:" labels, where other labels ("LO:", "Objectives") state the objectives. */
function topicFocusLines(sections: readonly PlanSection[]): Set<number> {
  const stated = sections.filter((section) => section.kind === 'objectives');
  const focus = stated.filter((section) => FOCUS_LABEL.test(section.heading));
  if (focus.length === 0 || focus.length === stated.length) return new Set();
  return new Set(focus.flatMap((section) => section.body.map((entry) => entry.line)));
}

/** A table's column of objectives by its name: "Objective", "Learning objectives", "LO". */
const OBJECTIVE_COLUMN = /^(?:learning )?objectives?$|^LOs?$/i;

/**
 * "| # | Objective | Linked exam skill |" over "| 1 | Describe the four components... | AO1 |": the
 * objectives set out as a table are its objective column's cells, without the row of column names.
 */
function objectivesColumn(entries: PlanItem[]): PlanItem[] {
  const header = entries[0];
  if (header === undefined || !hasSpaced(header.text, '|')) return entries;
  const column = header.text.split(' | ').findIndex((cell) => OBJECTIVE_COLUMN.test(cell.trim()));
  if (column === -1) return entries;
  return entries.slice(1).flatMap((entry) => {
    const cell = hasSpaced(entry.text, '|') ? entry.text.split(' | ')[column]?.trim() : entry.text;
    return cell === undefined || cell === '' ? [] : [{ ...entry, text: cell }];
  });
}

/** How many blocks into the page a lesson's outcome stands, under its title. */
const OUTCOME_REACH = 6;

/**
 * "I can explain how waves form and describe the differences...": a line that says what pupils will
 * be able to do, standing near the top under the title, outside any list of criteria, is the lesson's
 * outcome (Oak's pages give it so).
 */
function lessonOutcome(sections: readonly PlanSection[], blocks: readonly PlanBlock[]): PlanItem | undefined {
  const criteria = new Set(
    sections
      .filter((section) => section.kind === 'success-criteria')
      .flatMap((section) => section.body.map((entry) => entry.line)),
  );
  const outcome = blocks
    .slice(0, OUTCOME_REACH)
    .find(
      (block) => block.kind === 'paragraph' && /^I can\s\S/.test(block.text) && !criteria.has(block.line),
    );
  return outcome === undefined ? undefined : item(outcome.text, outcome.line);
}

/** How an objective opens when it stands on its own line: "To...", "I can...", "Pupils will...". */
const OBJECTIVE_START =
  /^(?:to|I can|I will|we will|we are|pupils|students|children|learners)\b|^[\p{L} ]{0,30}(?:focus|objective|aim|intention|outcome)s? ?:/iu;

/**
 * A line after "Lesson outcome: I can explain why Boudica rebelled..." that is not an objective of its own:
 * the label carries its objective on its line, so the page's next lines ("Download all resources", "Lesson 4
 * of 6 in unit Roman Britain") are the page's, unless they are listed or open as an objective does.
 */
function pastInlineOutcome(
  sections: readonly PlanSection[],
  itemLines: ReadonlySet<number>,
  entry: { text: string; line: number },
): boolean {
  const section = sections.find(
    (candidate) =>
      candidate.kind === 'objectives' && candidate.body.some((other) => other.line === entry.line),
  );
  if (section === undefined || section.body[0]?.line !== section.line || entry.line === section.line)
    return false;
  return (
    !itemLines.has(entry.line) &&
    objectiveLine.read(entry.text) === undefined &&
    !OBJECTIVE_START.test(entry.text)
  );
}

/** The sections whose lines are statements of what pupils will learn. */
const STATEMENT_KINDS = new Set<SectionKind>(['objectives', 'success-criteria']);

export interface PlanItems {
  objectives: PlanItem[];
  successCriteria: PlanItem[];
  keywords: string[];
  misconceptions: PlanItem[];
}

/** "convection current (careful - see below)" → "convection current": a listed word without the note on it. */
function withoutAside(word: string): string {
  const open = word.indexOf(' (');
  return open > 0 ? word.slice(0, open) : word;
}

/** A glossary table's row of column names: "Word | Definition", "Key term | Meaning". */
const GLOSSARY_HEADER = /^(?:key )?(?:words?|terms?|keywords?|vocabulary) \| (?:definitions?|meanings?)$/i;

/**
 * The plan's objectives, success criteria, keywords and misconceptions: from the sections that
 * hold them, else from lines that state them anywhere ("SWBAT ...", "I can ...").
 */
export function readItems(
  sections: readonly PlanSection[],
  blocks: readonly PlanBlock[],
  stems: ReadonlySet<number>,
  earlyYears: boolean,
): PlanItems {
  const itemLines = new Set(blocks.filter((block) => block.kind === 'item').map((block) => block.line));
  const runOnLines = new Set(blocks.filter((block) => block.runsOn === true).map((block) => block.line));
  const inSections = (kind: SectionKind) =>
    sections
      .filter((section) => section.kind === kind)
      .flatMap((section) =>
        withRunOns(
          kind === 'misconceptions' ? ownMisconceptions(section, itemLines) : section.body,
          runOnLines,
        ),
      )
      .filter(
        (entry) =>
          !stems.has(entry.line) &&
          !isFiller(entry.text) &&
          // Where an objective comes from ("(NC Y4: ...)") is not an objective of its own.
          // "NC LINK: KS1 Geography - identify..." under the key vocabulary cites the curriculum too.
          !(
            (STATEMENT_KINDS.has(kind) || kind === 'keywords') &&
            curriculumReference.read(entry.text) !== undefined
          ),
      );
  // "Passage: Article on the closure of rural bus routes" under "Focus this session" is the text used, not an aim.
  // "Focus: composition of 5" above "LO: To know that 5 can be made...": where the plan states its objectives
  // as objectives, its focus is the topic they belong to, not one more.
  const focusLines = topicFocusLines(sections);
  const statedObjectives = objectivesColumn(inSections('objectives')).filter(
    (entry) => !MATERIAL_FIELD.test(entry.text) && !focusLines.has(entry.line),
  );
  const objectiveLines = new Set(statedObjectives.map((objective) => objective.line));

  const labelLines = new Set(sections.map((section) => section.line));
  let objectives = oneObjectiveEach(joinWrapped(statedObjectives, itemLines, labelLines))
    .filter((entry) => !pastInlineOutcome(sections, itemLines, entry))
    .map((entry) => item(entry.text, entry.line));
  if (objectives.length === 0) {
    objectives = blocks.flatMap(({ text, line, kind }) => {
      if (objectiveLine.read(text) !== undefined) return [item(text, line)];
      const stated = statedObjective.read(text);
      // "Today: To recognise and say the digraph sh. To read words with sh by blending.": each sentence an objective.
      if (stated !== undefined)
        return stated
          .split('. ')
          .filter((sentence, index) => index === 0 || /^(?:To|I can) /.test(sentence))
          .map((sentence) => item(trimEndOf(sentence, '.'), line));
      // "What I want out of today: they can draw..., they can state...": a prose plan's aims.
      const aims = kind === 'paragraph' ? proseAims.read(text) : undefined;
      if (aims !== undefined) return aims.map((aim) => item(aim, line));
      return (flattenedObjectives.read(text) ?? []).map((objective) => item(objective, line));
    });
  }
  // Oak's pupil lesson outcome, "I can explain how waves form...", under the lesson's title with no label.
  if (objectives.length === 0) {
    const outcome = lessonOutcome(sections, blocks);
    if (outcome !== undefined) objectives = [outcome];
  }
  // "## Outcomes" with "All will be able to: describe...", and no objectives: the outcomes are what the lesson is
  // for, by group, so they are its objectives (and not criteria pupils check their work against).
  const outcomeSections = sections.filter(
    (section) => section.kind === 'success-criteria' && OUTCOMES_HEADING.test(section.heading),
  );
  if (objectives.length === 0 && outcomeSections.length > 0) {
    const lines = new Set(outcomeSections.flatMap((section) => section.body.map((entry) => entry.line)));
    objectives = inSections('success-criteria')
      .filter((entry) => lines.has(entry.line))
      .map((entry) => item(entry.text.replace(BAND_LEAD, ''), entry.line))
      .filter((entry) => entry.text !== '');
    for (const entry of objectives) objectiveLines.add(entry.line);
  }
  let successCriteria = oneStatementEach(
    oneNumberEach(joinWrapped(inSections('success-criteria'), itemLines, labelLines)),
  ).map((entry) => item(entry.text, entry.line));
  // "To describe..." followed by "I can..." under one heading: the "I can" lines are the criteria.
  const canStatements = objectives.filter((objective) => /^I can\b/i.test(objective.text));
  if (successCriteria.length === 0 && canStatements.length > 0 && canStatements.length < objectives.length) {
    successCriteria = canStatements;
    const criteria = new Set(canStatements);
    objectives = objectives.filter((objective) => !criteria.has(objective));
    for (const criterion of canStatements) objectiveLines.delete(criterion.line);
  }
  if (successCriteria.length === 0) {
    successCriteria = blocks.flatMap(({ text, line }) => {
      if (objectiveLines.has(line) || stems.has(line)) return [];
      if (criterionLine.read(text) !== undefined) return [item(text, line)];
      const stated = statedSuccess.read(text);
      if (stated !== undefined && text.length < 200) return [item(stated, line)];
      return (flattenedCriteria.read(text) ?? (stated === undefined ? [] : [stated])).map((criterion) =>
        item(criterion, line),
      );
    });
  }
  if (successCriteria.length === 0 && earlyYears) successCriteria = lookFors(blocks);
  const keywords = inSections('keywords').flatMap((entry) => {
    // "| Word | Definition |": a glossary table's header names its columns, no word.
    if (GLOSSARY_HEADER.test(entry.text)) return [];
    // "osmosis – the movement of water...", "| Alliance | An agreement between countries... |": a term and its
    // meaning. "crust, mantle, convection current (careful - see below), magma": a list, whose dash is inside an aside.
    const meaning = /\s[-–—:=|]\s|:\s/.exec(entry.text);
    const defines = meaning !== null && !entry.text.slice(0, meaning.index).includes(',');
    return (
      (defines ? [entry.text.slice(0, meaning.index)] : entry.text.split(/[,;]/))
        .map((word) => trimEndOf(defines ? word : withoutAside(word), '.*').trim())
        // "(Welsh: taith = journey, ...)": the keywords' translations in brackets are not more keywords.
        .filter((word) => word.length >= 2 && word.length <= 40 && !word.startsWith('('))
    );
  });
  if (outcomeSections.length > 0 && objectives.some((entry) => objectiveLines.has(entry.line)))
    successCriteria = successCriteria.filter((entry) => !objectiveLines.has(entry.line));
  return {
    objectives: objectives
      .filter((objective) => objective.text !== '')
      .map((objective) =>
        placeholder.read(objective.text) === undefined ? objective : { ...objective, placeholder: true },
      ),
    successCriteria: successCriteria.filter((criterion) => criterion.text !== ''),
    keywords: [...new Set(keywords)],
    misconceptions: withCorrections(inSections('misconceptions'), itemLines),
  };
}

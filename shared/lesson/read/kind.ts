import type { LessonPlan, PlanItem, PlanKind, PlanSection, SchemeLesson, SchemeOutline } from '../types';
import { EPISODE_KINDS } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { activityLine } from './recognisers/activity-line';
import { answerSpace } from './recognisers/answer-space';
import { lessonHeading } from './recognisers/lesson-heading';
import { meetingMarker } from './recognisers/meeting-marker';
import { schemeTitle } from './recognisers/scheme-title';
import { tuitionSession } from './recognisers/tuition-session';
import { weekdayColumns } from './recognisers/weekday-columns';
import { wordCount } from './text';

/** "Enquiry question", "Big question:", "Key questions": a scheme lesson's questions to ladder from. */
const QUESTION_HEADING = /^(?:lesson |unit )?(?:enquiry|big|key|essential|driving|inquiry) questions?\b/i;

/** The lessons of a scheme: each lesson heading, with the objectives and questions between it and the next. */
function schemeLessons(plan: LessonPlan, headings: { title: string; line: number }[]): SchemeLesson[] {
  const questions = plan.sections
    .filter((section) => QUESTION_HEADING.test(section.heading))
    .flatMap((section) => section.body);
  return headings.map((heading, index) => {
    const next = headings[index + 1]?.line ?? Number.POSITIVE_INFINITY;
    const within = (item: PlanItem) => item.line > heading.line && item.line < next;
    return {
      title: heading.title,
      line: heading.line,
      objectives: plan.objectives.filter(within),
      questions: questions.filter(within),
    };
  });
}

const LESSON_COLUMN = /^(?:lesson|wk|week|session)\b/i;
const OBJECTIVES_COLUMN = /objective|intention|outcome|\bwalt\b|\bLOs?\b/i;
/** "What was Britain like in 1750? LO: describe how most people lived": a cell with its question, then its objective. */
const OBJECTIVE_IN_CELL = /\bLO ?[:–-] ?/;
const QUESTION_COLUMN = /question/i;
const VOCABULARY_COLUMN = /\b(?:vocab|vocabulary|key ?words?|keywords|key terms?)\b/i;

/**
 * "Lesson | Enquiry question | Learning objectives | Key activities" over a row for each lesson: a
 * scheme set out as a table. Each row is a lesson, named by its question (or the cell after its
 * number), its objectives the cell's list ("- Describe ... / - Label ...").
 */
function tableLessons(blocks: readonly PlanBlock[]): SchemeLesson[] {
  const headerAt = blocks.findIndex(
    (block) =>
      block.kind === 'row' &&
      block.cells !== undefined &&
      block.cells.length >= 3 &&
      LESSON_COLUMN.test(block.cells[0]!) &&
      block.cells.some((cell) => OBJECTIVES_COLUMN.test(cell) && cell.length <= 40),
  );
  if (headerAt === -1) return [];
  const header = blocks[headerAt]!.cells!;
  const objectivesColumn = header.findIndex((cell) => OBJECTIVES_COLUMN.test(cell));
  const questionColumn = header.findIndex(
    (cell, at) => at > 0 && QUESTION_COLUMN.test(cell) && cell.length <= 40,
  );
  const vocabularyColumn = header.findIndex((cell) => VOCABULARY_COLUMN.test(cell) && cell.length <= 40);
  const lessons: SchemeLesson[] = [];
  for (const block of blocks.slice(headerAt + 1)) {
    if (block.kind !== 'row') break;
    // A row with an empty cell has lost its place in the columns (empty cells are left out): it is still a
    // lesson, and its cells up to the objectives are read only where the objectives come straight after
    // its number and say so ("To describe...").
    const cells = block.cells ?? [];
    if (cells.length !== header.length) {
      const objective = objectivesColumn === 1 ? cells[1] : undefined;
      lessons.push({
        title: /^\d{1,2}$/.test(cells[0]!) ? `Lesson ${cells[0]}` : cells[0]!,
        line: block.line,
        objectives:
          objective !== undefined && /^to\s/i.test(objective) ? objectivesOf(objective, block.line) : [],
        questions: [],
      });
      continue;
    }
    // "Enquiry question / LO" is one column: the cell gives its question, then "LO: ..." its objective.
    const shared =
      questionColumn === objectivesColumn ? OBJECTIVE_IN_CELL.exec(cells[objectivesColumn]!) : null;
    const cell = cells[objectivesColumn]!;
    const asked =
      questionColumn === -1
        ? undefined
        : shared === null
          ? cells[questionColumn]!
          : cell.slice(0, shared.index).trim() || undefined;
    // "Were children better off in factories? (v2 - was 'Who were the Luddites?')": the question ends at its mark.
    const mark = asked?.indexOf('? (') ?? -1;
    const question = mark > 0 ? asked!.slice(0, mark + 1) : asked;
    const objectives = shared === null ? cell : cell.slice(shared.index + shared[0].length);
    const named = question ?? cells[1]!;
    const title = /^\d{1,2}$/.test(cells[0]!) ? `Lesson ${cells[0]}: ${named}` : `${cells[0]}: ${named}`;
    const lesson: SchemeLesson = {
      title,
      line: block.line,
      objectives:
        questionColumn === objectivesColumn && shared === null ? [] : objectivesOf(objectives, block.line),
      questions: question === undefined ? [] : [{ text: question, line: block.line }],
    };
    // "domestic system, rural, agriculture": the row's key words, a rung pupils all reach.
    const words = vocabularyColumn === -1 ? [] : (cells[vocabularyColumn] ?? '').split(', ');
    const keywords = words
      .map((word) => word.trim())
      .filter((word) => /\p{L}{3}/u.test(word) && wordCount(word) <= 4);
    if (keywords.length > 0) lesson.keywords = keywords;
    lessons.push(lesson);
  }
  return lessons;
}

/** A row's number alone on its line: "1", "12". */
const ROW_NUMBER = /^\d{1,2}$/;
/** How many column names a scheme's table may have. */
const MOST_COLUMNS = 8;

/**
 * "Lesson" / "Objective" / "Activities" / "Assessment", a column's name a line, then each row as its
 * number alone on a line and its cells a line or more each: a scheme's table copied out of a PDF.
 * Each numbered row is a lesson; its objective is the cell after its number, with the lines it wraps
 * onto ("To write, run and save a simple" / "program using print() in sequence"): a wrapped line
 * starts in lower case after a line with no full stop, where the next cell starts with a capital.
 */
function columnLessons(blocks: readonly PlanBlock[]): SchemeLesson[] {
  const start = blocks.findIndex(
    (block, at) =>
      LESSON_COLUMN.test(block.text) &&
      block.text.length <= 20 &&
      OBJECTIVES_COLUMN.test(blocks[at + 1]?.text ?? '') &&
      (blocks[at + 1]?.text.length ?? 0) <= 40,
  );
  if (start < 0) return [];
  let first = start + 1;
  while (
    first < blocks.length &&
    first - start <= MOST_COLUMNS &&
    !ROW_NUMBER.test(blocks[first]!.text.trim()) &&
    blocks[first]!.text.length <= 40
  )
    first += 1;
  if (blocks[first]?.text.trim() !== '1') return [];
  const lessons: SchemeLesson[] = [];
  let objective: { text: string; line: number } | undefined;
  let open = false;
  const close = () => {
    if (objective !== undefined) lessons[lessons.length - 1]!.objectives.push(objective);
    objective = undefined;
    open = false;
  };
  for (const block of blocks.slice(first)) {
    const text = block.text.trim();
    if (text === String(lessons.length + 1)) {
      close();
      lessons.push({ title: `Lesson ${text}`, line: block.line, objectives: [], questions: [] });
      open = true;
    } else if (open && objective === undefined) objective = { text, line: block.line };
    else if (open && objective !== undefined && !/[.;:!?]$/.test(objective.text) && /^[\p{Ll}(]/u.test(text))
      objective.text = `${objective.text} ${text}`;
    else close();
  }
  close();
  for (const lesson of lessons)
    if (lesson.objectives[0] !== undefined) lesson.title = `${lesson.title}: ${lesson.objectives[0].text}`;
  return lessons;
}

/** A cell's objectives, a line each: "To describe the drainage basin... / To label its main features". */
function objectivesOf(cell: string, line: number): { text: string; line: number }[] {
  return cell
    .split(' / ')
    .map((part) => part.replace(/^[-•*]\s*/, '').trim())
    .filter((part) => part !== '')
    .map((text) => ({ text, line }));
}

/** "Assessment", "Assessment opportunities", "AfL", "End of unit test": where a scheme says how learning is checked. */
const ASSESSMENT = /\b(?:assess|afl|tests?\b|quiz|check(?:point)?s?\b|evaluation)/i;
/** The same of a heading: "Progression", "Prior learning", "Builds on Year 7". */
const PROGRESSION_HEADING = /progress|next steps?|builds? on|prior (?:learning|knowledge)|prerequisite/i;
/** "Progression", "Next steps", "Builds on", "Prior learning": where a scheme says how it builds. */
const PROGRESSION = [
  'progress',
  'next step',
  'builds on',
  'build on',
  'prior learning',
  'prior knowledge',
  'prerequisite',
];

/** What a scheme holds, as a new teacher would describe it, and what it does not give a reviewer. */
function outline(
  plan: LessonPlan,
  blocks: readonly PlanBlock[],
  parts: SchemeOutline['parts'],
  count: number,
  lessons: readonly SchemeLesson[] = [],
): SchemeOutline {
  const lacks: SchemeOutline['lacks'] = [];
  // A flattened grid names its rows mid-paragraph ("... Apply ... Assessment Give the sound..."):
  // its opening text is read too (a long scheme says such things in its headings), once and
  // only when the headings have not said.
  let text: string | undefined;
  const says = (words: readonly string[]) => {
    if (text === undefined) {
      text = '';
      for (const block of blocks) {
        if (text.length >= 6000) break;
        text += `${block.text.slice(0, 6000).toLowerCase()}\n`;
      }
    }
    return words.some((word) => text!.includes(word));
  };
  // A scheme's table gives its lessons' objectives in their rows, not as objectives of the whole.
  if (plan.objectives.length === 0 && lessons.every((lesson) => lesson.objectives.length === 0))
    lacks.push('objectives');
  if (plan.successCriteria.length === 0 && !says(['success criteria', 'criteria for success']))
    lacks.push('success criteria');
  if (
    !plan.sections.some((section) => section.kind === 'assessment' || ASSESSMENT.test(section.heading)) &&
    !says(['assessment', 'afl', 'assessed'])
  )
    lacks.push('assessment');
  const progression = (section: PlanSection) =>
    section.kind === 'prior-learning' || PROGRESSION_HEADING.test(section.heading.slice(0, 80));
  if (!plan.sections.some(progression) && !says(PROGRESSION)) lacks.push('progression');
  return { parts, count, lacks };
}

/** A scheme's lessons: lessons when most have objectives of their own, else titles of topics or units. */
function partsOf(lessons: readonly SchemeLesson[]): SchemeOutline['parts'] {
  const withObjectives = lessons.filter((lesson) => lesson.objectives.length > 0).length;
  return withObjectives * 2 >= lessons.length && withObjectives > 0 ? 'lessons' : 'topics';
}

/** How often the plan speaks to the pupil ("you", "your") and about pupils ("students", "the class"). */
/** Cues that, with no word about pupils and no timed parts, make a page one for pupils. */
const PUPIL_PAGE_CUES = 3;

function voice(blocks: readonly PlanBlock[]): { toPupil: number; aboutPupils: number; cues: number } {
  let toPupil = 0;
  let aboutPupils = 0;
  let cues = 0;
  // A page for pupils shows it from the start; a long document need not be read to the end.
  for (const block of blocks.slice(0, 200)) {
    cues +=
      block.text.match(
        /\b(?:in this lesson,? you will|today you will|you will learn|you will be able|you will need|let's get ready|start lesson|find a quiet space|your task|your turn|now you try|if you finish early|when you(?:'ve| have) finished|in your (?:science |maths |english )?book)\b/gi,
      )?.length ?? 0;
    toPupil += block.text.match(/\b(?:you|your|yourself)\b/gi)?.length ?? 0;
    aboutPupils +=
      block.text.match(/\b(?:students?|pupils?|children|learners?|the class|teachers?|TA|SWBAT)\b/gi)
        ?.length ?? 0;
  }
  return { toPupil, aboutPupils, cues };
}

/**
 * What the document is, so that the audit reads it for what it is: a lesson plan; a scheme of
 * work or unit overview (several lessons, each with its own objectives or title); a tuition
 * session; a page or worksheet written for pupils; or not a plan at all (meeting minutes, a
 * note of a page number, prose with nothing a plan is made of).
 */
export function readKind(
  plan: LessonPlan,
  blocks: readonly PlanBlock[],
): { kind: PlanKind; lessons?: SchemeLesson[]; scheme?: SchemeOutline; activities?: PlanItem[] } {
  const head = blocks.slice(0, 12);
  const headText = [plan.title, ...head.map((block) => block.text)].join('\n');
  const episodes = plan.sections.filter((section) => EPISODE_KINDS.includes(section.kind));

  const lessons = blocks.flatMap((block) => {
    if (block.kind !== 'heading' && block.emphasised !== true) return [];
    const title = lessonHeading.read(block.text);
    return title === undefined ? [] : [{ title, line: block.line }];
  });
  const numbered = new Set(lessons.map((lesson) => lesson.title.toLowerCase()));
  if (lessons.length >= 3 && numbered.size >= 3) {
    const found = schemeLessons(plan, lessons);
    return {
      kind: 'scheme',
      lessons: found,
      scheme: outline(plan, blocks, partsOf(found), found.length, found),
    };
  }
  const rows = tableLessons(blocks);
  const tabled = rows.length > 0 ? rows : columnLessons(blocks);
  if (tabled.length >= 3)
    return {
      kind: 'scheme',
      lessons: tabled,
      scheme: outline(plan, blocks, partsOf(tabled), tabled.length, tabled),
    };
  const schemeHeading = blocks.find(
    (block) =>
      (block.kind === 'heading' || block === blocks[0]) && schemeTitle.read(block.text) !== undefined,
  );
  const weekGrid = head.find((block) => weekdayColumns.read(block.text.slice(0, 400)) !== undefined);
  if (
    (schemeHeading !== undefined && episodes.length < 2) ||
    weekGrid !== undefined ||
    schemeTitle.read(plan.title) !== undefined
  ) {
    // A list of units or topics under the scheme's heading: each is a lesson or unit of it.
    const topics = blocks
      .filter((block) => block.kind === 'item' && block.line > (schemeHeading?.line ?? 0))
      .map((block) => ({ title: block.text, line: block.line }));
    const units = schemeLessons(plan, lessons.length > 0 ? lessons : topics);
    if (units.length > 0)
      return {
        kind: 'scheme',
        lessons: units,
        scheme: outline(plan, blocks, partsOf(units), units.length, units),
      };
    const days = weekGrid === undefined ? 0 : weekdayColumns.read(weekGrid.text.slice(0, 400))!;
    return { kind: 'scheme', scheme: outline(plan, blocks, days > 0 ? 'days' : 'lessons', days) };
  }

  const stages = plan.sections.filter((section) => section.kind === 'intervention').length;
  if (
    tuitionSession.read(plan.title) !== undefined ||
    tuitionSession.read(headText) !== undefined ||
    stages >= 3
  )
    return { kind: 'tuition' };

  const meeting = new Set(
    blocks
      .filter((block) => meetingMarker.read(block.text) !== undefined)
      .map((block) => block.text.slice(0, 8).toLowerCase()),
  );
  const hasPlanParts = plan.objectives.length > 0 || plan.successCriteria.length > 0 || episodes.length > 0;
  if (meeting.size >= 2 && episodes.length < 2) return { kind: 'not-a-plan' };

  // A teacher's plan says "you" to the teacher too ("you could ask..."), but talks about the
  // pupils far more; a page for pupils speaks to them and hardly of them.
  const { toPupil, aboutPupils, cues } = voice(blocks);
  const spaces = blocks.slice(0, 200).filter((block) => answerSpace.read(block.text) !== undefined).length;
  const speaksToPupils = cues >= 2 || spaces >= 2;
  const ratio = speaksToPupils ? 2 : 4;
  // A teacher's lesson quotes its questions to pupils ("Can you...?"); its episodes still make it a plan.
  if (toPupil >= 6 && toPupil > ratio * aboutPupils && (episodes.length < 2 || speaksToPupils))
    return { kind: 'pupil-facing' };
  // An online lesson's page for pupils ("Let's get ready", "You will need...", "Start lesson") says little
  // to anyone at length, but its cues are a pupil's, and it has no parts a teacher times.
  // Its "Starter quiz – 6 questions" and "Exit quiz" are links on the page, untimed.
  if (
    cues >= PUPIL_PAGE_CUES &&
    aboutPupils === 0 &&
    episodes.every((episode) => episode.minutes === undefined)
  )
    return { kind: 'pupil-facing' };

  if (hasPlanParts) return { kind: 'lesson' };
  const activities = briefActivities(plan, blocks);
  return activities === undefined ? { kind: 'not-a-plan' } : { kind: 'lesson', activities };
}

/**
 * A brief plan with no headings, only notes of what happens: "recap ch2 quiz – 10 q's on
 * board", "read ch3 aloud", "HW finish q's for Fri". Three or more short lines under its title
 * that name activities, and most of what it says: a lesson plan still to be shaped. Prose, a
 * price list or a one-line note is not one.
 */
function briefActivities(plan: LessonPlan, blocks: readonly PlanBlock[]): PlanItem[] | undefined {
  // A brief plan is brief: a long document with no plan parts is something else.
  if (blocks.length > 40) return undefined;
  const notes = blocks.filter((block, index) => !(index === 0 && block.text === plan.title));
  const activities = notes
    .filter((block) => activityLine.read(block.text) !== undefined)
    .map((block) => ({ text: block.text, line: block.line }));
  return activities.length >= 3 && activities.length * 3 >= notes.length * 2 ? activities : undefined;
}

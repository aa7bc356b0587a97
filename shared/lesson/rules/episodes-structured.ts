import { defineRule } from '../../rule';
import {
  isInterventionPlan,
  isLessonPlan,
  lessonEpisodes,
  namesOf,
  readablePart,
  writtenLines,
} from '../evidence';
import type { LessonPlan, PlanSection } from '../types';

/**
 * Pupils doing something that needs organising: a subject doing a task ("students will convert",
 * "they build"), or a task by its name (a lab, a practical, a worksheet, a game).
 */
const PUPIL_WORK =
  /\b(?:(?:students|pupils|children|learners|they|teams?|groups?|each (?:student|pupil|child|group|team))\s(?:will\s|can\s|should\s|then\s|must\s)?(?:work on|complete|write|build|make|measure|investigate|carry out|try|practi[sc]e|create|draw|record|plot|calculate|solve|answer|code|program|play|sort|research|design|test|present|convert|use|read|find)\b|worksheets?\b|lab\b|practical|experiment|investigation|apparatus|tasks?\b|exercises?\b|game\b|races?\b|quiz\b)/i;

/** What a teacher does at the front: "Reveal the disc", "Ask which branch", "Explain that...". */
const TEACHER_STEP =
  /^(?:(?:the )?teacher (?:explains|models|reads|shows|demonstrates|introduces|recaps|reviews|goes over)\b|reveal|explain|ask|turn|hide|show|tell|discuss|introduce|demonstrate|model|point|draw out|remind|make sure|remember|read (?:aloud|to)|display|project|present|recap|review|go over|hold up|lead|invite|flip|return|repeat|highlight|emphasi[sz]e|note)\b/i;

/**
 * Parts that are the teacher's by their name: an explanation, the input, feedback on a task. Oak's
 * learning cycles are built of them, with their checks for understanding answered by each pupil.
 */
const TEACHER_LED_HEADING =
  /^(?:explanation|introduction|input|exposition|feedback|demonstration|demo|model|modelling|shared (?:write|writing|read|reading)|I do)\b|\bteacher (?:explanation|input|modelling|exposition|demonstration)\b/i;

/**
 * A part nobody organises: a heading that only holds others ("Learning cycle 1", nothing under it),
 * a check for understanding, or a part led from the front.
 */
function needsNoOrganising(plan: LessonPlan, episode: PlanSection): boolean {
  return (
    writtenLines(plan, [episode]).length === 0 ||
    episode.kind === 'mini-plenary' ||
    TEACHER_LED_HEADING.test(withoutClock(readablePart(episode.heading))) ||
    isHousekeeping(withoutClock(readablePart(episode.heading))) ||
    openingOrClosingTalk(plan, episode) ||
    plainlyWholeClass(plan, episode)
  );
}

/** Parts of a lesson that are its routine, not a task: "LO + date", "HW + pack away", "Register / notices". */
const HOUSEKEEPING = new Set([
  'lo',
  'los',
  'objective',
  'objectives',
  'date',
  'title',
  'register',
  'registration',
  'homework',
  'hw',
  'pack away',
  'packing away',
  'tidy',
  'tidy up',
  'clear up',
  'notices',
]);

/** Whether every part of a heading joined by "+", "&", "/", "," or "and" is routine. */
function isHousekeeping(heading: string): boolean {
  // Split on the joins, then on " and ", each part trimmed: no pattern meets a run of spaces twice.
  const parts = heading
    .toLowerCase()
    .split(/[+&/,]/)
    .flatMap((part) => part.split(' and '))
    .map((part) => part.trim());
  return parts.length > 0 && parts.every((part) => HOUSEKEEPING.has(part));
}

/** "9:15 Input", "10 mins Input", "15–25 Explain": a timetable's heading without the time it opens with. */
const withoutClock = (heading: string) =>
  heading.replace(/^\d{1,2}(?:[:.]\d{2})?(?: ?[-–] ?\d{1,3}(?:[:.]\d{2})?)?(?: ?mins?)? /i, '');

/**
 * A starter or plenary with no task for pupils ("hello song, pass the pulse round the circle", "hot seat,
 * then thumbs on the WILF") is run with the whole class: asking how pupils are organised is noise.
 */
function openingOrClosingTalk(plan: LessonPlan, episode: PlanSection): boolean {
  if (episode.kind !== 'starter' && episode.kind !== 'plenary') return false;
  return !writtenLines(plan, [episode]).some((entry) => PUPIL_WORK.test(entry.text.slice(0, 400)));
}

/** Lines that open with a number of minutes, past any list mark or emphasis: "- **5 mins** – intro". */
function timedSteps(plan: LessonPlan): number {
  return plan.lines.filter((line) => OPENS_WITH_MINUTES.test(readablePart(line).split('*').join(''))).length;
}
const OPENS_WITH_MINUTES = /^\d{1,3} ?(?:mins?|minutes)\b/i;

/** Mean characters a line of background prose runs to: longer than a list of short steps. */
const PROSE_LINE = 60;

/**
 * A part no one needs to say how pupils are organised for: teacher-led steps around a demonstration
 * ("Reveal the disc at the root... Ask which branch..."), or background prose for the teacher ("A
 * binary search tree is an elegant way to..."). A short line ("Main: map work") is still asked about.
 */
function plainlyWholeClass(plan: LessonPlan, episode: PlanSection): boolean {
  const lines = writtenLines(plan, [episode]).map((entry) => readablePart(entry.text));
  if (lines.length < 2) return false;
  if (lines.some((line) => PUPIL_WORK.test(line.slice(0, 400)))) return false;
  const steps = lines.filter((line) => TEACHER_STEP.test(line)).length;
  if (steps * 2 >= lines.length) return true;
  const characters = lines.reduce((total, line) => total + line.length, 0);
  return steps === 0 && lines.length >= 3 && characters / lines.length > PROSE_LINE;
}

export const episodesStructured = defineRule<LessonPlan, 'fewEpisodes' | 'noOrganisation' | 'structured'>({
  id: 'lesson/episodes-structured',
  title: 'The lesson as a series of episodes',
  guidance: 'hqtl/episodes',
  severity: 'suggestion',
  messages: {
    fewEpisodes:
      'Could the lesson be broken into distinct episodes (for example starter, teaching, practice, plenary), each with its own approach and organisation?',
    noOrganisation:
      'How will pupils be organised during {episodes}: whole class, groups, pairs, individually or a guided group?',
    structured: 'The lesson runs as {count} distinct episodes, each with a stated organisation.',
  },
  check(plan) {
    // A tuition or intervention session is structured by its own sequence (lesson/intervention-sequence).
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    const episodes = lessonEpisodes(plan);
    // Three or more timed steps ("5 mins – Whole-class intro", "20 mins – Carousel") are episodes,
    // however the page sets them out: the lesson is not asked to be broken up.
    if (episodes.length < 2 && timedSteps(plan) >= 3) return [];
    if (episodes.length < 2) {
      return [
        {
          messageId: 'fewEpisodes',
          where: { kind: 'plan', line: episodes[0]?.line ?? plan.objectives[0]?.line },
        },
      ];
    }
    const unorganised = episodes.filter((episode) => episode.organisation.length === 0);
    // Asked once, and only when most of the parts where pupils do something do not say how they
    // work: where most do, the rest are usually plain from the plan, and listing them all reads as
    // nitpicking. Teacher-led talk, checks for understanding and background notes are not organised.
    const organisable = episodes.filter((episode) => !needsNoOrganising(plan, episode));
    const tasks = organisable.filter((episode) => episode.organisation.length === 0);
    // One task whose organisation is unsaid is usually plain from the task itself ("open the file...").
    if (tasks.length >= 2 && tasks.length * 2 > organisable.length) {
      return [
        {
          messageId: 'noOrganisation',
          data: { episodes: namesOf(tasks.slice(0, 4)) },
          where: { kind: 'plan', line: tasks[0]!.line },
        },
      ];
    }
    return unorganised.length === 0 && episodes.length >= 3
      ? [
          {
            messageId: 'structured',
            severity: 'strength',
            data: { count: episodes.length },
            where: { kind: 'plan', line: episodes[0]!.line },
          },
        ]
      : [];
  },
});

import { defineRule } from '../../rule';
import {
  at,
  evidenceIn,
  findLine,
  firstSentence,
  isLessonPlan,
  lessonEpisodes,
  placeFor,
  readablePart,
  teachingSections,
} from '../evidence';
import type { LessonPlan, PlanItem, PlanSection } from '../types';

/** Modelling by its name: a worked example, "I do", a visualiser, live writing or coding, a demo. */
const MODELLING =
  /\b(?:model(?:s|led|ling|ed|ing)\b|think(?:s|ing)? aloud|worked examples?|I do\b|live (?:model|writ|annotat)|shows? (?:how|(?:pupils|students|children|learners|them|the class) how)|visuali[sz]er|doc(?:ument)? ?cam(?:era)?\b|on the (?:board|IWB|screen) (?:with|for) (?:the class|them)|wagoll|exemplar|model answer|example answer|demo\b|live cod(?:e|ing)|code along|walk(?:s|ing)? (?:them |pupils |students |the class )?through (?:an?|the|one) (?:example|problem|question)|build (?:the|a|an) (?:diagram|graph|model|answer|paragraph|example|sentence|equation) with (?:them|the class|pupils|students))/i;
/**
 * "Model" as something the teacher does: opening a sentence or step ("Model 2 examples"), or after
 * "I will", "then", "teacher to"; "the fluid mosaic model" and "a bar model" are things, not modelling.
 */
const MODEL_AS_VERB =
  /(?:^|[\n\t.:;!?()\-–•*][ \t]{0,3}|\b(?:and|then|to|will|I|we|you|teacher|first|live|'ll|can|must)[ \t]{1,3})model\b/i;
/** "Demonstrate" as the teacher showing how, not a pupil who "demonstrated steady progress". */
const DEMONSTRATES = /\bdemonstrat(?:e|es|ing|ion)\b/i;
const DEMONSTRATES_PROGRESS =
  /\bdemonstrat(?:e|es|ed|ing|ion) (?:her|his|their|her\/his|his\/her|good|steady|improved|secure|deeper|understanding|progress)\b/i;

/**
 * The teacher doing the task first, then the class: "I describe a monster in Spanish, they draw. Then swap",
 * "I read the first verse, then they...". Bounded to one clause, so it stays linear.
 */
const TEACHER_GOES_FIRST =
  /\bI (?:describe|read|write|draw|solve|do|work through|go first|say|act out|perform|play|sing|answer)\b[^.;,]{0,80}[.,;] ?(?:they|then)\b/i;

/** Plain patterns tested one by one, so none needs a lookaround that a checker cannot bound. */
const isModelling = (text: string) =>
  MODELLING.test(text) ||
  TEACHER_GOES_FIRST.test(text) ||
  MODEL_AS_VERB.test(text) ||
  (DEMONSTRATES.test(text) && !DEMONSTRATES_PROGRESS.test(text));

/** The first line (or heading naming a part) of the teaching that models. */
export function modellingIn(sections: readonly PlanSection[]): PlanItem | undefined {
  for (const section of sections) {
    const hit = section.body.find((entry) => isModelling(entry.text));
    if (hit !== undefined) return hit;
  }
  // "9:10 Model", "15–25 Modelling": a timetable's heading read without the time it opens with.
  const headed = sections.find(
    (section) =>
      section.heading !== '' && isModelling(section.heading.replace(/^[\d:.–-]+ (?:mins? )?/i, '')),
  );
  return headed === undefined ? undefined : { text: headed.heading, line: headed.line };
}

const THINKING_ALOUD =
  /\b(?:think(?:s|ing)? (?:aloud|out loud)|narrat(?:e|es|ing) (?:my|his|her|their|the) (?:thinking|thought|reasoning|choices)|talk(?:s|ing)? through (?:my|the|their|his|her|each) (?:thinking|reasoning|steps?|process|choices|decisions)|(?:say|saying|shar(?:e|ing)|voic(?:e|ing)) (?:my|his|her|their|our|the) (?:thinking|thoughts|reasoning)|metacogniti|verbalis)/i;

/** Pupils practising a skill the teacher could model first: writing, solving, measuring, coding. */
const PRACTICE =
  /\b(?:write|writes|writing|solve|calculate|draw|plot|measure|program|code|coding|practi[sc]e|answer (?:the )?questions|complete (?:the )?(?:questions|problems|worksheet|table|chart)|set up|build|make|investigate|read|practical|experiment|worksheets?|evaluate|convert|compose|fill (?:in|out))\b/i;

/** A line that explains rather than sets the task: "Explain to students that the sensors measure...". */
const EXPLAINS = /^(?:explain|introduce|tell|discuss|recap|review)\b/i;

/**
 * The main task pupils practise: in the longest timed episode after the starter when the plan has
 * timings (the 35-minute lab, not the 10-minute input), else the first episode that sets one.
 */
function mainTask(plan: LessonPlan): { episode: string; task: PlanItem } | undefined {
  const practises = (entry: PlanItem) =>
    PRACTICE.test(entry.text) && !EXPLAINS.test(readablePart(entry.text));
  const tasks = lessonEpisodes(plan).flatMap((episode) => {
    // The guided group is the teacher's own work with a few pupils, not a task the class is set.
    if (['starter', 'plenary', 'guided'].includes(episode.kind) || episode.heading === '') return [];
    const task = episode.body.find(practises);
    return task === undefined ? [] : [{ episode: episode.heading, task, minutes: episode.minutes ?? 0 }];
  });
  let main = tasks[0];
  for (const task of tasks) if (task.minutes > (main?.minutes ?? 0)) main = task;
  return main;
}

/** "9:05 Teach", "I do": a part the teacher leads, named so, and "9:10 Practise", "We do": pupils' turn after it. */
const TEACHER_PART = /^(?:[\d:.–-]+ (?:mins? )?)?(?:teach|I do)\b/i;
const PUPILS_TURN = /^(?:[\d:.–-]+ (?:mins? )?)?(?:practi[sc]e|we do|you do|apply)\b/i;

/** Whether the lesson runs "Teach" then "Practise" (a phonics session's sequence, or I do / we do): showing how is its plan. */
function teachThenPractise(plan: LessonPlan): boolean {
  const episodes = lessonEpisodes(plan);
  const taught = episodes.findIndex((episode) => TEACHER_PART.test(episode.heading));
  return taught !== -1 && episodes.slice(taught + 1).some((episode) => PUPILS_TURN.test(episode.heading));
}

/** Pupils find out before they are told: a 5E lesson's Explore, "no telling", discovery or inquiry learning. */
const INQUIRY = /\bno telling\b|\b(?:inquiry|enquiry|discovery)[- ]based\b/i;

/** Whether pupils try the task before anyone shows them how: an Explore episode, or a plan that says so. */
const findsOutFirst = (plan: LessonPlan, episode: string) =>
  /^explore\b/i.test(episode) || findLine(plan, INQUIRY) !== undefined;

export const modellingPlanned = defineRule<LessonPlan, 'missing' | 'modelTask' | 'thinkAloud'>({
  id: 'lesson/modelling-planned',
  title: 'Modelling by thinking aloud',
  guidance: 'hqtl/questioning-modelling-explaining',
  severity: 'suggestion',
  messages: {
    missing:
      'Is there a point where you model the skill before pupils try it? Modelling is more than demonstrating: thinking aloud shows pupils the structures and choices behind it.',
    modelTask:
      'Before pupils start "{episode}" ("{task}"), could you model it first, thinking aloud about each choice? Modelling the task shows pupils the structures and judgements behind it, not only the finished answer.',
    thinkAloud: 'The plan models the skill with the teacher thinking aloud.',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    // Modelling is something the teacher does in the lesson: "Demonstrate good practices" in the
    // standards, or "demonstrated steady progress" in a record, is not.
    const teaching = teachingSections(plan);
    const thinkAloud = evidenceIn(teaching, THINKING_ALOUD);
    if (thinkAloud !== undefined)
      return [{ messageId: 'thinkAloud', severity: 'strength', ...at(thinkAloud) }];
    // A plan that already shows pupils how ("Show students how to draw a shape", a worked example)
    // has planned its modelling: how the teacher talks through it is theirs to judge.
    if (modellingIn(teaching) !== undefined || teachThenPractise(plan)) return [];
    // Modelling shows a skill before pupils try it: asked where the plan has pupils practise one,
    // about the task they practise.
    const task = mainTask(plan);
    // An inquiry lesson (5E's Explore, "no telling!") has pupils try first on purpose: modelling comes after.
    if (task !== undefined && findsOutFirst(plan, task.episode)) return [];
    if (task !== undefined)
      return [
        {
          messageId: 'modelTask',
          data: { episode: task.episode, task: firstSentence(task.task.text, 120) },
          ...at(task.task),
        },
      ];
    return evidenceIn(teaching, PRACTICE) === undefined
      ? []
      : [{ messageId: 'missing', where: placeFor(plan, 'main') }];
  },
});

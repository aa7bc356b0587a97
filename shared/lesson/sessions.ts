import { isClassLesson, isLessonForAClass, objectivesToReview } from './check-questions';
import { notAnObjective, planContent, sentencesOf, trimEnd } from './content';
import { episodesOf, findLine, firstSentence, joinedText, sectionsOf } from './evidence';
import { isStretch, keyTerm, SUBSTANTIAL } from './questions';
import { wordCount } from './read/text';
import { contentWords, objectiveTerms, stem } from './terms';
import type {
  GuidedSessionPlan,
  InterventionSessionPlan,
  LessonPlan,
  PlanContent,
  PlanSection,
  PlanStatement,
  SectionKind,
  SessionStage,
  WhatToAdd,
} from './types';
import { EPISODE_KINDS } from './vocabulary';

/** "About fifteen to twenty minutes with a guided group" (Pupil grouping). */
const GUIDED_MIN = 15;
const GUIDED_MAX = 20;

/** Headings over the main teaching's follow-on work, where a guided group applies it. */
const FOLLOW_ON =
  /\b(?:lab|activit(?:y|ies)|tasks?|independent|practi[cs]e|practicals?|apply|application|investigat(?:e|ion|ing)|experiment|exercises?|worksheet|carrying out|group work|analys(?:is|ing)|enquiry|stations?|you do)\b/i;

/**
 * Letter classes (`\p{L}`) outside brackets are kept in constants: the bundle writes such a
 * pattern as `new RegExp(...)`, which inline would build a new pattern on every call.
 */
const LETTER = /\p{L}/u;
const ACRONYM_OR_I = /^(?:I\b|\p{Lu}{2})/u;

/** "A bigger denominator means..." → "a bigger denominator means...", after "that"; "BST" and "I" stay. */
const asClause = (claim: string, source: string) =>
  ACRONYM_OR_I.test(claim) || namesSomeone(claim, source)
    ? claim
    : claim.charAt(0).toLowerCase() + claim.slice(1);

/** "Muslims worship the Kaaba", said as "Chn think Muslims worship...": the claim opens with a name, kept capitalised. */
function namesSomeone(claim: string, source: string): boolean {
  const first = claim.slice(0, claim.indexOf(' ') === -1 ? claim.length : claim.indexOf(' '));
  if (!/^\p{Lu}\p{Ll}/u.test(first)) return false;
  // Written capitalised after a word in lower case, as only a name is: "think Muslims worship", "some Christians say".
  for (let at = source.indexOf(` ${first}`); at > 0; at = source.indexOf(` ${first}`, at + 1))
    if (/\p{Ll}/u.test(source.charAt(at - 1))) return true;
  return false;
}

/** Parts of a plan that are not where pupils apply the teaching: the opening, the ending, the overview. */
const NOT_APPLYING: ReadonlySet<SectionKind> = new Set([
  'starter',
  'plenary',
  'mini-plenary',
  'context',
  'objectives',
  'success-criteria',
  'keywords',
  'misconceptions',
  'resources',
  'prior-learning',
  'homework',
]);

/**
 * Practical work the teacher must supervise everyone in (acids, flames, blades): not the time to
 * sit with six pupils. One mention is data ("the concentration of hydrochloric acid" in an analysis);
 * a practical handles them line after line.
 */
const HAZARD =
  /\b(?:acids?|alkali|hydrochloric|sulphuric|sulfuric|bunsen|flames?|heating|boiling|chemicals?|corrosive|scalpels?|knives|knife|cork borers?)\b/i;
/** A safety rule for the practical itself: what the teacher must watch everyone keep to. */
const SAFETY_RULE = /\b(?:do not|don'?t) suck\b|\bgoggles\b|^safety\s?:/i;
/** Work outdoors, where the whole class is the teacher's to watch. */
const OUTDOORS = /\b(?:outdoors?|outside|playground|field trip)\b/i;

/** A heading over pupils' hands-on work, where one paragraph can hold the whole practical. */
const HANDS_ON = /\b(?:practicals?|experiments?|investigations?|lab|carrying out)\b/i;
const HAZARDS = new RegExp(HAZARD.source, 'gi');
/** How much of a plan is read for the hazards it notes: a pasted unit's later pages are other lessons'. */
const HAZARD_TEXT_READ = 20000;

function isSupervisedPractical(section: PlanSection): boolean {
  if (HAZARD.test(section.heading) || OUTDOORS.test(section.heading)) return true;
  const handsOn = HANDS_ON.test(section.heading);
  let hazards = 0;
  for (const item of section.body) {
    const text = item.text.slice(0, 1000);
    // "BLOW DO NOT SUCK - remind x3", "Safety: ... Goggles.": a rule the whole class works under.
    if (OUTDOORS.test(text) || SAFETY_RULE.test(text)) return true;
    // "PRACTICAL: add each metal to 2 cm acid... acid down the sink": a practical's one row handles them throughout.
    if (handsOn) hazards += [...text.matchAll(HAZARDS)].length;
    else if (HAZARD.test(text)) hazards += 1;
  }
  return hazards >= 2;
}

/** Objectives that ask pupils to remember rather than apply. */
const RECALLING = /^(?:define|identify|name|list|recall|label|state|know|recogni[sz]e)\b/i;

/** Headings over the teacher's own exposition and modelling. */
const TEACHING =
  /\b(?:teacher (?:exposition|input|explanation|demonstration|modelling|led)|exposition|direct instruction|i do|we do|modelling|modelled)\b/i;

/** Everyone listening to the teacher at once leaves no one free to lead a group, unless pupils then work. */
const wholeClassOnly = (section: PlanSection) =>
  section.organisation.length === 1 && section.organisation[0] === 'whole class';

/** "Individually in turn: tell the group...": a round the teacher leads with everyone. */
const IN_TURN = /\bin turn\b/i;
const TO_EVERYONE = /\b(?:the (?:whole )?(?:group|class)|everyone)\b/i;
const isRound = (text: string) =>
  /\bwhole group\b/i.test(text) || (IN_TURN.test(text) && TO_EVERYONE.test(text));

/** The shortest episode a guided group can be fitted into, shortened to its length. */
const SHORTEST_EPISODE = 10;

/** A section's text, bounded: a flattened grid can run to thousands of characters. */
const textOf = (section: PlanSection) =>
  `${section.heading} ${section.body.map((item) => item.text).join(' ')}`.slice(0, 4000);

const minutesOf = (section: PlanSection) => section.minutes ?? section.pacedMinutes;

/** "Red group (Coch) – 6 box storyboard...": the group a task is for, before the task itself. */
const GROUP_LABEL = /^(?:\p{Lu}\p{Ll}+ )?(?:group|table)(?: \([^()]{1,30}\))? (?:–|-|:) /u;

/** A part that sends the reader on: "9:40 Activity in groups (see below)", "Send groups to tables (see differentiation)". */
const SEE_WHERE = /\bsee (below|differentiation|groups?|group tasks?|the groups?)\b/i;

/**
 * "9:40 Activity in groups (see below)" with nothing under it, and "--- GROUPS ---" further down with each
 * group's task; "Send groups to tables (see differentiation)" and the groups' tasks under "DIFFERENTIATION":
 * the part's work is written there, so it is read from there, with the part's time.
 */
function writtenBelow(sections: readonly PlanSection[], index: number): PlanSection | undefined {
  const part = sections[index]!;
  if (!EPISODE_KINDS.includes(part.kind)) return undefined;
  const see =
    SEE_WHERE.exec(part.heading) ?? (part.body.length > 0 ? SEE_WHERE.exec(part.body[0]!.text) : null);
  if (see === null) return undefined;
  const where = see[1]!.toLowerCase();
  const named = stemSet(where === 'below' ? part.heading.replace(SEE_WHERE, '') : where);
  const written = sections
    .slice(index + 1)
    .find(
      (later) =>
        !EPISODE_KINDS.includes(later.kind) && later.body.length > 0 && shared(named, later.heading) > 0,
    );
  if (written === undefined) return undefined;
  const found: PlanSection = { ...written, kind: part.kind, organisation: part.organisation };
  if (part.minutes !== undefined) found.minutes = part.minutes;
  return found;
}

/** The episodes a guided group could run in: after the opening, not a practical the teacher must watch, long enough. */
function applyingEpisodes(plan: LessonPlan): Map<string, PlanSection> {
  const episodes = new Map<string, PlanSection>();
  // "H&S: 1 M HCl – irritant. SO2 produced..." written apart from "Practical in 3s": the practical's hazards
  // are the plan's, wherever they are noted, and the teacher watches the whole room while it runs.
  const hazardsNoted = [...joinedText(plan).slice(0, HAZARD_TEXT_READ).matchAll(HAZARDS)].length >= 2;
  // "EXPLORE (20 min)" before "EXPLAIN (10 min)": pupils explore before they are taught, so a group applies
  // what was taught only after the teaching part.
  const taughtAt = plan.sections.findIndex(
    (section) => EPISODE_KINDS.includes(section.kind) && /^\W*explain\b/i.test(section.heading),
  );
  for (const [index, listed] of plan.sections.entries()) {
    if (index < taughtAt) continue;
    const section = writtenBelow(plan.sections, index) ?? listed;
    // A grid's header row ("Mins / Tutor Activity / Trainee Activity") has no work under it.
    if (NOT_APPLYING.has(section.kind) || section.body.length === 0 || isSupervisedPractical(section))
      continue;
    if (hazardsNoted && HANDS_ON.test(section.heading)) continue;
    const minutes = minutesOf(section);
    if (minutes !== undefined && minutes < SHORTEST_EPISODE) continue;
    // The teaching itself ("Teacher exposition", "I do") is not where a group applies it.
    if (TEACHING.test(section.heading)) continue;
    // Answering in turn to the whole group leaves no one free to lead a group.
    if (isRound(textOf(section))) continue;
    if (!episodes.has(section.heading)) episodes.set(section.heading, section);
  }
  return episodes;
}

const stemSet = (text: string) => new Set(contentWords(text).map(stem));
function shared(stems: ReadonlySet<string>, text: string): number {
  let count = 0;
  for (const word of stemSet(text)) if (stems.has(word)) count += 1;
  return count;
}

/**
 * The lesson's task a guided group applies the learning in: one an objective names, in the main
 * application episode after the teaching (an independent, guided or activity section, the longer
 * the better) rather than the starter, homework, an extension or a practical with hazards.
 */
function guidedTask(
  plan: LessonPlan,
  content: PlanContent,
  objectives: readonly string[],
): { task: PlanStatement; episode: PlanSection } | undefined {
  const episodes = applyingEpisodes(plan);
  const stems = objectives.map(stemSet);
  const rank = (task: PlanStatement, episode: PlanSection) => {
    const minutes = minutesOf(episode);
    return (
      Math.max(0, ...stems.map((set) => shared(set, task.text))) * 2 +
      (episode.kind === 'independent' || episode.kind === 'guided' ? 2 : 0) +
      (FOLLOW_ON.test(task.section) ? 1 : 0) +
      (SUBSTANTIAL.test(task.text) ? 2 : 0) +
      (task.forPupils === true ? 2 : 0) +
      (minutes !== undefined && minutes >= GUIDED_MIN ? 2 : 0)
    );
  };
  const best = content.tasks
    .flatMap((task, index) => {
      const episode = episodes.get(task.section);
      if (episode === undefined || isStretch(task) || /\bhomework\b/i.test(task.section)) return [];
      if (!isPupilTask(task.text, stems)) return [];
      // "I will model the opening... Pupils then write their own letter": the pupils' part is work, the rest is not.
      if (wholeClassOnly(episode) && task.forPupils !== true) return [];
      return [{ task, episode, index, rank: rank(task, episode) }];
    })
    .sort((a, b) => b.rank - a.rank || a.index - b.index)[0];
  // A task picked from the teaching ("Try 2/5 = ?/10 on whiteboards") is the teacher's example where the plan
  // has an episode of pupils' own work: that episode's work is what the group applies the learning in.
  if (best !== undefined && isOwnWork(best.episode)) return best;
  const ownWork = [...episodes.values()].some(isOwnWork);
  return (ownWork ? episodeWork(episodes) : undefined) ?? best ?? episodeWork(episodes);
}

const isOwnWork = (section: PlanSection) => section.kind === 'independent' || section.kind === 'guided';

/** Getting ready rather than working: "Open the starter file...", "Log in to...", "Collect a tray". */
const GETTING_READY =
  /^(?:open|log (?:in|on)|sign in|load|download|collect|fetch|get out|take out|go (?:to|back)|return to|sit|stick)\b/i;
/** A resource for some pupils ("Writing frame for 8 students..."), not a task for the group. */
const FOR_SOME = /\bfor (?:\d+|some|sen|eal|lower[- ]attaining) (?:students|pupils|children|learners)\b/i;
/** Fewer words than this, and no word of the objective, is the tail of a task ("Explain how you know"). */
const SHORTEST_TASK = 5;

function balanced(text: string): boolean {
  let straight = 0;
  let opened = 0;
  for (const char of text) {
    if (char === '"') straight += 1;
    else if (char === '“') opened += 1;
    else if (char === '”') opened -= 1;
  }
  return straight % 2 === 0 && opened === 0;
}

/** An objective no one can see pupils do: "know the diff between pulse and rhythm", "understand why...". */
const KNOWING = /^(?:know|understand|be aware|appreciate|recognise that)\b/i;

/** The teacher's part, not the pupils': "Model card sort: I do one, we do one", "T works with focus group then roves". */
const TEACHER_DOES =
  /^(?:model|demonstrate|show|introduce|recap|display|make sure|ensure|NTS\b|note to self|keep an eye|talk (?:them |pupils |students )?through|go through|i do\b|teacher|circulate|rove|stop (?:at|the class|for)\b|T (?:works|models|reads|shows|roves|circulates|demonstrates)\b)/i;

/** The days a carousel's rota names: "Mon", "Tues", "Wednesday". */
const DAY_NAMES = new Set(
  'mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday'.split(' '),
);
/** A carousel's row of days, "Mon Tues Weds Thurs Fri": the timetable's header, not a task. */
const WEEKDAYS = {
  test(text: string): boolean {
    const words = text
      .toLowerCase()
      .split(/[\s,/|]+/)
      .filter((word) => word !== '');
    return words.length >= 3 && words.every((word) => DAY_NAMES.has(word));
  },
};

/** A group the plan gives the teacher: "T = with me (focus group)", "focus group with me", "guided group (me)". */
const OWN_FOCUS_GROUP =
  /\b(?:focus|guided) group (?:with me|w\/ me|\(me\)|\(with me\))|\bwith me \((?:focus|guided) group\)/i;

/** A row of a carousel's rota, a group and its codes for the days: "Blue T IND TA RfP VQ". */
function rotaRow(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const codes = words.filter((word) => /^[A-Z]{1,4}$|^[A-Z][a-z][A-Z]$/.test(word)).length;
  return (words.length >= 4 && codes >= words.length - 1) || ROTA_KEY.test(text);
}

/** The key under a rota: "T = with me (focus group) TA = with Mrs Hussain IND = independent...". */
const ROTA_KEY = /\b[A-Z][A-Za-z]{0,3} = [^=]{1,60} [A-Z][A-Za-z]{0,3} = /;

/** The teacher's note to watch one pupil ("Check ZH gets the "along then up"..."), by the pupil's initials. */
const CHECKS_A_PUPIL = /^Check (?:that |whether |if )?[A-Z]{2,3}\b/;
/** Roles pupils take in turn ("pourer / timer / recorder – swap each run"): how a group works, not its task. */
const ROLES = /^[\p{L}-]{3,15} \/ [\p{L}-]{3,15} \/ [\p{L}-]{3,15}\b/u;

/** A task a group can do: whole (not a tail with a stray quote), the work itself, and for everyone. */
function isPupilTask(text: string, objectives: readonly ReadonlySet<string>[]): boolean {
  if (!balanced(text) || GETTING_READY.test(text) || FOR_SOME.test(text) || TEACHER_DOES.test(text))
    return false;
  if (CHECKS_A_PUPIL.test(text) || ROLES.test(text)) return false;
  if (WEEKDAYS.test(text) || rotaRow(text)) return false;
  const words = text.split(' ').filter((word) => LETTER.test(word)).length;
  return words >= SHORTEST_TASK || objectives.some((set) => shared(set, text) > 0);
}

/** Setting-up lines ("Divide the class into groups of four"), which say how pupils work, not what they do. */
const SETTING_UP =
  /^(?:divide|split|organise|organize|arrange|put|give|hand|place|explain|tell|remind|share|send|teachers?|the teacher|ta|groups? (?:set|chosen|assigned|arranged|as|on|from))\b/i;
/** A sentence whose subject is the pupils: "Students plot the graph individually", "Each group follows the trail". */
const PUPILS_DO =
  /^(?:pupils|students|children|learners|each (?:group|pair|pupil|student)|in (?:groups|pairs)|groups|pairs)\b/i;

/**
 * The work of the longest activity episode, where the plan describes it without a task the reader
 * picked out ("Each group follows the picture trail and sorts each card..."): the plan does set pupils
 * work, and saying it sets none would be false.
 */
/** A labelled line of the teacher's part: "**Explain:**", "I do:", "Questions I'll ask:", "Check for understanding:". */
const TEACHER_LABEL =
  /^\**(?:explain|explanation|teacher|i do|model(?:ling)?|input|questions? (?:i'?ll|i will|to) ask|check for understanding|cfu)\**\s?:/i;
/** A labelled line of the pupils' work: "**Practice:**", "Task:", "Independent:". */
const WORK_LABEL = /^\**(?:practice|practise|task|independent(?: task| work)?|you do|apply)\**\s?:/i;

function episodeWork(
  episodes: ReadonlyMap<string, PlanSection>,
): { task: PlanStatement; episode: PlanSection } | undefined {
  const activities = [...episodes.values()].filter(
    (section) =>
      (section.kind === 'main' || section.kind === 'independent') &&
      (FOLLOW_ON.test(section.heading) ||
        section.organisation.some((organisation) => organisation !== 'whole class')) &&
      !wholeClassOnly(section),
  );
  const episode = activities.sort(
    (a, b) =>
      Number(isOwnWork(b)) - Number(isOwnWork(a)) ||
      Number(FOLLOW_ON.test(b.heading)) - Number(FOLLOW_ON.test(a.heading)) ||
      (minutesOf(b) ?? 0) - (minutesOf(a) ?? 0),
  )[0];
  if (episode === undefined) return undefined;
  const sentences = [...episode.body]
    // "**Practice:** worksheet 6 calc Qs" is the pupils' work; "**Explain:** formula, the sign, worked
    // example..." and "**Questions I'll ask:**" are the teacher's.
    .filter((item) => !TEACHER_LABEL.test(item.text))
    .sort((a, b) => Number(WORK_LABEL.test(b.text)) - Number(WORK_LABEL.test(a.text)))
    // The support and challenge tiers are for some pupils; the group works on what the class does.
    .filter((item) => !TIER_FOR_SOME.test(item.text))
    .flatMap((item) =>
      sentencesOf(withoutLabel(item.text).slice(0, 600))
        .map(asInstruction)
        .filter(
          ({ text, ofPupils }) =>
            !SETTING_UP.test(text) &&
            !GETTING_READY.test(text) &&
            !TEACHER_DOES.test(text) &&
            !WEEKDAYS.test(text) &&
            !rotaRow(text) &&
            !FOR_SOME.test(text) &&
            !text.endsWith('?') &&
            balanced(text) &&
            // "Do Zn and Fe" is short, but said of the pupils it is their work.
            wordCount(text) >= (ofPupils ? SHORTEST_TASK - 1 : SHORTEST_TASK),
        )
        .map(({ text, ofPupils }) => ({ text, ofPupils, line: item.line })),
    );
  // What pupils do, said of them, before any other line of the episode.
  // Then work set to pupils ("calc worksheet Q1-6 in pairs"), not the teacher's recap before it.
  const work =
    sentences.find((sentence) => sentence.ofPupils) ??
    sentences.find((sentence) => SET_WORK.test(sentence.text)) ??
    sentences[0];
  if (work === undefined) return undefined;
  return { task: { text: trimEnd(work.text), line: work.line, section: episode.heading }, episode };
}

/** Words that say the line sets pupils work: a worksheet, an exercise, numbered questions, pairs. */
const SET_WORK =
  /\b(?:worksheets?|WS|exercises?|Qs? ?\d{1,2}|questions \d{1,2}|in pairs|in groups|independently)\b/i;

/** "Support (with the TA): ...", "Challenge: ...", "Early finishers: ...": work for some pupils, not the group's task. */
const TIER_FOR_SOME =
  /^\**(?:support|challenge|extension|stretch|early finishers|greater depth|scaffold(?:ed)?)\b[^:]{0,40}:/i;

/** "Core: Sheet B – shade diagrams..." → "Sheet B – shade diagrams...": the tier's label is not the task. */
function withoutLabel(text: string): string {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 30 || wordCount(text.slice(0, colon)) > 3) return text;
  return text
    .slice(colon + 1)
    .replace(/^\**\s*/, '')
    .trim();
}

/** "They need to add an if / elif / else..." → "Add an if / elif / else...": the pupils' work as an instruction. */
const PUPILS_TO =
  /^(?:they|students|pupils|children|learners)(?: will| need to| should| must| then| now| can)* (?=\p{Ll})/iu;
const ORGANISATION_TAILS = [' on their own', ' in pairs', ' individually', ' independently', ' in groups'];
function withoutOrganisation(text: string): string {
  const tail = ORGANISATION_TAILS.find((phrase) => text.toLowerCase().endsWith(phrase));
  return tail === undefined ? text : text.slice(0, text.length - tail.length);
}

/** "Model Mg + HCl word equation, students do Zn and Fe on their own": the pupils' part of a teacher's sentence. */
const PUPILS_CLAUSE = [', students ', ', pupils ', ', children ', ', learners ', '; students ', '; pupils '];

function asInstruction(whole: string): { text: string; ofPupils: boolean } {
  const lower = whole.slice(0, 300).toLowerCase();
  const clause = PUPILS_CLAUSE.map((joint) => lower.indexOf(joint)).filter((at) => at > 0)[0];
  const sentence = clause === undefined ? whole : whole.slice(clause + 2);
  const frame = PUPILS_TO.exec(sentence)?.[0];
  if (frame === undefined) return { text: sentence, ofPupils: PUPILS_DO.test(sentence) };
  // How they work is said beside the task ("on their own"), not in it.
  const rest = withoutOrganisation(trimEnd(sentence.slice(frame.length)));
  return { text: rest.charAt(0).toUpperCase() + rest.slice(1), ofPupils: true };
}

/** A carousel of stations the groups rotate through, one of them with the teacher. */
const ROTATION = /\b(?:carousel|rotation|rotate|stations?)\b/i;

/** "Divide students into groups of four": the plan's own group size, which the guided group keeps. */
const GROUPS_OF = /\bgroups? of (\d|two|three|four|five|six)\b/i;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

function groupsOf(section: PlanSection | undefined): { size: number; written: string } | undefined {
  if (section === undefined) return undefined;
  const found = GROUPS_OF.exec(textOf(section))?.[1]?.toLowerCase();
  if (found === undefined) return undefined;
  return { size: NUMBERS[found] ?? Number(found), written: found };
}

/** How the rest of the class works, as the plan organises the episode. */
function howOrganised(section: PlanSection | undefined, groups: { written: string } | undefined): string {
  const organisation = section?.organisation ?? [];
  if (groups !== undefined) return `in their groups of ${groups.written}, as the plan organises it`;
  if (organisation.includes('groups')) return 'in their groups, as the plan organises it';
  if (organisation.includes('pairs')) return 'in pairs, as the plan organises it';
  if (organisation.includes('individual')) return 'on their own, as the plan organises it';
  return 'on their own or in pairs';
}

/** Trainees, adults, staff: a session for adults speaks of learners, not pupils. */
const ADULTS =
  /\b(?:trainees?|adult learners?|adults|staff|delegates|apprentices|undergraduates|cpd|teachers in training)\b/i;

function forAdults(plan: LessonPlan): boolean {
  if (plan.yearGroup !== undefined && /\d/.test(plan.yearGroup)) return false;
  return [plan.title, ...plan.sections.map((section) => section.heading)].some((text) =>
    ADULTS.test(text.slice(0, 300)),
  );
}

const toLearners = (text: string) =>
  text
    .split('Pupils')
    .join('Learners')
    .split('pupils')
    .join('learners')
    .split('pupil')
    .join('learner')
    .split('Pupil')
    .join('Learner');

/** "All students are able to:", "Most...", "Some...": outcomes in tiers, whose first is the lowest. */
const TIERED = /^(?:all|most|some)\b/i;

/**
 * The success criterion the group's work is reviewed against: the one closest to the objective and
 * task; with none close, the first of a flat list, never the lowest of a tiered one ("All students
 * are able to...") when the objective itself says more.
 */
function reviewCriterion(plan: LessonPlan, objective: string, task: string | undefined): string | undefined {
  const criteria = plan.successCriteria.filter((entry) => notAnObjective(entry.text) === undefined);
  const stems = stemSet(`${objective} ${task ?? ''}`);
  const best = criteria
    .map((entry, index) => ({ text: entry.text, index, score: shared(stems, entry.text) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)[0];
  if (best === undefined) return undefined;
  if (best.score > 0) return trimEnd(best.text);
  const tiered = plan.sections.some(
    (section) => section.kind === 'success-criteria' && TIERED.test(section.heading),
  );
  return tiered ? undefined : trimEnd(best.text);
}

/**
 * The four stages of a guided session for about six pupils, timed inside 15-20 minutes (or the
 * episode's own length, where it is shorter), built on a task from the lesson's main application
 * episode, with what the rest of the class does meanwhile as the plan organises it. Null when
 * there is no objective to guide towards, or when the plan sets no task for the group to apply it
 * in and the teacher has not chosen a focus (the analysis then says what to add).
 */
export function planGuidedSession(
  plan: LessonPlan,
  options: { objective?: string; focus?: string; minutes?: number; content?: PlanContent } = {},
): GuidedSessionPlan | null {
  // A guided group is part of a class lesson: a one-to-one session or a scheme page has none, unless the teacher asks.
  if (options.objective === undefined && options.focus === undefined && !isClassLesson(plan)) return null;
  const guided = sectionsOf(plan, 'guided')[0];
  const stated = objectivesToReview(
    plan.objectives.filter((entry) => notAnObjective(entry.text) === undefined),
  ).map((entry) => entry.text);
  const content = options.content ?? planContent(plan);
  const candidates = options.objective !== undefined ? [options.objective] : stated;
  if (candidates.length === 0 || candidates[0]!.trim() === '') return null;
  const statements = candidates.map((objective) => objectiveTerms(objective).statement);
  const found = guidedTask(plan, content, statements);
  const task = found?.task;
  if (task === undefined && options.focus === undefined && options.objective === undefined) return null;
  // The objective the task applies, not always the first: a lab applies "evaluate", not "define".
  const objective =
    task === undefined
      ? candidates[0]!
      : candidates
          .map((text, index) => ({
            text,
            index,
            // A guided group applies: "evaluate" before "define and identify" when the task serves both.
            // The episode's own words break a tie: an analysis of "temperature or concentration" data serves that objective.
            score:
              shared(stemSet(statements[index]!), task.text) * 2 +
              (found === undefined ? 0 : shared(stemSet(statements[index]!), textOf(found.episode)) * 0.25) -
              (RECALLING.test(statements[index]!) ? 1 : 0),
          }))
          .sort((a, b) => b.score - a.score || a.index - b.index)[0]!.text;
  const { statement, verb, focus: objectiveFocus, terms } = objectiveTerms(objective);
  const episode = found?.episode;
  const asked = options.minutes ?? guided?.minutes ?? GUIDED_MAX;
  const requested = Number.isFinite(asked) ? asked : GUIDED_MAX;
  const episodeMinutes =
    options.minutes === undefined && episode !== undefined ? minutesOf(episode) : undefined;
  // A group fits inside its episode: a ten-minute task gets a ten-minute group, not twenty.
  const minutes =
    episodeMinutes !== undefined && episodeMinutes < GUIDED_MIN
      ? episodeMinutes
      : Math.min(
          GUIDED_MAX,
          Math.max(GUIDED_MIN, Math.round(Math.min(requested, episodeMinutes ?? requested))),
        );
  const misconception = content.misconceptions.find((entry) => entry.claim !== undefined);
  const focus =
    options.focus ??
    (misconception?.confused !== undefined
      ? `telling ${misconception.confused[0]} and ${misconception.confused[1]} apart`
      : misconception?.claim !== undefined
        ? // "Read binary as if it were denary" is what pupils do, which no "that" clause can hold.
          misconception.conduct === true
          ? `tackling the mistake "${trimEnd(misconception.claim)}"`
          : `tackling the misconception that ${asClause(trimEnd(misconception.claim), plan.lines.join('\n'))}`
        : task !== undefined
          ? "applying the objective in the lesson's task"
          : `applying the learning: ${verb === undefined ? objectiveFocus : `${verb} ${objectiveFocus}`}`);
  const term = content.terms.find(
    (entry) =>
      entry.definition !== undefined &&
      terms.some((word) => entry.term.toLowerCase().includes(word.toLowerCase())),
  );
  // A listen-in question about this task and objective, the task's own episode's first.
  const about = stemSet(`${statement} ${task?.text ?? ''}`);
  const teaching = new Set(
    sectionsOf(plan, 'main', 'independent', 'guided').map((section) => section.heading),
  );
  const asks = content.questions.filter(
    (entry) => (entry.level === 'understand' || entry.level === 'analyse') && entry.text.endsWith('?'),
  );
  // Else a question from the lesson's own teaching ("What is the difference between = and ==?"), never the title's.
  const question =
    asks
      .filter((entry) => shared(about, entry.text) > 0)
      .sort((a, b) => Number(b.section === task?.section) - Number(a.section === task?.section))[0] ??
    asks.find((entry) => entry.level === 'analyse' && teaching.has(entry.section));
  const taskText = task === undefined ? undefined : trimEnd(task.text.replace(GROUP_LABEL, ''));
  const criterion = reviewCriterion(plan, statement, taskText);
  const groups = groupsOf(episode);
  const inGroup = groups !== undefined && groups.size >= 3 && groups.size <= 6 ? groups.size : undefined;
  const explain = Math.max(1, Math.round(minutes * 0.15));
  const review = Math.max(1, Math.round(minutes * 0.2));
  const reflect = minutes < GUIDED_MIN ? 1 : 2;
  const organised = howOrganised(episode, groups);
  const stages: SessionStage[] = [
    {
      stage: 'Explain the objective and strategies',
      minutes: explain,
      what: `Share the objective ("${statement}") and today's focus: ${focus}.${
        term === undefined ? '' : ` Recap "${term.term}": ${trimEnd(term.definition!)}.`
      } Model the first step, thinking aloud.`,
    },
    {
      stage: 'Pupils apply',
      minutes: minutes - explain - review - reflect,
      what:
        taskText === undefined
          ? `Pupils work on their own or in pairs on a task that applies ${keyTerm(terms, objectiveFocus, plan.keywords)}; listen in, prompt and question each pupil in turn.`
          : `Pupils start the lesson's task ("${taskText}") ${inGroup !== undefined ? 'together, as one of the groups' : organised.replace(/, as the plan organises it$/, '')}; listen in and question each pupil in turn${
              question === undefined ? '' : `, e.g. "${question.text}"`
            }.`,
    },
    {
      stage: 'Group review',
      minutes: review,
      what: `Review the work together: share one strong example and one to improve ${
        criterion === undefined
          ? `against the objective: can they ${KNOWING.test(statement) ? 'show they ' : ''}${statement.charAt(0).toLowerCase()}${statement.slice(1)}?`
          : `against "${criterion}".`
      }`,
    },
    {
      stage: 'Reflection and next steps',
      minutes: reflect,
      what: 'Each pupil says what they can now do and names their next step; note anyone who needs more time.',
    },
  ];
  const independent = sectionsOf(plan, 'independent')[0];
  // An independent task set in tiers (support, core, challenge) is done by each pupil at their own tier.
  const tiered = independent?.body.some((item) => TIER_FOR_SOME.test(item.text)) === true;
  // A carousel already says what every other group does while the teacher has one.
  const rotating = findLine(plan, ROTATION) !== undefined;
  const restOfClass = `${
    rotating
      ? "The other groups work at their stations, as the plan's rotation sets out."
      : independent !== undefined && tiered && (episode === undefined || episode === independent)
        ? 'The independent task, with the support or challenge the plan sets out for each pupil.'
        : independent !== undefined &&
            (episode === undefined || episode === independent) &&
            independent.body[0] !== undefined
          ? independent.body[0].text.replace(/\.?$/, '.')
          : taskText !== undefined
            ? `The same task ("${taskText}") ${organised}.`
            : `Appropriately challenging independent work on "${statement}", in pairs or alone.`
  } Self-help before asking: working wall, key vocabulary, peer buddies. Review their work ${
    sectionsOf(plan, 'plenary').length > 0 ? 'in the plenary' : 'at the end of the lesson'
  }.`;
  const adults = forAdults(plan);
  const session: GuidedSessionPlan = {
    objective: statement,
    focus,
    groupSize: inGroup ?? 6,
    minutes,
    stages: adults
      ? stages.map((stage) => ({ ...stage, stage: toLearners(stage.stage), what: toLearners(stage.what) }))
      : stages,
    restOfClass: adults ? toLearners(restOfClass) : restOfClass,
  };
  if (task !== undefined) session.task = { text: taskText!, line: task.line };
  return session;
}

/** A group the plan gives an adult of its own: "Intervention group with Miss Okafor", "keep-up group led by the TA". */
const ADULT_LED_GROUP =
  /\b(?:intervention|keep[- ]up|booster|focus|pre-teach(?:ing)?) (?:group|session)\b[^.\n]{0,20}\b(?:with|led by) (?:the )?(?:TA|LSA|HLTA|teacher|Mrs?|Miss|Ms|Mx)\b/i;

/** What to add when the lesson sets no task a guided group could apply the learning in. */
export function guidedToAdd(plan: LessonPlan, session: GuidedSessionPlan | null): WhatToAdd[] {
  if (session !== null || !isLessonForAClass(plan)) return [];
  if (!isClassLesson(plan))
    return [
      {
        for: 'guided',
        message:
          'A guided session works towards an objective, and the plan states none; add one ("Pupils will be able to...") and a guided group can be planned in the lesson\'s main task.',
      },
    ];
  // The plan has pupils' work, but each episode needs the teacher with everyone: saying it sets no task would be false.
  // Episodes ruled out for how they are run, not for being empty ("Main: TBC" sets no task at all).
  const ruledOut = plan.sections.filter(
    (section) =>
      (section.kind === 'main' || section.kind === 'independent') &&
      section.body.length > 0 &&
      (wholeClassOnly(section) ||
        isRound(textOf(section)) ||
        isSupervisedPractical(section) ||
        (minutesOf(section) ?? SHORTEST_EPISODE) < SHORTEST_EPISODE),
  );
  const pupilsWork = [...applyingEpisodes(plan).values()].some(
    (section) =>
      !wholeClassOnly(section) &&
      (FOLLOW_ON.test(section.heading) ||
        section.organisation.some((organisation) => organisation !== 'whole class')),
  );
  // "INTERVENTION GROUP with Miss Okafor (at the back table, 8 mins)": the lesson's small-group teaching is planned.
  const adultGroup = ruledOut.length > 0 && !pupilsWork ? findLine(plan, ADULT_LED_GROUP) : undefined;
  if (adultGroup !== undefined)
    return [
      {
        for: 'guided',
        line: adultGroup,
        message: `The plan's small-group teaching is its adult-led group ("${firstSentence(plan.lines[adultGroup - 1]!.trim(), 80)}"); the other episodes are led with the whole group or are under ten minutes, so no guided group of its own fits beside it.`,
      },
    ];
  if (ruledOut.length > 0 && !pupilsWork)
    return [
      {
        for: 'guided',
        message: `Each episode after the starter is led with the whole group, is a practical you must supervise, or is under ten minutes, so no guided group fits; if you want one, plan a 15-20 minute task ${forAdults(plan) ? 'learners' : 'pupils'} do on their own or in pairs.`,
      },
    ];
  // "Practice task: label the diagram" under a check for understanding: the plan does set pupils tasks,
  // in parts a guided group cannot be planned into; saying it sets none would be false.
  const partOf = (line: number) =>
    plan.sections.find((section) => section.line <= line && line <= section.endLine)?.kind;
  const set = planContent(plan).tasks.find(
    (task) =>
      task.forPupils === true &&
      !isStretch(task) &&
      ['mini-plenary', 'assessment', 'other'].includes(partOf(task.line) ?? 'starter'),
  );
  if (set !== undefined)
    return [
      {
        for: 'guided',
        line: set.line,
        message: `The plan's task ("${firstSentence(set.text, 80)}") sits inside "${set.section}", with no part of the lesson of its own; give it its own 15-20 minutes and a guided session for about six pupils can be built on it.`,
      },
    ];
  // "T = with me (focus group)": the plan's own rota already gives the teacher a group.
  const ownGroup = findLine(plan, OWN_FOCUS_GROUP);
  if (ownGroup !== undefined)
    return [
      {
        for: 'guided',
        line: ownGroup,
        message: `The plan already gives you a group of its own ("${firstSentence(plan.lines[ownGroup - 1] ?? '', 80)}"); write the task that group does with you, and its stages (objective, model, apply, review), and the session can be set out here.`,
      },
    ];
  return [
    {
      for: 'guided',
      message:
        'The plan sets no task for pupils after the main teaching; name one (for example "Independent: pupils write..."), and a guided session for about six pupils can be built on it.',
    },
  ];
}

/** The seven stages' minutes in a half-hour session, as the guidance paces them. */
const STAGE_MINUTES = [2, 5, 5, 6, 6, 4, 2];

/** The stages' minutes fitted to the session's length: a 20-minute session is not given 30 minutes of stages. */
function stageMinutes(length: number | undefined): number[] {
  const base = STAGE_MINUTES.reduce((sum, minutes) => sum + minutes, 0);
  if (length === undefined || length === base || length < 10 || length > 90) return STAGE_MINUTES;
  const scaled = STAGE_MINUTES.map((minutes) => Math.max(1, Math.round((minutes * length) / base)));
  // Rounding can leave a minute or two over or under: the longest stage takes the difference.
  const longest = scaled.indexOf(Math.max(...scaled));
  scaled[longest] = scaled[longest]! + length - scaled.reduce((sum, minutes) => sum + minutes, 0);
  return scaled;
}

/** How long the session runs: its stated length, else its parts' minutes together. */
function sessionLength(plan: LessonPlan): number | undefined {
  if (plan.lessonMinutes !== undefined) return plan.lessonMinutes;
  const parts = episodesOf(plan).filter((section) => section.within === undefined);
  const timed = parts.filter((section) => section.minutes !== undefined);
  return timed.length >= 2 && timed.length === parts.length
    ? timed.reduce((sum, section) => sum + section.minutes!, 0)
    : undefined;
}

/** "Group: 3 chn", "a group of 4 pupils": how many the session is for, 1 when the plan does not say. */
const GROUP_SIZE = /\bgroup(?: of)?:? ?(\d{1,2})\b|\b(\d{1,2}) (?:chn|children|pupils|students|learners)\b/i;

function groupSize(plan: LessonPlan): number {
  for (const line of plan.lines.slice(0, 30)) {
    const match = GROUP_SIZE.exec(line);
    if (match !== null) return Number(match[1] ?? match[2]);
  }
  return 1;
}

/** Verbs that name growth, not a skill to model: "Enhancing narrative writing skills", "Develop use of similes". */
const GROWING =
  /^(?:enhanc|develop|improv|extend|secur|consolidat|build|strengthen|deepen|embed|practis|practic)\w*\s+/i;

/** Whether the plan names a class teacher the tutor reports to (a school's intervention, not private tuition). */
const CLASS_TEACHER = /\b(?:class teacher|classroom teacher|form tutor|senco)\b/i;

/**
 * The seven-stage intervention and tuition sequence (Intervention), filled in for one objective.
 * Given the plan, a session record's "Focus for next lesson" is what the next session works on
 * (the session already delivered is not planned again), and the classroom link names a class
 * teacher only where the plan does.
 */
export function planInterventionSession(
  objective: string,
  context: { plan?: LessonPlan } = {},
): InterventionSessionPlan {
  // The reader finds a record's "Focus for next lesson"; the session already delivered is not planned again.
  const next = context.plan?.nextFocus?.find((item) => item.text.trim() !== '')?.text.trim();
  const { statement, verb, focus, terms } = objectiveTerms(next ?? objective);
  // "Develop use of figurative language" is modelled as the figurative language, not as "how to develop".
  const growing = verb === undefined || GROWING.test(`${verb} `);
  // "understanding of long division" is modelled as long division.
  const what = growing
    ? focus
        .replace(GROWING, '')
        .replace(/^(?:understanding|knowledge) (?:and knowledge |and understanding )?of\s/i, '')
    : focus;
  const skill = growing ? what.replace(/^use of\s/i, 'the use of ') : `how to ${verb} ${what}`;
  const key = keyTerm(terms, what, []).replace(GROWING, '');
  const teacher = context.plan?.lines.some((line) => CLASS_TEACHER.test(line.slice(0, 1000))) === true;
  // "Group: 3 chn": a small group, each of whom has a go, not one pupil.
  const group = context.plan !== undefined && groupSize(context.plan) > 1;
  const pupil = group ? 'each pupil' : 'the pupil';
  const Pupil = group ? 'Each pupil' : 'The pupil';
  const minutes = stageMinutes(context.plan === undefined ? undefined : sessionLength(context.plan));
  return {
    objective: statement,
    stages: [
      {
        stage: 'Introduce',
        minutes: minutes[0]!,
        what: `Give an overview: the objective ("${statement}") and what success will look like by the end.`,
      },
      {
        stage: 'Remember',
        minutes: minutes[1]!,
        what: `${next === undefined ? 'Recall the knowledge and skills this builds on' : 'Recall what the last session secured'}; pin down exactly what is to be developed about ${key} today.`,
      },
      {
        stage: 'Model',
        minutes: minutes[2]!,
        what: growing
          ? `Model ${skill}${skill.includes(',') ? ',' : ''} in a short example, thinking aloud: say each step and why you take it.`
          : `Demonstrate ${skill}, thinking aloud: say each step and why you take it.`,
      },
      {
        stage: 'Try',
        minutes: minutes[3]!,
        what: `${Pupil} has a go independently on a similar example while you watch and note any errors.`,
      },
      {
        stage: 'Apply',
        minutes: minutes[4]!,
        what: `Talk through any misconceptions the attempt revealed; ${pupil} then puts the new learning into practice on a fresh example.`,
      },
      {
        stage: 'Secure',
        minutes: minutes[5]!,
        what: `Consolidate with further practice and discussion: ${pupil} explains the method back in their own words.`,
      },
      {
        stage: 'Review',
        minutes: minutes[6]!,
        what: `${Pupil} reflects on what they learned and how they will use it ${teacher ? 'back in the classroom' : 'in their own work'}.`,
      },
    ],
    linkToClassroom: teacher
      ? `Tell the class teacher what was secured on "${statement}" and what to watch for, so the next lesson gives ${group ? 'them' : 'the pupil'} a chance to apply it.`
      : `Record what was secured on "${statement}" and what to watch for, so the next session starts from it and ${group ? 'they have' : 'the pupil has'} a chance to apply it.`,
  };
}

import { defineRule, type RuleReport } from '../../rule';
import { cutOffAt, isEarlyYears, isInterventionPlan, lessonEpisodes, namesOf } from '../evidence';
import { timingOnly } from '../read/recognisers/timing-only';
import { clockSpan } from '../timing';
import type { LessonPlan, PlanSection } from '../types';

/** Words of activities beyond which an untimed plan is a menu to choose from, not one lesson: about 15 minutes' reading aloud. */
const MENU_WORDS = 2000;

/** Words on the lines, counted with a loop over spaces. */
function wordsIn(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) {
    let inWord = false;
    for (let at = 0; at < line.length; at += 1) {
      const space = line[at] === ' ' || line[at] === '\t';
      if (!space && !inWord) count += 1;
      inWord = !space;
    }
  }
  return count;
}

/** "9:22 CARPET REVIEW": a part that opens with the clock time it starts at. */
const CLOCK_START = /^\d{1,2}[:.]\d{2} /;

/** A table row that opens with a span of the lesson's minutes: "0–10   | retrieval quiz + self-mark". */
const SPAN_ROW = /^\|? ?(\d{1,3}) ?[-–] ?(\d{1,3}) {0,8}\|/;
/** The fewest rows that make such spans a table of the lesson's timings. */
const SPAN_ROWS = 3;

/**
 * The first run of table rows whose spans follow on from the lesson's start ("0–10", "10–30", "30–50"):
 * its first line and the minutes it covers.
 */
function spanTable(lines: readonly string[]): { line: number; minutes: number } | undefined {
  let start = -1;
  let from = 0;
  let to = 0;
  let rows = 0;
  for (let index = 0; index <= lines.length; index += 1) {
    const match = index < lines.length ? SPAN_ROW.exec(lines[index]!.trim()) : null;
    const follows = match !== null && (rows === 0 ? Number(match[1]) <= 10 : Number(match[1]) === to);
    if (follows && Number(match![2]) > Number(match![1])) {
      if (rows === 0) [start, from] = [index, Number(match![1])];
      to = Number(match![2]);
      rows += 1;
      continue;
    }
    if (rows >= SPAN_ROWS) return { line: start + 1, minutes: to - from };
    rows = 0;
  }
  return undefined;
}

/**
 * "| 0–5 | Do Now | 4 recall Qs on slide |": a timings table's row shows its time and its part ("0–5 | Do Now"),
 * not what the teacher does in it.
 */
function timesOfRow(row: string): string | undefined {
  const cells = row.split('|').map((cell) => cell.trim());
  if (!row.trimStart().startsWith('|') || cells.length < 4 || !/\d/.test(cells[1]!)) return undefined;
  return `${cells[1]} | ${cells[2]}`;
}

/** The first line that writes a timed episode's minutes: its heading's, or the time-only line under it. */
function timeWritten(plan: LessonPlan, timed: readonly PlanSection[]): number | undefined {
  for (const episode of timed) {
    if (/\d/.test(plan.lines[episode.line - 1] ?? '')) return episode.line;
    const below = plan.lines[episode.line] ?? '';
    if (/\d/.test(below) && timingOnly.read(below.trim()) !== undefined) return episode.line + 1;
  }
  return undefined;
}

/** Minutes short of the lesson that still count as adding up: transitions take time too. */
const TOLERANCE = 5;
/** Minutes over the lesson that still count: more than this and something (most often the plenary) is squeezed. */
const OVER_TOLERANCE = 2;

/** Whether parts adding up to `sum` minutes fill a lesson of `total`: a little short for transitions, hardly over. */
const addsUp = (sum: number, total: number) => sum <= total + OVER_TOLERANCE && sum >= total - TOLERANCE;

/** The first two episodes whose clock times overlap ("9:55–10:25" then "10:20–10:35"), and by how much. */
function overlapping(episodes: readonly PlanSection[]): RuleReport<MessageId> | undefined {
  let previous: { span: { from: number; to: number }; text: string } | undefined;
  for (const episode of episodes) {
    const text = episode.heading.slice(0, 20);
    const span = clockSpan(text);
    if (span === undefined) continue;
    if (previous !== undefined && span.from < previous.span.to && span.from > previous.span.from)
      return {
        messageId: 'overlap',
        severity: 'suggestion',
        data: {
          first: clockText(previous.text),
          second: clockText(text),
          minutes: previous.span.to - span.from,
        },
        where: { kind: 'plan', line: episode.line },
      };
    previous = { span, text };
  }
  return undefined;
}

/** "9:55–10:25 Titration": the clock times a heading opens with. */
const clockText = (heading: string) => heading.split(' ', 1)[0]!;

type MessageId =
  | 'noTimings'
  | 'tooMuch'
  | 'untimed'
  | 'oneTimed'
  | 'mismatch'
  | 'overlap'
  | 'pacingDiffers'
  | 'timed';

/** Said once, for every part the pacing table and the body time differently ("Activity" 30 minutes, then "(20 min)"). */
function pacingDiffers(plan: LessonPlan): RuleReport<MessageId> | undefined {
  const rows = (plan.pacing?.entries ?? []).flatMap((entry) => {
    const section = plan.sections.find((candidate) => candidate.line === entry.heading);
    return section?.minutes === undefined || section.minutes === entry.minutes ? [] : [{ entry, section }];
  });
  if (rows.length === 0) return undefined;
  const list = (parts: string[]) =>
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return {
    messageId: 'pacingDiffers',
    data: {
      paced: list(rows.map(({ entry }) => `"${entry.label}" ${entry.minutes} minutes`)),
      body: list(rows.map(({ section }) => `${section.minutes}`)),
    },
    where: { kind: 'plan', line: rows[0]!.entry.line },
  };
}

export const timingsAddUp = defineRule<LessonPlan, MessageId>({
  id: 'lesson/timings-add-up',
  title: 'Episode timings that fit the lesson',
  guidance: 'hqtl/episodes',
  severity: 'info',
  messages: {
    noTimings:
      'How long will each episode take? Rough timings help protect time for the plenary, which is the part most often squeezed.',
    tooMuch:
      'The plan has about {words} words of activities and variations, and no timings: which of them will fit one lesson? Choosing two or three and timing them keeps time for the plenary, and the rest can follow next lesson.',
    untimed: 'How long are you planning for {episodes}? The other episodes have timings.',
    oneTimed: 'How long are you planning for {episodes}? So far only {timed} has a time.',
    mismatch:
      'The episode timings add up to {sum} minutes, but the lesson is {total} minutes. Which episode could give or take the difference?',
    overlap:
      'The times "{first}" and "{second}" overlap by {minutes} minutes: which part will give way, or is one meant to run inside the other?',
    pacingDiffers:
      'The pacing at the top gives {paced}, but the lesson itself gives {body}: which timing will you plan to?',
    timed: 'The episodes are timed, adding up to {sum} minutes.',
  },
  check(plan) {
    const episodes = lessonEpisodes(plan);
    if (episodes.length < 2) return [];
    const differs = pacingDiffers(plan);
    if (differs !== undefined) return [differs];
    const timed = episodes.filter((episode) => episode.minutes !== undefined);
    // A short tuition session's parts are paced by the pupil, so "how long each?" is not worth asking.
    if (timed.length === 0 && isInterventionPlan(plan)) return [];
    // "Rough pacing" over "0–10 | retrieval quiz + self-mark": a table of spans that times the lesson
    // where its prose parts do not say.
    const spans = timed.length === 0 ? spanTable(plan.lines) : undefined;
    if (spans !== undefined)
      return [
        {
          messageId: 'timed',
          severity: 'strength',
          data: { sum: spans.minutes },
          where: { kind: 'plan', line: spans.line },
        },
      ];
    if (timed.length === 0) {
      // A long menu of activities ("Variations", "Build your own", "Another way") is more than a
      // lesson holds: the question is which to choose, before how long each takes.
      const words = wordsIn(plan.lines.slice(episodes[0]!.line - 1, episodes[episodes.length - 1]!.endLine));
      return words > MENU_WORDS
        ? [
            {
              messageId: 'tooMuch',
              data: { words: Math.round(words / 100) * 100 },
              where: { kind: 'plan', line: episodes[0]!.line },
            },
          ]
        : isEarlyYears(plan)
          ? []
          : [{ messageId: 'noTimings', where: { kind: 'plan', line: episodes[0]!.line } }];
    }
    const sum = timed.reduce((total, episode) => total + episode.minutes!, 0);
    // A quick mini-plenary inside another episode is rarely timed on its own; and where the timed
    // parts already fill the lesson, an untimed one ("Exit ticket" under "Evaluate (8 minutes)") is
    // part of one of them.
    const filled = plan.lessonMinutes !== undefined && addsUp(sum, plan.lessonMinutes);
    const untimed = filled
      ? []
      : episodes.filter(
          // "9:22 CARPET REVIEW", the last of a timetable's clock starts, is timed by its start.
          (episode) =>
            episode.minutes === undefined &&
            episode.kind !== 'mini-plenary' &&
            !CLOCK_START.test(episode.heading) &&
            // An empty part ("PLENARY (   mins)") is asked what will happen in it, by lesson/empty-sections.
            episode.body.length > 0,
        );
    const overlap = overlapping(episodes);
    const reports: RuleReport<MessageId>[] = overlap === undefined ? [] : [overlap];
    // "The other episodes have timings" of a plan that times its starter alone would overstate it.
    if (untimed.length > 0)
      reports.push(
        timed.length === 1
          ? {
              messageId: 'oneTimed',
              data: { episodes: namesOf(untimed), timed: namesOf([timed[0]!]) },
              where: { kind: 'plan', line: untimed[0]!.line },
            }
          : {
              messageId: 'untimed',
              data: { episodes: namesOf(untimed) },
              where: { kind: 'plan', line: untimed[0]!.line },
            },
      );
    // A guided group usually runs alongside independent work, so it may be counted once or twice.
    const guided = timed
      .filter((episode) => episode.kind === 'guided')
      .reduce((total, episode) => total + episode.minutes!, 0);
    const concurrent = timed.some((episode) => episode.kind === 'independent') ? sum - guided : sum;
    // "50-60 Tidy up", "0-5 Changing": time the lesson gives to what is no part of the teaching.
    const housekeeping = plan.sections
      .filter(
        (section) =>
          section.kind === 'other' && section.teacherNote !== true && section.minutes !== undefined,
      )
      .reduce((total, section) => total + section.minutes!, 0);
    const total = plan.lessonMinutes;
    // A plan cut off part-way has timed only what it reached: its sum is no lesson's length to praise.
    if (total === undefined && cutOffAt(plan) !== undefined) return reports;
    if (total !== undefined) {
      const fits = addsUp(sum, total) || addsUp(concurrent, total) || addsUp(sum + housekeeping, total);
      const over = Math.min(sum, concurrent) > total + OVER_TOLERANCE;
      // Timings short of the lesson in a plan cut off mid-sentence are the cut, not the plan.
      const cut = cutOffAt(plan) !== undefined;
      if (!fits && !over && cut) return reports;
      const short = !fits && untimed.length === 0;
      if (over || short) {
        // Parts that do not fill the lesson they are for is a gap in the plan, not a note.
        reports.push({
          messageId: 'mismatch',
          severity: 'suggestion',
          data: { sum: Math.min(sum, concurrent), total },
          where: { kind: 'plan', line: episodes[0]!.line },
        });
      }
    }
    if (reports.length > 0) return reports;
    // The evidence is where the minutes are written: a pacing table's first row, else the first episode
    // whose line gives its time ("Starter (10 mins)"), or the time on the line below its name ("Practise" / "8 mins").
    const line = plan.pacing?.entries[0]?.line ?? timeWritten(plan, timed) ?? episodes[0]!.line;
    // "DO NOW (5 min)": a heading with its time shows the timing; the words after it on its line do not.
    const timedHeading = timed.find(
      (episode) => episode.line === line && /\d/.test(episode.heading),
    )?.heading;
    const times = timesOfRow(plan.lines[line - 1] ?? '') ?? timedHeading;
    return [
      {
        messageId: 'timed',
        severity: 'strength',
        data: { sum: total === undefined ? sum : addsUp(sum, total) ? sum : concurrent },
        where: { kind: 'plan', line },
        ...(times === undefined ? {} : { quote: times }),
      },
    ];
  },
});

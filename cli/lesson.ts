import { extname } from 'node:path';
import {
  analyseLessonPlan,
  type LessonAnalysis,
  type LessonInput,
  lessonToJson,
  type PlanFormat,
} from '../shared/lesson';
import type { PlanKind } from '../shared/lesson/types';
import type { Finding } from '../shared/rule';
import { type CliIO, EXIT, readInput, stylist } from './io';
import { writeJson } from './output';
import { DEFAULT_WIDTH, wrapParagraph, wrapReport } from './wrap';

const FORMATS: Record<string, PlanFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

/** How much a prompt asks, at a glance: "!" a warning, "?" a suggestion, "·" for information. */
function marker(prompt: Finding, style: ReturnType<typeof stylist>): string {
  if (prompt.severity === 'warning' || prompt.severity === 'urgent') return style('red', '!');
  return prompt.severity === 'info' ? style('dim', '·') : style('yellow', '?');
}

function where(finding: Finding): string {
  return finding.where?.kind === 'plan' && finding.where.line !== undefined
    ? `line ${finding.where.line}`
    : 'whole plan';
}

/** "Warm up 5'", "Teach 15 mins": the minutes after a part's name, shown once from the model instead. */
const TRAILING_TIMING = / \d{1,3} ?(?:['’]|mins?\.?|minutes)$/i;

const isSpace = (ch: string | undefined) => ch !== undefined && ch.trim() === '';

/**
 * A heading without its bracketed timings, "(10 mins)" or "[5']", and the spaces before them.
 * A loop rather than a regex, which would backtrack across a heading of many unclosed brackets.
 */
function withoutBracketedTimings(heading: string): string {
  // From the end back, where the next closing bracket is and whether a digit comes before it.
  const closer = new Array<number>(heading.length + 1).fill(-1);
  const digitBefore = new Array<number>(heading.length + 1).fill(-1);
  for (let i = heading.length - 1; i >= 0; i--) {
    const ch = heading[i]!;
    closer[i] = ch === ')' || ch === ']' ? i : closer[i + 1]!;
    digitBefore[i] = ch >= '0' && ch <= '9' ? i : digitBefore[i + 1]!;
  }
  let kept = '';
  let from = 0;
  for (let i = 0; i < heading.length; i++) {
    const ch = heading[i];
    if (ch !== '(' && ch !== '[') continue;
    const end = closer[i + 1]!;
    const digit = digitBefore[i + 1]!;
    if (end === -1 || digit === -1 || digit > end) continue;
    let start = i;
    while (start > from && isSpace(heading[start - 1])) start--;
    kept += heading.slice(from, start);
    from = end + 1;
    i = end;
  }
  return kept + heading.slice(from);
}

/** A heading without one separator ("-", ":", "|") at its end, and the spaces round it. */
function withoutTrailingSeparator(heading: string): string {
  const trimmed = heading.trimEnd();
  const last = trimmed[trimmed.length - 1];
  return last !== undefined && '-–—:|'.includes(last) ? trimmed.slice(0, -1).trimEnd() : heading;
}

/** The report a teacher reads: strengths, prompts with line numbers, questions and sessions. */

/** What the report calls the document, by what it reads as: a worksheet is not called a lesson plan. */
const DOCUMENT_NAMES: Record<PlanKind, string> = {
  lesson: 'Lesson plan',
  scheme: 'Scheme of work',
  tuition: 'Tuition session',
  'pupil-facing': 'Pupil worksheet',
  'not-a-plan': 'Document',
};

export function renderLessonReport(
  analysis: LessonAnalysis,
  file: string,
  color: boolean,
  width = DEFAULT_WIDTH,
): string {
  const style = stylist(color);
  const wrap = (text: string, indent: number, firstPrefix = '') =>
    wrapParagraph(text, width, indent, firstPrefix);
  const { plan } = analysis;
  const out: string[] = [];
  const heading = (text: string) => out.push('', style('bold', text));

  out.push(style('bold', `${DOCUMENT_NAMES[plan.kind ?? 'lesson']}: ${plan.title}`));
  const facts = [
    plan.subject,
    plan.yearGroup,
    plan.lessonMinutes === undefined ? undefined : `${plan.lessonMinutes} minutes`,
    file,
  ];
  out.push(style('dim', `  ${facts.filter((fact) => fact !== undefined).join(' · ')}`));
  if (plan.format === 'html')
    out.push(style('dim', '  Line numbers count the lines of text read from the page.'));
  const episodesLine = (sections: typeof plan.sections, label: string) => {
    // A step inside a timed part ("Explanation" in "Learning cycle 1 (20 mins)") is shown with its part.
    const episodes = sections.filter(
      (section) =>
        section.within === undefined &&
        ['starter', 'main', 'guided', 'independent', 'mini-plenary', 'plenary', 'intervention'].includes(
          section.kind,
        ),
    );
    if (episodes.length === 0) return;
    const shape = episodes.map((episode) => {
      // "Exit ticket (individual)" says its organisation already: it is not said again.
      const named = episode.heading.toLowerCase();
      const details = [
        episode.minutes === undefined ? undefined : `${episode.minutes} min`,
        episode.organisation.filter((organisation) => !named.includes(`(${organisation})`)).join(', '),
      ]
        .filter((detail) => detail !== undefined && detail !== '')
        .join('; ');
      // The timing is shown once, from the model, rather than again from the heading.
      const name =
        withoutTrailingSeparator(
          withoutBracketedTimings(episode.heading)
            .replace(TRAILING_TIMING, '')
            .replace(
              // "9:25 MINI-PLENARY": "MIN" there begins a word, not a unit.
              /^[\d:.'’\s–—-]+(?:(?:mins?|minutes?)\b)?\s*[:|–—-]?\s*/i,
              '',
            ),
        ) || episode.heading;
      return details === '' ? name : `${name} (${details})`;
    });
    out.push(wrap(`${label}: ${shape.join(' → ')}`, 4, '  '));
  };
  if (plan.sessions === undefined) {
    if (plan.record === true)
      out.push('  A record of a session already taught, not a plan for the next one.');
    episodesLine(plan.sections, 'Episodes');
  } else {
    // Several sessions in one document: each said apart, as the reader split them.
    const facts = plan.sessions.map((session) =>
      [session.subject, session.yearGroup].filter((fact) => fact !== undefined).join(' · '),
    );
    // Sessions told apart by their subject and year where those differ, else by their own names.
    const names = plan.sessions.map((session, index) =>
      new Set(facts).size === facts.length && facts[index] !== '' ? facts[index]! : session.title,
    );
    const what = plan.kind === 'tuition' ? 'tuition session' : 'session';
    const records = plan.record === true ? ' records' : 's';
    out.push(wrap(`${plan.sessions.length} ${what}${records}: ${names.join('; ')}`, 4, '  '));
    plan.sessions.forEach((session, index) => {
      episodesLine(session.sections, `Episodes, ${names[index]}`);
    });
  }

  heading(`Strengths (${analysis.strengths.length})`);
  if (analysis.strengths.length === 0)
    out.push('  None recognised yet: the prompts below suggest where to start.');
  for (const strength of analysis.strengths) {
    out.push(
      wrap(strength.message, 15, `  ${style('green', '✓')} ${style('cyan', where(strength).padEnd(10))} `),
    );
    if (strength.quote !== undefined) out.push(style('dim', wrap(`“${strength.quote}”`, 15, ' '.repeat(15))));
  }

  heading(`Prompts to consider (${analysis.prompts.length}), most important first`);
  const sources = new Set<string>();
  // The core only leaves no prompt when the plan has objectives, episodes and an ending.
  if (analysis.prompts.length === 0) out.push('  Nothing obvious is missing: the plan covers every check.');
  for (const prompt of analysis.prompts) {
    out.push(
      wrap(prompt.message, 15, `  ${marker(prompt, style)} ${style('cyan', where(prompt).padEnd(10))} `),
    );
    if (prompt.quote !== undefined) out.push(wrap(`“${prompt.quote}”`, 15, ' '.repeat(15)));
    // The source's title is the same for most prompts, so it is named once, after the list.
    const [source = '', ...section] = prompt.citation.split(' › ');
    sources.add(source);
    out.push(style('dim', wrap(`${section.join(' › ')} [${prompt.rule}]`, 15, ' '.repeat(15))));
  }
  if (sources.size > 0) out.push(style('dim', wrap(`Guidance cited: ${[...sources].join('; ')}`, 4, '  ')));

  // Where the plan lacks what a generator needs, what to add, said instead of a template.
  const toAdd = (what: string) => {
    for (const entry of analysis.toAdd.filter((candidate) => candidate.for === what)) {
      const line = entry.line === undefined ? '' : ` (line ${entry.line})`;
      out.push(wrap(`${entry.message}${line}`, 6, `  ${style('yellow', '+')} `));
    }
  };
  if (
    analysis.questions.length > 0 ||
    analysis.questionReview !== null ||
    analysis.toAdd.some((entry) => entry.for === 'questions')
  ) {
    heading('Question ladders (start inclusive, then ramp up the challenge)');
    if (analysis.questionReview !== null) out.push(wrap(analysis.questionReview, 4, '  '));
    toAdd('questions');
    for (const ladder of analysis.questions) {
      out.push(wrap(`Objective: ${ladder.objective}`, 4, '  '));
      for (const [index, rung] of ladder.ladder.entries()) {
        // Says which part of the plan a question was built on, so the teacher can find it.
        const source =
          rung.from === undefined || rung.from === 'objective'
            ? ''
            : style('dim', ` (your ${rung.from}${rung.line === undefined ? '' : `, line ${rung.line}`})`);
        out.push(
          wrap(
            `${rung.question}${source}`,
            20,
            `    ${index + 1}. ${style('cyan', rung.level.padEnd(11))}  `,
          ),
        );
      }
      if (ladder.toAdd !== undefined) out.push(wrap(ladder.toAdd, 6, `    ${style('yellow', '+')} `));
    }
  }

  if (analysis.talkPrompts.length > 0) {
    heading('Talk prompts (pupils justify and build on answers)');
    for (const prompt of analysis.talkPrompts) out.push(wrap(prompt, 6, '  • '));
  }

  if (analysis.hingeQuestions.length > 0 || analysis.toAdd.some((entry) => entry.for === 'hinge')) {
    heading('Hinge questions from the misconceptions');
    toAdd('hinge');
    for (const hinge of analysis.hingeQuestions) {
      out.push(
        wrap(hinge.fromPlan ? `${hinge.misconception}:` : `Misconception: ${hinge.misconception}`, 4, '  '),
      );
      out.push(wrap(hinge.question, 4, '    '));
      for (const [index, option] of hinge.options.entries()) {
        const verdict = option.correct
          ? style('green', 'correct')
          : style('dim', option.reveals ?? 'incorrect');
        out.push(wrap(`${option.answer} (${verdict})`, 9, `    ${String.fromCharCode(65 + index)}. `));
      }
    }
  }

  if (analysis.plenaryQuestions.length > 0 || analysis.toAdd.some((entry) => entry.for === 'plenary')) {
    heading('Plenary questions');
    toAdd('plenary');
    for (const question of analysis.plenaryQuestions) out.push(wrap(question, 6, '  • '));
  }

  const guided = analysis.guidedSession;
  if (guided !== null) {
    heading(
      `Guided session: about ${guided.groupSize} pupils, ${guided.minutes} minutes, after the main teaching`,
    );
    out.push(wrap(`Objective: ${guided.objective}`, 4, '  '));
    out.push(wrap(`Focus: ${guided.focus}`, 4, '  '));
    if (guided.task !== undefined)
      out.push(wrap(`Task: ${guided.task.text} (line ${guided.task.line})`, 4, '  '));
    for (const stage of guided.stages)
      out.push(wrap(`${stage.stage}: ${stage.what}`, 13, `  ${String(stage.minutes).padStart(2)} min  `));
    out.push(wrap(`Rest of the class: ${guided.restOfClass}`, 4, '  '));
  }

  if (guided === null && analysis.toAdd.some((entry) => entry.for === 'guided')) {
    heading('Guided session');
    toAdd('guided');
  }

  const intervention = analysis.interventionSession;
  if (intervention !== null) {
    heading('Intervention session: introduce → remember → model → try → apply → secure → review');
    out.push(wrap(`Objective: ${intervention.objective}`, 4, '  '));
    for (const stage of intervention.stages) {
      out.push(wrap(`${stage.stage}: ${stage.what}`, 13, `  ${String(stage.minutes).padStart(2)} min  `));
    }
    out.push(wrap(`Back in the classroom: ${intervention.linkToClassroom}`, 4, '  '));
  }
  // Headings and facts are not wrapped above; a narrow terminal wraps them too.
  return `${wrapReport(out.join('\n'), width)}\n`;
}

/** `trajectory lesson <plan> [--json]`: reads a plan file and prints prompts, questions and sessions. */
export async function lessonCommand(options: { file: string; json: boolean }, io: CliIO): Promise<number> {
  const text = readInput(options.file);
  const format = FORMATS[extname(options.file).toLowerCase()];
  const input: LessonInput = format === undefined ? { text } : { text, format };
  const analysis = analyseLessonPlan(input);
  if (options.json) await writeJson(lessonToJson(analysis), io);
  else io.out(renderLessonReport(analysis, options.file, io.color, io.width));
  return EXIT.done;
}

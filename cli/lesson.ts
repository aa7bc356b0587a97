import { extname } from 'node:path';
import {
  analyseLessonPlan,
  type LessonAnalysis,
  type LessonInput,
  lessonToJson,
  type PlanFormat,
} from '../shared/lesson';
import type { Finding } from '../shared/rule';
import { type CliIO, EXIT, readInput, stylist } from './io';
import { DEFAULT_WIDTH, wrapParagraph, wrapReport } from './wrap';

const FORMATS: Record<string, PlanFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

function where(finding: Finding): string {
  return finding.where?.kind === 'plan' && finding.where.line !== undefined
    ? `line ${finding.where.line}`
    : 'whole plan';
}

/** The report a teacher reads: strengths, prompts with line numbers, questions and sessions. */
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

  out.push(style('bold', `Lesson plan: ${plan.title}`));
  const facts = [
    plan.subject,
    plan.yearGroup,
    plan.lessonMinutes === undefined ? undefined : `${plan.lessonMinutes} minutes`,
    file,
  ];
  out.push(style('dim', `  ${facts.filter((fact) => fact !== undefined).join(' · ')}`));
  if (plan.format === 'html')
    out.push(style('dim', '  Line numbers count the lines of text read from the page.'));
  const episodes = plan.sections.filter((section) =>
    ['starter', 'main', 'guided', 'independent', 'mini-plenary', 'plenary', 'intervention'].includes(
      section.kind,
    ),
  );
  if (episodes.length > 0) {
    const shape = episodes.map((episode) => {
      const details = [
        episode.minutes === undefined ? undefined : `${episode.minutes} min`,
        episode.organisation.join(', '),
      ]
        .filter((detail) => detail !== undefined && detail !== '')
        .join('; ');
      // The timing is shown once, from the model, rather than again from the heading.
      const name =
        episode.heading
          .replace(/\s*[([][^)\]]*\d[^)\]]*[)\]]/g, '')
          .replace(/^[\d:.'’\s–—-]+(?:mins?|minutes?)?\s*[:|–—-]?\s*/i, '')
          .replace(/\s*[-–—:|]\s*$/, '') || episode.heading;
      return details === '' ? name : `${name} (${details})`;
    });
    out.push(wrap(`Episodes: ${shape.join(' → ')}`, 4, '  '));
  }

  heading(`Strengths (${analysis.strengths.length})`);
  if (analysis.strengths.length === 0)
    out.push('  None recognised yet: the prompts below suggest where to start.');
  for (const strength of analysis.strengths) {
    out.push(
      wrap(strength.message, 15, `  ${style('green', '✓')} ${style('cyan', where(strength).padEnd(10))} `),
    );
  }

  heading(`Prompts to consider (${analysis.prompts.length})`);
  const sources = new Set<string>();
  if (analysis.prompts.length === 0) out.push('  Nothing to add: the plan covers every check.');
  for (const prompt of analysis.prompts) {
    out.push(
      wrap(prompt.message, 15, `  ${style('yellow', '?')} ${style('cyan', where(prompt).padEnd(10))} `),
    );
    // The source's title is the same for most prompts, so it is named once, after the list.
    const [source = '', ...section] = prompt.citation.split(' › ');
    sources.add(source);
    out.push(style('dim', wrap(`${section.join(' › ')} [${prompt.rule}]`, 15, ' '.repeat(15))));
  }
  if (sources.size > 0) out.push(style('dim', wrap(`Guidance cited: ${[...sources].join('; ')}`, 4, '  ')));

  if (analysis.questions.length > 0) {
    heading('Question ladders (start inclusive, then ramp up the challenge)');
    for (const ladder of analysis.questions) {
      out.push(wrap(`Objective: ${ladder.objective}`, 4, '  '));
      for (const [index, rung] of ladder.ladder.entries()) {
        out.push(wrap(rung.question, 20, `    ${index + 1}. ${style('cyan', rung.level.padEnd(11))}  `));
      }
    }
  }

  heading('Talk prompts (pupils justify and build on answers)');
  for (const prompt of analysis.talkPrompts) out.push(wrap(prompt, 6, '  • '));

  if (analysis.hingeQuestions.length > 0) {
    heading('Hinge questions from the misconceptions');
    for (const hinge of analysis.hingeQuestions) {
      out.push(wrap(`Misconception: ${hinge.misconception}`, 4, '  '));
      out.push(wrap(hinge.question, 4, '    '));
      for (const [index, option] of hinge.options.entries()) {
        const verdict = option.correct
          ? style('green', 'correct')
          : style('dim', option.reveals ?? 'incorrect');
        out.push(wrap(`${option.answer} (${verdict})`, 9, `    ${String.fromCharCode(65 + index)}. `));
      }
    }
  }

  heading('Plenary questions');
  for (const question of analysis.plenaryQuestions) out.push(wrap(question, 6, '  • '));

  const guided = analysis.guidedSession;
  if (guided !== null) {
    heading(
      `Guided session: about ${guided.groupSize} pupils, ${guided.minutes} minutes, after the main teaching`,
    );
    out.push(wrap(`Objective: ${guided.objective}`, 4, '  '));
    out.push(wrap(`Focus: ${guided.focus}`, 4, '  '));
    for (const stage of guided.stages)
      out.push(wrap(`${stage.stage}: ${stage.what}`, 13, `  ${String(stage.minutes).padStart(2)} min  `));
    out.push(wrap(`Rest of the class: ${guided.restOfClass}`, 4, '  '));
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
  if (options.json) io.out(`${JSON.stringify(lessonToJson(analysis), null, 2)}\n`);
  else io.out(renderLessonReport(analysis, options.file, io.color, io.width));
  return EXIT.done;
}

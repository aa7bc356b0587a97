import { describe, expect, it } from 'vitest';
import { planRecognised } from '../../../shared/lesson/rules/plan-recognised';
import type { LessonPlan, PlanKind } from '../../../shared/lesson/types';
import { formatMessage } from '../../../shared/rule';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

/** A plan as the reader would hand it over once it has decided what the document is. */
const readAs = (kind: PlanKind, text: string[]): LessonPlan => ({ ...plan(text), kind });

/** A plan the reader has not decided about, as an older reader or another source hands it over. */
function undecided(text: string[]): LessonPlan {
  const { kind: _, ...rest } = plan(text);
  return rest;
}

testRule<LessonPlan, LessonPlan>(planRecognised, (subject) => subject, {
  valid: [
    {
      name: 'a lesson with an objective, episodes and an ending',
      input: plan([
        'LO: To explain how levers work',
        'Starter: name three levers',
        'Main: test three levers',
        'Plenary: which lever needs least effort?',
      ]),
      strengths: [],
    },
    {
      name: 'a tuition session by its title',
      input: plan(['1:1 tuition: fractions', 'We began by reviewing halves']),
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'a lesson with an objective and one episode: what it lacks, held back while other prompts say more',
      input: plan(['LO: To explain how levers work', 'Main: test three levers']),
      messages: [{ messageId: 'incomplete', data: { lacks: 'lesson episodes or ending' } }],
    },
    {
      name: 'episodes without an objective are still a lesson, not yet complete',
      input: plan(['Starter: quiz', 'Main: worksheet', 'Plenary: recap']),
      messages: [{ messageId: 'incomplete', data: { lacks: 'learning objective' } }],
    },
    {
      name: 'the reader calls it a lesson',
      input: readAs('lesson', ['LO: To explain how levers work', 'Main: test three levers']),
      messages: ['incomplete'],
    },
    { name: 'nothing but spaces', input: plan(['   ', '\t']), messages: ['nothingToRead'] },
    {
      name: 'a note the reader calls not a plan: one honest line',
      input: plan(['fractions – worksheet p.34 / HW finish sheet']),
      messages: ['notAPlan'],
    },
    {
      name: 'prose with no headings, not yet decided: what the planning flow expects',
      input: undecided(['We met on Tuesday. Present: Ann, Bob.', 'Action: Bob to order books.']),
      messages: ['unrecognised'],
    },
    {
      name: 'meeting minutes the reader calls not a plan',
      input: readAs('not-a-plan', ['Minutes of the department meeting', 'Action: Bob to order books.']),
      messages: ['notAPlan'],
    },
    {
      name: 'a brief plan of activity notes the reader found: what it lists, and what the flow expects',
      input: {
        ...plan([
          'Y8 Sci – P2 Weds',
          'recap quiz on cells – 5 qs on board',
          'read p.34 aloud',
          'HW finish sheet',
        ]),
        kind: 'lesson',
        activities: [
          { text: 'recap quiz on cells – 5 qs on board', line: 2 },
          { text: 'read p.34 aloud', line: 3 },
          { text: 'HW finish sheet', line: 4 },
        ],
      },
      messages: [{ messageId: 'brief', line: 2, quote: 'recap quiz on cells – 5 qs on board' }],
    },
    {
      name: 'a pupil worksheet',
      input: readAs('pupil-facing', ['Name: ______', '1. Add 3/4 and 1/8', '2. Explain your method']),
      messages: ['pupilFacing'],
    },
    {
      name: 'a scheme the reader recognised',
      input: readAs('scheme', ['LO: To add fractions', 'Main: worksheet']),
      messages: ['scheme'],
    },
    {
      name: 'a page headed as a scheme of work, read as one before the reader decides',
      input: undecided(['# Lessons', '## Scheme of Work', '### Year 7', '* Place value', '* Ratio']),
      messages: ['scheme'],
    },
    {
      name: 'three numbered lessons, read as a scheme',
      input: undecided([
        '## Lesson 1: Graph paper programming',
        'Objectives:',
        '- Understand algorithms',
        '## Lesson 2: Paper airplanes',
        'Objectives:',
        '- Decompose activities',
        '## Lesson 3: Maze',
        'Objectives:',
        '- Order commands',
      ]),
      messages: ['scheme'],
    },
  ],
});

describe('what the notice tells a new teacher about a scheme', () => {
  const notice = (text: string[]) => {
    const reports = planRecognised.check(plan(text));
    expect(reports.map((report) => report.messageId)).toEqual(['scheme']);
    return formatMessage(planRecognised.messages.scheme, reports[0]!.data);
  };

  it('counts topic titles as topics, with the years they span, and promises no ladders', () => {
    const text = notice([
      '# Maths',
      '## Scheme of Work',
      '### Year 7',
      '* Place value',
      '* Ratio',
      '### Year 8',
      '* Solving equations',
      '### Year 9',
      '* Expanding brackets',
    ]);
    expect(text).toContain(
      '4 topic titles for Years 7–9, with no objectives, success criteria, assessment or progression steps to review',
    );
    expect(text).not.toMatch(/ladder|lessons? each/);
  });

  it('names lessons with objectives and a placeholder objective, and promises no ladders', () => {
    const text = notice([
      '## Lesson 1: Sequencing',
      'Objectives:',
      '- Order instructions into a sequence.',
      '## Lesson 2: Loops',
      'Objectives:',
      '- Use a loop to repeat a step.',
      '## Lesson 3: Angles',
      'Objectives:',
      '- Something about calculating angles.',
      'Assessment: end of unit quiz. Progression: builds on Year 2 sequencing.',
    ]);
    expect(text).toContain('3 lessons, each with its own objectives, but no success criteria to review');
    expect(text).toContain(
      'One objective is still a placeholder, at line 9: “Something about calculating angles”.',
    );
    // No promise of ladders: how many are built depends on what the plan gives them to climb from.
    expect(text).not.toContain('question ladders');
  });

  it('says a weekly grid is one, and where a scheme stops part-way', () => {
    const grid = notice([
      'Phase 3 Week 2 Objectives and criteria for success: Practise blending for reading. Mon Tue Thurs Revisit and Review ...',
    ]);
    expect(grid).toContain('a weekly grid of 3 sessions');
    const cut = notice([
      'Stage planner: Primary 5 Context Greetings MLAN 2-01a MLAN 2-01b Success Criteria Respond to greetings.',
      'Number MLAN 2-01a MLAN 2-06a Calendar MLAN2-01a MLAN 2-0',
    ]);
    expect(cut).toContain('It stops part-way, at “…MLAN 2-06a Calendar MLAN2-01a MLAN 2-0”, so');
    expect(cut).not.toMatch(/line \d/);
  });
});

describe('what the notice tells a teacher about a brief plan', () => {
  it('quotes what it lists and names, in order, what the planning flow expects', () => {
    const activities = [
      { text: "recap ch2 quiz – 10 q's on board, swap + mark", line: 2 },
      { text: 'key words on board – itinerant, migrant worker, ranch hand', line: 3 },
      { text: 'read ch3 aloud (me + volunteers)', line: 4 },
      { text: "HW finish q's for Fri", line: 5 },
    ];
    const [report] = planRecognised.check({ ...plan(['Y9 Eng – P3 Tues']), kind: 'lesson', activities });
    const text = formatMessage(planRecognised.messages.brief, report!.data);
    expect(text).toContain(
      "a list of 4 activities (“recap ch2 quiz – 10 q's…”, “key words on board – itinerant…”, “read ch3 aloud (me + volunteers)” and 1 more), with no objective, success criteria, timings or ending yet",
    );
    expect(text).toMatch(
      /1\. a learning objective; 2\. success criteria .*; 3\. the lesson as episodes .*timing; 4\. an ending/,
    );
  });

  it('does not call missing the timings or ending its notes give', () => {
    const activities = [
      { text: '10 mins recap quiz on board', line: 2 },
      { text: 'read ch3 aloud', line: 3 },
      { text: 'plenary: exit ticket on Curley', line: 4 },
    ];
    const [report] = planRecognised.check({ ...plan(['Y9 Eng']), kind: 'lesson', activities });
    const text = formatMessage(planRecognised.messages.brief, report!.data);
    expect(text).toContain('with no objective or success criteria yet');
  });
});

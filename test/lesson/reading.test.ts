import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonToJson, parseLessonPlan, planOfSession } from '../../shared/lesson';
import { analyseLessonPlan } from '../../shared/lesson/analyse';
import { planContent } from '../../shared/lesson/content';
import type { PlanKind, SectionKind } from '../../shared/lesson/types';
import { EPISODE_KINDS } from '../../shared/lesson/vocabulary';
import { FIXTURES } from './fixture-files';

const read = (name: string) => {
  const text = readFileSync(join(FIXTURES, 'reading', name), 'utf8');
  const format = name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text';
  return parseLessonPlan({ text, format });
};

interface Reading {
  kind: PlanKind;
  objectives: string[];
  criteria?: string[];
  /** The episodes in order: kind, minutes from the body (or the pacing table), and the table's own minutes. */
  episodes: [SectionKind, number | undefined, number?][];
}

/** How a mentor reads each of the layouts teachers use; one fixture to a layout. */
const READINGS: Record<string, Reading> = {
  'pacing-guide-do-now.md': {
    kind: 'lesson',
    objectives: [
      'Trace a while loop and predict its output.',
      'Write a while loop that stops on a condition.',
    ],
    episodes: [
      ['starter', 5, 5],
      ['main', 15, 15],
      // The body says 20 where the table says 25: both are kept for the audit to name.
      ['main', 20, 25],
      ['plenary', 5, 5],
    ],
  },
  'teaching-summary-headings.md': {
    kind: 'lesson',
    objectives: ['Sort details into safe and unsafe to share', 'Explain why a password is kept private'],
    episodes: [
      ['starter', 15, 15],
      ['main', 20, 25],
      ['plenary', 10, 10],
    ],
  },
  'all-most-some-headings.md': {
    kind: 'lesson',
    objectives: ['Understand that mixtures can be separated by physical means'],
    criteria: [
      'Name two ways of separating a mixture',
      'Explain why filtering removes the sand',
      'Record results in a table',
      'Evaluate which method gives the purest salt',
    ],
    episodes: [
      ['starter', undefined],
      ['main', undefined],
      ['main', undefined],
      ['plenary', undefined],
    ],
  },
  'five-e-science.txt': {
    kind: 'lesson',
    objectives: [],
    episodes: [
      ['starter', undefined],
      ['main', undefined],
      ['main', undefined],
      ['main', undefined],
      ['plenary', undefined],
    ],
  },
  'oak-outcome-cycles.md': {
    kind: 'lesson',
    objectives: ['I can write a formal letter that uses the conventions of the form.'],
    episodes: [
      ['main', undefined],
      ['main', undefined],
      ['plenary', undefined],
    ],
  },
  'by-the-end-grid.txt': {
    kind: 'lesson',
    objectives: ['Explain what a frame is', 'Create a short animation of ten frames'],
    episodes: [
      ['starter', 10],
      ['main', 30],
      ['plenary', 10],
    ],
  },
  'bell-work-closure.txt': {
    kind: 'lesson',
    objectives: ['To explain why trade routes grew along rivers'],
    episodes: [
      ['starter', 5],
      ['starter', undefined],
      ['main', 15],
      ['independent', 15],
      ['plenary', 5],
    ],
  },
  'flattened-slash-grid.txt': {
    kind: 'lesson',
    objectives: ['Be able to greet someone in Spanish', 'Be able to say your name'],
    // The first row introduces the session and finds out what learners know: the starter.
    episodes: [
      ['starter', 10],
      ['main', 15],
      ['main', 10],
    ],
  },
  'scheme-of-lessons.md': {
    kind: 'scheme',
    objectives: [
      'Describe a force as a push or a pull.',
      'Measure a force with a newton meter.',
      'Explain how friction affects motion.',
      'Predict the motion of an object from the forces on it.',
    ],
    episodes: [],
  },
  'scheme-titles-only.md': { kind: 'scheme', objectives: [], episodes: [] },
  'tuition-record.md': {
    kind: 'tuition',
    objectives: ["Improving {student's name} confidence with long division."],
    episodes: [],
  },
  'worksheet-pupil-facing.txt': { kind: 'pupil-facing', objectives: [], episodes: [] },
  // An online lesson page for pupils: it speaks to them little, but its cues ("Let's get ready", "You will
  // need", "Start lesson") are a pupil's, and no teacher times its parts.
  // Its key learning points are read as Oak's criteria, and its quiz links as untimed parts; neither is
  // audited, as the page is no teacher's plan.
  'online-pupil-page.html': {
    kind: 'pupil-facing',
    objectives: ['I can name and describe the layers of the Earth.'],
    criteria: [
      'The Earth is made of four layers: the crust, the mantle, the outer core and the inner core.',
      'The crust is the thin, rocky layer we live on.',
    ],
    episodes: [
      ['starter', undefined],
      ['plenary', undefined],
    ],
  },
  'meeting-minutes.txt': { kind: 'not-a-plan', objectives: [], episodes: [] },
  'note-not-a-plan.txt': { kind: 'not-a-plan', objectives: [], episodes: [] },
  'prose-no-headings.txt': { kind: 'not-a-plan', objectives: [], episodes: [] },
  'two-column-pacing.md': {
    kind: 'lesson',
    // The table's row of column names straight under the objective is not a second objective.
    objectives: ['To create a short animation using costume changes.'],
    episodes: [
      ['starter', 10],
      ['main', 30],
      ['plenary', 10],
    ],
  },
  'two-tuition-records.md': {
    kind: 'tuition',
    objectives: [
      "Strengthening {pupil}'s understanding of how electrical circuits work.",
      "Building {pupil}'s fluency when reading aloud.",
    ],
    episodes: [],
  },
  'week-of-daily-plans.md': {
    kind: 'lesson',
    objectives: [
      'To recognise coins and notes and say their value.',
      'To find different ways of making the same amount.',
    ],
    episodes: [
      ['starter', 5],
      ['main', 30],
      ['plenary', 5],
      ['starter', 5],
      ['main', 30],
      ['plenary', 5],
    ],
  },
  'activity-subheadings.md': {
    kind: 'lesson',
    objectives: ['To choose a method to separate a mixture and explain why it works.'],
    episodes: [
      ['starter', 10],
      ['main', 30],
      ['plenary', 10],
    ],
  },
  'lesson-with-transcript.md': {
    kind: 'lesson',
    objectives: ['To identify three persuasive techniques in a speech.'],
    // "Plenary:" and "Main point:" inside the transcript are what was said, not parts of the lesson.
    episodes: [
      ['starter', 5],
      ['plenary', 10],
    ],
  },
  'extra-grade6-earth-science-5e-weathering.md': {
    kind: 'lesson',
    // "Objectives – Students will be able to (SWBAT):" introduces the three; it is not one.
    objectives: [
      'Distinguish between weathering and erosion using examples.',
      'Identify at least three agents of erosion (water, wind, ice, gravity).',
      'Use evidence from a stream-table model to explain how moving water changes the land.',
    ],
    // The exit ticket is EVALUATE's; "Reflection (after lesson)" is no part of the lesson.
    episodes: [
      ['starter', 5],
      ['main', 15],
      ['main', 12],
      ['main', 10],
      ['plenary', 8],
    ],
  },
  'extra-y4-maths-equivalent-fractions.md': {
    kind: 'lesson',
    // The National Curriculum statement in brackets is where the WALT comes from, not a second objective.
    objectives: ['recognise and show, using diagrams, families of common equivalent fractions.'],
    criteria: [
      'I can use a fraction wall to find fractions that are the same size.',
      'I can explain why 2/4 is the same as 1/2.',
      'I can find an equivalent fraction by multiplying the numerator and the denominator by the same number.',
    ],
    episodes: [
      ['starter', undefined],
      ['main', undefined],
      ['independent', undefined],
      ['plenary', undefined],
    ],
  },
  'extra-y3-guided-reading-carousel.md': {
    kind: 'lesson',
    objectives: [
      "to make inferences about a character's feelings, thoughts and motives and justify them with evidence from the text.",
      'Secondary focus: retrieval (2b) for Hedgehogs group.',
    ],
    // "- **5 mins** – Whole-class intro", "- **20 mins** – Carousel", "- **5 mins** – Plenary".
    episodes: [
      ['starter', 5],
      ['main', 20],
      ['plenary', 5],
    ],
  },
  // A "Time" column of minutes into the lesson ("0–10", "10–25") times the numbered headings below it.
  'overview-table-numbered-headings.md': {
    kind: 'lesson',
    objectives: [
      'To describe the benefits of living near a volcano.',
      'To explain why the risks do not stop people living there.',
    ],
    episodes: [
      ['starter', 10, 10],
      ['main', 15, 15],
      ['main', 25, 25],
      ['plenary', 10, 10],
    ],
  },
  // Parts as labelled paragraphs: "Model para (...):" and "Task:" are everyday words, but each opens a part here.
  'paragraph-parts-thin.txt': {
    kind: 'lesson',
    objectives: [],
    episodes: [
      ['starter', undefined],
      ['main', undefined],
      ['main', undefined],
    ],
  },
  // A Word table saved as plain text: a cell to a line, the column names once, each time alone over its row.
  'word-table-as-text.txt': {
    kind: 'lesson',
    objectives: ['find equivalent fractions using a fraction wall'],
    criteria: [
      'I can use the fraction wall to find a fraction the same size',
      'I can explain why two fractions are equivalent',
    ],
    episodes: [
      ['starter', 10],
      ['main', 25],
      ['plenary', 10],
    ],
  },
  // A terse plan written as its steps, a line each and no headings: each step a part, timed how the teacher jots it.
  'brief-steps.txt': {
    kind: 'lesson',
    objectives: [],
    episodes: [
      ['starter', 7],
      ['main', 15],
      ['independent', 20],
      ['plenary', 5],
    ],
  },
  // A lesson page's outcome under its title, with no label (Oak's pupil lesson outcome); tags come before the title.
  'page-outcome-under-title.md': {
    kind: 'lesson',
    objectives: [
      "I can describe what happens to an object's motion when the forces on it are balanced or unbalanced.",
    ],
    criteria: [
      "Balanced forces leave an object's motion unchanged.",
      'Unbalanced forces change its speed or direction.',
    ],
    episodes: [
      ['main', undefined],
      ['main', undefined],
      ['independent', undefined],
      ['plenary', undefined],
    ],
  },
  // A Welsh school's bilingual template: each label in Welsh then English, and a moment inside a part
  // ("10' before end of the task") is no part of its own.
  'bilingual-template.txt': {
    kind: 'lesson',
    objectives: [
      'To explain how a lever makes a load easier to lift.',
      'To compare levers with the pivot in different places.',
    ],
    criteria: [
      'I can label the load, effort and pivot on a lever',
      'I can say what happens when the pivot moves closer to the load',
    ],
    episodes: [
      ['starter', 10],
      ['main', 30],
      ['plenary', 10],
    ],
  },
  // Objectives set out as a table: the objective column's cells, without its row of column names;
  // the timeline's last row, "Exit", is the lesson's end.
  'objectives-table.md': {
    kind: 'lesson',
    objectives: [
      'Explain why a monopolist restricts output',
      'Evaluate whether monopoly is always inefficient',
    ],
    episodes: [
      ['starter', 10],
      ['main', 30],
      ['main', 15],
      ['plenary', 5],
    ],
  },
  // A lesson told in the teacher's paragraphs, with no headings: each paragraph that opens a phase is a part,
  // and the misconception between them is a note on the part before it.
  'prose-phases.txt': {
    kind: 'lesson',
    objectives: [],
    episodes: [
      ['starter', undefined],
      ['main', undefined],
      ['main', undefined],
      ['plenary', undefined],
    ],
  },
  // Prose with one part labelled ("Independent writing: ..."): the labelled part is a phase among the
  // paragraphs, and the aims said mid-paragraph ("By the end of the lesson I want them to be able to X,
  // to Y, and to Z") are its objectives.
  'prose-with-one-labelled-part.txt': {
    kind: 'lesson',
    objectives: [
      'explain how the poll tax led to the revolt',
      'compare the poll tax with the Statute of Labourers as causes',
      'use a source to support a judgement',
    ],
    episodes: [
      ['starter', 8],
      ['main', undefined],
      ['main', undefined],
      ['independent', undefined],
      ['plenary', undefined],
    ],
  },
  // A US 5E plan: "Teacher demo:" under Materials lists the demo's kit, not a part of the lesson, and
  // "Guided notes (fill in the blanks)" is a sheet in the explanation, not a guided group.
  'us-5e-materials-demo.md': {
    kind: 'lesson',
    objectives: [
      'classify a change as physical or chemical using evidence',
      'explain why a new substance is a sign of a chemical change',
    ],
    episodes: [
      ['starter', 5],
      ['main', 15],
      ['main', 10],
      ['main', 10],
      ['plenary', 5],
    ],
  },
  // A Doc's table flattened a cell to a line: its column names ("LO", "Success Criteria", "Resources"),
  // then every cell of its row; each line goes back to the column its opening says.
  'column-names-then-cells.txt': {
    kind: 'lesson',
    objectives: ["To explain how a plant's roots take up water"],
    criteria: ['I can name the parts of a plant', 'I can describe how water travels up the stem'],
    episodes: [
      ['starter', 10],
      ['main', 30],
      ['plenary', 10],
    ],
  },
  // Lines that open with spans of minutes into the lesson, with no unit: each span is a part, its length the
  // span's; the register with a recap opens the lesson, and clearing up is timed but teaches nothing.
  'elapsed-minute-lines.txt': {
    kind: 'lesson',
    objectives: ['To use the line bender safely to form an accurate 90 degree bend'],
    episodes: [
      ['starter', 10],
      ['main', 10],
      ['main', 50],
    ],
  },
  // A Reception session timed by its clock starts alone ("10:00 Revisit & review", "10:04 Teach"): each
  // start opens a part lasting until the next; "Today: To..." states its objectives, one to a sentence;
  // the carpet review is its plenary, timed only by its start.
  'clock-starts-early-years.txt': {
    kind: 'lesson',
    objectives: ['To show 5 in different ways', 'To say how many are hidden'],
    episodes: [
      ['starter', 4],
      ['main', 5],
      ['independent', 5],
      ['main', 4],
      ['plenary', undefined],
    ],
  },
  // A head of department's prose plan: each paragraph opens with its part's name and minutes in brackets,
  // its text running on ("Story of the night (10). Tell the story..."); the Do Now opens the lesson.
  'prose-bracketed-parts.txt': {
    kind: 'lesson',
    objectives: [
      'To explain the causes of the sinking of the Titanic.',
      'To judge which cause mattered most.',
    ],
    episodes: [
      ['starter', 5],
      ['main', 10],
      ['main', 15],
      ['independent', 20],
      ['plenary', 10],
    ],
  },
  // A tutor's record whose parts open with their minutes in brackets ("(15) Expanding double brackets."),
  // the last session's notes its prior learning.
  'tutoring-minutes-first.txt': {
    kind: 'tuition',
    objectives: ['Expand double brackets', 'Factorise simple quadratics'],
    episodes: [
      ['starter', 5],
      ['main', 15],
      ['main', 20],
      ['main', 10],
      ['main', 10],
    ],
  },
  // A PE plan's parts with their minutes in primes after the name ("Skill 8' – ..."): each a part, the
  // joined "Cool down + plenary" its ending.
  'pe-primed-minutes.txt': {
    kind: 'lesson',
    objectives: ['To return the ball over the net with a forehand shot.'],
    episodes: [
      ['starter', 5],
      ['main', 8],
      ['main', 10],
      ['main', 12],
      ['plenary', 5],
    ],
  },
  'extra-y9-english-omam-ch3.md': { kind: 'lesson', objectives: [], episodes: [] },
  'extra-y8-maths-homework-circles.md': { kind: 'pupil-facing', objectives: [], episodes: [] },
};

describe('reading the layouts teachers use', () => {
  it.each(Object.keys(READINGS))('%s', (name) => {
    const plan = read(name);
    const expected = READINGS[name]!;
    expect({
      kind: plan.kind,
      objectives: plan.objectives.map((objective) => objective.text),
      criteria: plan.successCriteria.map((criterion) => criterion.text),
      episodes: plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) =>
          section.pacedMinutes === undefined
            ? [section.kind, section.minutes]
            : [section.kind, section.minutes, section.pacedMinutes],
        ),
    }).toEqual({ ...expected, criteria: expected.criteria ?? [] });
  });

  it('keeps a pacing table apart from the episodes, each entry pointing at the heading it times', () => {
    const plan = read('pacing-guide-do-now.md');
    expect(plan.pacing?.entries.map(({ label, minutes, heading }) => [label, minutes, heading])).toEqual([
      ['Do Now', 5, 27],
      ['Lesson', 15, 31],
      ['Lab', 25, 41],
      ['Debrief', 5, 45],
    ]);
    // The bulleted "Do Now" among the materials is a resource, not a second starter.
    expect(
      plan.sections.filter((section) => section.kind === 'starter').map((section) => section.line),
    ).toEqual([27]);
    expect(
      lessonToJson(analyseLessonPlan({ text: plan.lines.join('\n') })).plan.pacing?.entries,
    ).toHaveLength(4);
  });

  it("counts a scheme table's row with an empty cell as a lesson, reading its objectives where they still come after its number", () => {
    const plan = parseLessonPlan({
      text: [
        '# Year 8 – Rivers & Flooding',
        '| Lesson | Objective(s) | Key vocabulary | Activities |',
        '|---|---|---|---|',
        '| 1 | To describe the drainage basin. | drainage basin, watershed | Label a diagram |',
        '| 2 | To explain the four processes of erosion. | abrasion, attrition | Card sort |',
        '| 3 | To explain how meanders form. | | Google Earth fly-over |',
      ].join('\n'),
    });
    expect(plan.lessons?.map((lesson) => [lesson.title, lesson.objectives.map((o) => o.text)])).toEqual([
      ['Lesson 1: To describe the drainage basin.', ['To describe the drainage basin.']],
      ['Lesson 2: To explain the four processes of erosion.', ['To explain the four processes of erosion.']],
      ['Lesson 3', ['To explain how meanders form.']],
    ]);
  });

  it("reads a scheme set out as a table, a row a lesson, and not its support list's items as topics", () => {
    const plan = parseLessonPlan({
      text: [
        '# Year 8 History: The Tudors',
        'Unit 2 of 6 • 4 lessons (60 mins)',
        '| Lesson | Enquiry question | Learning objectives | Key activities |',
        '|---|---|---|---|',
        '| 1 | Why did Henry VIII break with Rome? | - Describe the Act of Supremacy / - Explain two reasons for the break | Card sort |',
        '| 2 | How did Edward VI change religion? | - Describe the 1549 Prayer Book / - Compare Catholic and Protestant churches | Source work |',
        '| 3 | Was Mary I really "Bloody Mary"? | - Identify the numbers burned / - Evaluate the nickname | Debate |',
        '## Adaptive teaching / SEND',
        '- Key word glossary with images for EAL students',
        '- Sentence starters for extended writing',
      ].join('\n'),
    });
    expect(plan.kind).toBe('scheme');
    expect(plan.lessons?.map((lesson) => [lesson.title, lesson.objectives.map((o) => o.text)])).toEqual([
      [
        'Lesson 1: Why did Henry VIII break with Rome?',
        ['Describe the Act of Supremacy', 'Explain two reasons for the break'],
      ],
      [
        'Lesson 2: How did Edward VI change religion?',
        ['Describe the 1549 Prayer Book', 'Compare Catholic and Protestant churches'],
      ],
      [
        'Lesson 3: Was Mary I really "Bloody Mary"?',
        ['Identify the numbers burned', 'Evaluate the nickname'],
      ],
    ]);
    expect(plan.scheme?.lacks).not.toContain('objectives');
  });

  it("reads a scheme's table copied from a PDF, a cell a line: each numbered row a lesson, its objective over the lines it wraps onto", () => {
    const plan = parseLessonPlan({
      text: [
        'KS3 Computing - Year 8 - Unit 3: Programming with Python',
        '',
        'Lesson',
        'Objective',
        'Activities',
        'Assessment',
        '1',
        'To write, run and save a simple',
        'program using print() in sequence',
        "Live code 'Hello world'. Make: own 5 line joke program.",
        'Predict answers on mini whiteboards (show me).',
        '2',
        'To use variables and input() to',
        'store and output data',
        "Pupils write a 'chatbot' that asks name + favourite food.",
        'Hinge question: x = 5 / x = x + 1 / print(x)',
        '3',
        'To use selection (if, elif, else)',
        'with comparison operators',
        'Password checker, then grade calculator.',
        'Peer debugging - swap programs with 3 planted errors.',
      ].join('\n'),
      format: 'text',
    });
    expect(plan.kind).toBe('scheme');
    expect(plan.lessons?.map((lesson) => lesson.objectives.map((o) => o.text))).toEqual([
      ['To write, run and save a simple program using print() in sequence'],
      ['To use variables and input() to store and output data'],
      ['To use selection (if, elif, else) with comparison operators'],
    ]);
  });

  it("reads a plan told in the teacher's paragraphs, with its aim said mid-paragraph, as a lesson with episodes and no ending", () => {
    const plan = parseLessonPlan({
      text: [
        'Year 9 RE – Tuesday p3',
        '',
        'This is the third lesson in the Sikhism unit. What I want them to get out of today is to be able to describe what happens at the langar.',
        '',
        'As they come in there will be a photo on the board of the kitchen at the Harmandir Sahib in Amritsar, with the question "What do you think is going on here?"',
        '',
        "Then I'll go through the key facts with the slides: the langar is the free community kitchen attached to every gurdwara and anyone can eat there.",
        '',
        'The key question I\'m going to ask the whole class, hands down with lolly sticks, is "Why do you think everyone sits on the floor at the langar?"',
        '',
        "For the group task they'll be in their table groups of four, and each group gets an envelope with ten cards to match practices to beliefs.",
      ].join('\n'),
      format: 'text',
    });
    expect(plan.kind).toBe('lesson');
    expect(plan.objectives.map((o) => o.text)).toEqual(['describe what happens at the langar']);
    expect(
      plan.sections.filter((section) => EPISODE_KINDS.includes(section.kind)).map((s) => s.kind),
    ).toEqual(['starter', 'main', 'main', 'main']);
  });

  it('gives a scheme its lessons, each with its own objectives, and names it by its heading', () => {
    const plan = read('scheme-of-lessons.md');
    expect(plan.title).toBe('Unit overview: Forces, Year 7');
    expect(
      plan.lessons?.map((lesson) => [lesson.title, lesson.line, lesson.objectives.length, lesson.questions]),
    ).toEqual([
      ['What is a force?', 3, 2, []],
      ['Friction', 9, 1, []],
      [
        'Balanced and unbalanced forces',
        14,
        1,
        [{ text: 'What makes an object start or stop moving?', line: 19 }],
      ],
    ]);
    expect(read('scheme-titles-only.md').lessons?.map((lesson) => lesson.title)).toEqual([
      'Place value',
      'Adding fractions',
      'Angles in triangles',
      'Ratio and proportion',
      'Straight line graphs',
    ]);
  });

  it("reads a Word table's column names and a weekday rota, a cell a line, as their rows, and names the plan by its title", () => {
    const plan = read('word-table-as-text.txt');
    expect(plan.title).toBe('Maths Planning – Year 4 (4R)');
    const rows = plan.sections
      .filter((section) => section.heading.includes(' | '))
      .map((section) => section.heading);
    expect(rows).toEqual([
      'Time | Teaching | Children | Adults',
      'Group | Mon | Tues | Wed',
      'Stars | Teacher | Indep | TA',
      'Moons | TA | Teacher | Indep',
    ]);
  });

  it('reads a Word table saved a cell to a line whose rows each open with their time, and a Docs grid whose time cell has two lines', () => {
    const typed = parseLessonPlan({
      text: [
        'Learning objectives',
        '1. To describe a past holiday using the perfect tense',
        '',
        'Time',
        'Activity',
        'Teacher',
        'Students',
        '10:05',
        'Do Now - translate five sentences into English',
        'Meet at door, hand out mini whiteboards',
        'Silent, books out',
        '10:12',
        'Listening - fill in the grid: where, activities, opinion',
        'Play twice',
        '-',
        '10:30',
        'Writing - write a short paragraph about a holiday last year',
        'Circulate',
        'Write in books',
        'Differentiation',
        'Writing frame for those who need it',
      ].join('\n'),
    });
    const episodes = typed.sections.filter((section) => EPISODE_KINDS.includes(section.kind));
    expect(episodes.map((section) => [section.kind, section.line, section.minutes])).toEqual([
      ['starter', 8, 7],
      ['main', 12, 18],
      ['main', 16, undefined],
    ]);
    // "-" is a cell left empty, not a line of the plan's.
    expect(episodes[1]!.body.map((entry) => entry.text)).toEqual([
      'fill in the grid: where, activities, opinion',
      'Play twice',
    ]);
    expect(typed.sections.at(-1)!.kind).toBe('differentiation');

    const grid = parseLessonPlan({
      text: [
        '<p>LO: To recognise equivalent fractions.</p>',
        '<p>• I can use a fraction wall to find fractions that are the same size.</p>',
        '<table><tr><td>Time</td><td>Teacher</td><td>Adults</td></tr>',
        '<tr><td><p>9.10</p><p>(10 min)</p></td><td>Flashback 4 on board as they come in. Go through answers.</td><td>Mrs P – reads Qs to Yellow table</td></tr>',
        '<tr><td><p>9.20</p><p>(15 min)</p></td><td>Input. Fold a paper strip in half.</td><td>Mrs P – Yellow table. Use strips, halves first.</td></tr>',
        '</table>',
      ].join(''),
    });
    expect(
      grid.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => [section.kind, section.minutes]),
    ).toEqual([
      ['starter', 10],
      ['main', 15],
    ]);
    // A bullet typed in the Doc is a list item: the criterion is read without it.
    expect(grid.successCriteria.map((criterion) => criterion.text)).toEqual([
      'I can use a fraction wall to find fractions that are the same size.',
    ]);
    // What the TA is told to do is not a task the pupils are set.
    expect(planContent(grid).tasks.map((task) => task.text)).not.toContain('Use strips, halves first');
  });

  it('reads a PE timeline of minutes into the lesson under "Time | Activity" as its parts, changing as no part of the teaching', () => {
    const analysis = analyseLessonPlan({
      text: [
        '## Learning objectives',
        '- To perform a chest pass using the correct technique',
        '## Misconception',
        'Lots of Y7s think a good pass is a hard pass. Power and accuracy actually come from the step forward, not from throwing harder.',
        '## Safety',
        '- Pairs work ACROSS the hall in channels, not the length.',
        '## Timeline',
        '| Time | Activity |',
        '|---|---|',
        '| 0–8 | Changing, register, kit check, jewellery. |',
        '| 8–15 | Warm up – “traffic lights” dribbling around the half court. |',
        '| 15–30 | Demo of chest pass with Zac, the wrong one first, then paired practice across the channels. |',
        '| 30–55 | Conditioned game 4v4. Passes only. |',
        '| 55–60 | Plenary in the centre circle – Q: what are the 3 teaching points for a chest pass? |',
      ].join('\n'),
    });
    const episodes = analysis.plan.sections.filter((section) => EPISODE_KINDS.includes(section.kind));
    expect(episodes.map((section) => [section.kind, section.minutes])).toEqual([
      ['starter', 7],
      ['main', 15],
      ['main', 25],
      ['plenary', 5],
    ]);
    // A warm-up game called "traffic lights" is no self-assessment.
    expect(analysis.strengths.map((entry) => entry.rule)).not.toContain('lesson/peer-self-assessment');
    const [misconception] = analysis.content.misconceptions;
    expect(misconception?.claim).toBe('A good pass is a hard pass');
    expect(misconception?.correction?.text).toBe(
      'Power and accuracy come from the step forward, not from throwing harder',
    );
    // The safety rules are how the lesson runs, not a task to build a guided session on.
    expect(analysis.content.tasks.map((task) => task.text).join('\n')).not.toMatch(/ACROSS the hall/);
  });

  it('reads numbered parts timed in bare brackets ("1. Do Now (5)") as the lesson\'s parts, and each question of a quiz line', () => {
    const analysis = analyseLessonPlan({
      text: [
        'LO: To explore how Priestley presents Mr Birling in Act 1.',
        'SC:',
        "- identify 2+ quotes that show B's attitudes",
        'Class info',
        '- 29 on roll. HA x 8, MA x 14, LA x 7',
        'Resources: ppt L3, extract p.6-10, quote bank',
        'T&L',
        '1. Do Now (5)',
        "- 5 q quiz on slide: who is Gerald? what are B's celebrating? what yr is it set?",
        '2. Read extract (10)',
        "- pause at Titanic line: what does audience know that B doesn't?",
        '3. Indep writing (15)',
        '- Q: How does Priestley use Mr Birling to criticise capitalist attitudes?',
        '4. Peer assess (5)?',
        '- swap w/ partner, WWW/EBI against SC',
      ].join('\n'),
    });
    const parts = analysis.plan.sections.filter((section) => EPISODE_KINDS.includes(section.kind));
    expect(parts.map((section) => [section.heading, section.kind, section.minutes])).toEqual([
      ['Do Now (5)', 'starter', 5],
      ['Read extract (10)', 'main', 10],
      ['Indep writing (15)', 'independent', 15],
      ['Peer assess (5)?', 'main', 5],
    ]);
    // The class's make-up is not a success criterion, nor the resources the lesson's parts.
    expect(analysis.plan.successCriteria).toHaveLength(1);
    const asked = analysis.content.questions.map((question) => question.text);
    expect(asked).toContain("What are B's celebrating?");
    expect(asked.filter((question) => question.split('?').length > 2)).toEqual([]);
    // "Peer assess (5)?" is the teacher unsure of a part, not a question for pupils.
    expect(asked).not.toContain('Peer assess (5)?');
  });

  it('reads spans of minutes in brackets after the parts\' names ("(10–18 mins)") as their lengths, and a lone dash as nothing written', () => {
    const plan = parseLessonPlan({
      text: [
        '**Lesson length:** 75 mins',
        '## 1. Retrieval starter (0–10 mins)',
        '1. Define effective demand.',
        '## 2. Introduction – what is elasticity? (10–18 mins)',
        'Q: Why is PED almost always negative?',
        '## 3. Worked examples (18–35 mins)',
        'Coffee, then petrol in pairs.',
        '## 4. Exit ticket (35–45 mins) – on a slip',
        'Three questions on PED.',
        '## SEND / access arrangements',
        '–',
        '## Homework',
        'Finish the exam question.',
      ].join('\n'),
    });
    expect(
      plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => section.minutes),
    ).toEqual([10, 8, 17, 10]);
    expect(plan.sections.find((section) => section.kind === 'sen')?.body).toEqual([]);
  });

  it('reads a jotted "intro / activity / finish" as its three parts, the finish its ending, and getting ready as no task', () => {
    const analysis = analyseLessonPlan({
      text: [
        'LO: To find out what plants need to grow well',
        'intro (10 min)',
        '- what do plants need?? talk partners then mind map on board.',
        'activity',
        '- tables set up cress experiment. each table gets 3 pots + cotton wool + cress seeds',
        '- label pots with sticky labels & table name',
        'finish',
        '- 3 or 4 kids share predictions',
        '- next wk measure with rulers + take photos on ipad',
      ].join('\n'),
    });
    expect(
      analysis.plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => section.kind),
    ).toEqual(['starter', 'main', 'plenary']);
    expect(analysis.content.tasks.map((task) => task.text).join('\n')).not.toMatch(/sticky labels/);
    // "next wk measure with rulers" is the next step the finish names.
    expect(analysis.prompts.map((prompt) => prompt.message).join('\n')).not.toMatch(/name the next step/);
  });

  it("reads the lesson's length from the times its header gives it, not from a timetable's first row", () => {
    const header = parseLessonPlan({
      text: [
        '# Oakfield Primary School – Lesson Plan',
        '| Class | Date | Subject | Teacher |',
        '|---|---|---|---|',
        '| 6 Oak (30) | Tues 14th Jan, 9:05 – 10:00 | English – Reading | Miss H. Corrigan |',
        '### Input (9:05 – 9:25)',
        'Read the extract aloud.',
      ].join('\n'),
    });
    expect(header.lessonMinutes).toBe(55);
    const timetable = parseLessonPlan({
      text: [
        'LO: To describe a river',
        '| Time | Activity |',
        '|---|---|',
        '| 9:00-9:40 | Fieldwork sketch |',
      ].join('\n'),
    });
    expect(timetable.lessonMinutes).toBeUndefined();
  });

  it('quotes where the minutes are written as the evidence that the parts are timed', () => {
    const timedQuote = (text: string) =>
      analyseLessonPlan({ text, format: 'markdown' }).strengths.find(
        (finding) => finding.messageId === 'timed',
      )?.quote;
    expect(
      timedQuote(
        [
          'LO: To use 4-figure grid references',
          '**DO NOW (5 min)** – on the board when they come in, silent, in books',
          '**I DO (10 min)** – model on the visualiser',
          '**YOU DO (25 min)** – worksheet of twenty references',
          '**PLENARY (5 min)** – exit ticket',
        ].join('\n'),
      ),
    ).toBe('DO NOW (5 min)');
    expect(
      timedQuote(
        [
          'LO',
          'To read words with oa.',
          'Revisit',
          '5 mins',
          'Flashcards.',
          'Teach',
          '10 mins',
          'Show the card.',
          'Review',
          '5 mins',
          'Read a caption.',
        ].join('\n'),
      ),
    ).toBe('5 mins');
  });

  it("quotes a grid cell's evidence as the row writes it, emphasis and all, not the row's first cell", () => {
    const text = [
      'LO: To explain how concentration affects the rate of reaction',
      '| Time | Activity | Differentiation |',
      '|---|---|---|',
      '| 0–5 | **Do Now** (on board as they come in): 1) What must happen for particles to react? 2) What is activation energy? | Sentence starters on desks for AK and JB. HA extension on board: *why does not every collision lead to a reaction?* |',
      '| 5–40 | **Practical in 3s.** Five concentrations, then the rate calculation. | Results table pre-drawn for some |',
    ].join('\n');
    const stretch = analyseLessonPlan({ text, format: 'markdown' }).strengths.find(
      (finding) => finding.rule === 'lesson/most-able-challenge',
    );
    expect(stretch?.quote).toBe(
      'Sentence starters on desks for AK and JB. HA extension on board: *why does not every collision lead to a reaction?*',
    );
  });

  it("ends a nested bullet's misconception where the list returns to the lesson's next steps", () => {
    const plan = parseLessonPlan({
      format: 'markdown',
      text: [
        '**9X Spanish – ir a + infinitive**',
        '',
        '- LO: use ir a + infinitive to say what I am going to do at the weekend',
        '- starter – 5 mins – MWB, translate three sentences from last week',
        '- teach: voy a + infinitive',
        '  - voy a nadar, voy a jugar al tenis',
        '  - MISCONCEPTION – they\'ll conjugate both verbs ("voy a juego"). Only IR changes, the second verb stays in the infinitive',
        '- quick check – true/false on MWB, six sentences',
        '- speaking – pairs, dice game, roll for the pronoun and the activity',
        '- writing – five sentences "El fin de semana voy a..."',
        '  - LA: sentence builder',
      ].join('\n'),
    });
    expect(
      plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => section.heading),
    ).toEqual(['starter', expect.stringMatching(/^teach/), 'quick check', 'speaking', 'writing']);
  });

  it("reads a flattened phonics grid: each part's time on the line below its name, tricky words, a sentence to read", () => {
    const text = [
      'PHONICS – YEAR 1',
      'LO',
      'To read and spell words with the oa grapheme.',
      'Tricky words',
      'said, have',
      '',
      'Revisit and review',
      '5 mins',
      'Flashcards ai, ee, igh, then oral blending b-oa-t.',
      'Teach',
      '7 mins',
      'Show the oa card. Say it, children repeat x3. Model b / oa / t.',
      'Apply',
      '8 mins',
      'Read sentence from board as class: "Can the goat float on the boat?" Spot the oa words.',
      'SEN/EAL',
      'JB – speech and language target: s-blends. Accept "boat" for "float" orally.',
      'MK – EAL (Polish). Picture cards for goat, boat, coat before the lesson with the TA.',
    ].join('\n');
    const plan = parseLessonPlan({ text });
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'To read and spell words with the oa grapheme.',
    ]);
    expect(
      plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => [section.heading, section.minutes, section.organisation]),
    ).toEqual([
      ['Revisit and review', 5, []],
      ['Teach', 7, ['whole class']],
      ['Apply', 8, ['whole class']],
    ]);
    const analysis = analyseLessonPlan({ text });
    // The sentence pupils read is not a question the teacher asks.
    expect(analysis.content.questions.map((question) => question.text)).not.toContain(
      'Can the goat float on the boat?',
    );
    // The EAL strength quotes the pupil learning English, not the line above it.
    expect(analysis.strengths.find((finding) => finding.rule === 'lesson/eal-support')?.quote).toMatch(
      /^MK – EAL/,
    );
  });

  it('reads a prose plan that opens on last week: its starter, its independent work as a phase, and how each is organised', () => {
    const plan = parseLessonPlan({
      text: [
        'Year 4 maths, Tuesday: subtracting across a ten',
        '',
        'Last week they were secure with subtracting ones without crossing a ten, so I want to build on that. The objective is to subtract a one-digit number crossing a ten, e.g. 42 - 7, 53 - 6. A quick retrieval on whiteboards as they come in from break: three number bonds to ten and one subtraction within a ten.',
        '',
        'Then I want to put 42 - 7 up on its own and ask them to write the answer without talking, and I will take one wrong board and ask the class whether it makes sense on the number line.',
        '',
        'After that we do two more together on whiteboards, 61 - 4 and 35 - 8, with them doing each step alongside me: take away to the ten, then the rest.',
        '',
        'Independent work is the sheet with three columns. The first column has number lines already drawn for every question so they just jump and count, and the last column has missing numbers.',
      ].join('\n'),
    });
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'to subtract a one-digit number crossing a ten',
    ]);
    expect(plan.sections.map((section) => [section.kind, section.organisation])).toEqual([
      ['starter', ['whole class']],
      ['main', ['whole class', 'individual']],
      ['main', ['whole class']],
      ['main', ['individual']],
    ]);
  });

  it("reads the lesson's length from a header line of cells, not from a timings row that opens with its minutes", () => {
    const header = parseLessonPlan({
      text: [
        'Y9 Chemistry – Rates of reaction',
        'Mr Adeyemi | Mon P4 | 60 mins | Lab S4 | 14 students',
        'LO: To explain how temperature changes the rate of a reaction',
        'Starter (10 mins): recall collision theory.',
      ].join('\n'),
    });
    expect(header.lessonMinutes).toBe(60);
    expect(
      parseLessonPlan({ text: '**Trainee:** H. Lowe | **Lesson:** P2, 60 minutes\nLO: To define PED' })
        .lessonMinutes,
    ).toBe(60);
    const timings = parseLessonPlan({
      text: [
        'LO: To explain how temperature changes the rate of a reaction',
        '30 mins | Main practical',
        '10 mins | Plenary',
      ].join('\n'),
    });
    expect(timings.lessonMinutes).toBeUndefined();
  });

  it('ends the objectives where a plan written as prose goes on to its teaching, and reads the misconception there', () => {
    const analysis = analyseLessonPlan({
      text: [
        '# Year 4 Science – States of Matter',
        '',
        'LO: To observe that some materials change state when they are heated.',
        '',
        "I will start by getting the children on the carpet and showing them a photo of an ice lolly dripping on a hot day. I'll ask them to talk to their talk partner about what is happening to the lolly and why, using the words from last week.",
        '',
        'There is a misconception I know will come up, because it came up last year: children think melting and dissolving are the same thing, and will say the ice "dissolves".',
      ].join('\n'),
    });
    expect(analysis.plan.objectives.map((objective) => objective.line)).toEqual([3]);
    expect(analysis.content.misconceptions.map((entry) => entry.claim)).toEqual([
      'Melting and dissolving are the same thing',
    ]);
  });

  it('reads a Launch / Explore / Summarise lesson as its three parts, the last under a deeper heading too', () => {
    const plan = parseLessonPlan({
      text: [
        '# Ratio in recipes',
        '## Learning Intentions',
        '- We are learning to use a multiplier to scale a recipe',
        '## LAUNCH',
        'Show the pikelet recipe. Turn and talk: is Tama right to add 200 g more of everything?',
        '## Explore',
        'Pairs scale the recipe for 12, 18 and 30 people on task cards.',
        'Watch for: pairs who add instead of multiply (additive thinking).',
        '### Summarise',
        'Two pairs share their strategies; the class decides which always works.',
      ].join('\n'),
    });
    expect(
      plan.sections.filter((section) => EPISODE_KINDS.includes(section.kind)).map((section) => section.kind),
    ).toEqual(['starter', 'main', 'plenary']);
    expect(planContent(plan).misconceptions.map((entry) => entry.line)).toEqual([8]);
  });

  it("reads 'HW:' as the homework and a 'Note to self:' as the teacher's note, evidence of nothing in the lesson", () => {
    const plan = read('paragraph-parts-thin.txt');
    expect(plan.sections.find((section) => section.heading === 'HW')?.kind).toBe('homework');
    expect(plan.sections.find((section) => section.heading === 'Note to self')?.teacherNote).toBe(true);
    const strengths = analyseLessonPlan({ text: plan.lines.join('\n') }).strengths;
    expect(strengths.some((finding) => finding.quote?.includes('last year') === true)).toBe(false);
  });

  it('reads a misconception and its correction set apart as a Markdown quote, without the marks', () => {
    const plan = read('overview-table-numbered-headings.md');
    const content = planContent(plan);
    expect(content.misconceptions).toHaveLength(1);
    expect(content.misconceptions[0]?.claim).toBe('People who live near volcanoes do not know the danger');
    expect(content.misconceptions[0]?.correction?.text).toMatch(/^most residents know the risk well/);
  });

  it("reads a sixth-form lesson's bullet notes: its abbreviated labels, its class code's year and its subject", () => {
    const plan = parseLessonPlan({
      format: 'markdown',
      text: [
        '# 13E1 Econ — LM lesson 4: monopsony & min wage',
        'Thu P4 (60) | AQA P1 / P3 | rm 21',
        '**Obj**',
        '- analyse monopsony in the LM using MRP / MCL / ACL diag',
        '**Flow**',
        '- DN (10 mins) — 3 qs on board:',
        '  - what is MRP?',
        '- Teach (15 mins)',
        '  - build diag step by step on board, they copy',
        '- Pairs (10 mins) — draw NMW between Wm and Wc on a new diag',
        '- Eval (15 mins)',
        '  - Card & Krueger 1994 — NJ vs Pennsylvania fast food, emp did not fall',
        '- hwk: write it up, due Tues',
      ].join('\n'),
    });
    expect(plan.subject).toBe('Economics');
    expect(plan.yearGroup).toBe('Year 13');
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'analyse monopsony in the LM using MRP / MCL / ACL diag',
    ]);
    expect(
      plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => [section.kind, section.minutes]),
    ).toEqual([
      ['starter', 10],
      ['main', 15],
      ['main', 10],
      ['main', 15],
    ]);
  });

  it("reads a seminar plan's aims paragraph under its own heading, and its rough pacing as the lesson's timings", () => {
    const text = [
      'Y13 History seminar 4: the causes of the Reformation',
      '',
      '**What I want out of this one**',
      '',
      'By the end of the seminar students should be able to explain three causes of the Reformation and judge which mattered most. Secondary aim: get them writing judgements rather than narrating. This matters because the mock essays narrated.',
      '',
      '**How it runs**',
      '',
      'We start with the usual retrieval quiz on the board as they come in, ten questions on seminars 1 to 3, and they mark their own.',
      '',
      'Then the main bit is the card sort, in pairs, with each pair ranking the religious, political and economic causes and saying why.',
      '',
      'Finally we come back to the question and everyone writes one thesis sentence, and three or four read theirs out to the group.',
      '',
      'Rough pacing',
      '0–10 | retrieval quiz + self-mark',
      '10–40 | causes card sort',
      '40–50 | thesis sentences + read-outs',
    ].join('\n');
    const plan = parseLessonPlan({ text, format: 'markdown' });
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'explain three causes of the Reformation and judge which mattered most',
    ]);
    const report = analyseLessonPlan({ text, format: 'markdown' });
    const timings = [...report.prompts, ...report.strengths].filter(
      (finding) => finding.rule === 'lesson/timings-add-up',
    );
    expect(timings.map((finding) => finding.messageId)).toEqual(['timed']);
  });

  it("reads a Welsh plan's Area of Learning as its subject, not the Area it links to", () => {
    const plan = parseLessonPlan({
      text: [
        'ITE Partnership – PGCE Primary lesson plan',
        'Year 5. Area of Learning and Experience: Humanities (links to Languages, Literacy and Communication)',
        'LO: To explain why the flooding of Capel Celyn still matters',
      ].join('\n'),
    });
    expect(plan.subject).toBe('Humanities');
  });

  it('reads a Scottish secondary year from the class code of a plan framed by its Es and Os, not as Year 3', () => {
    const plan = parseLessonPlan({
      text: [
        'Kilbride High School – Mathematics Department Lesson Plan BGE – Third/Fourth Level',
        'Class: 3M3   Date: Wed 14/5   Teacher: LF',
        'Learning Intention: We are learning to solve problems involving direct proportion.',
      ].join('\n'),
    });
    expect(plan.yearGroup).toBe('S3');
    const primary = parseLessonPlan({
      text: 'Primary 5 – Es and Os: MLAN 2-01a\nClass: 5B\nLI: We are learning to greet each other in French.',
    });
    expect(primary.yearGroup).not.toBe('S5');
  });

  it("reads a Scottish secondary year from the title, not the class code's first digit", () => {
    const plan = parseLessonPlan({
      text: [
        'S2 Science – Separating mixtures',
        'Class: 2S3   Teacher: Mr Campbell',
        'LI: We are learning how chromatography separates dyes',
      ].join('\n'),
    });
    expect(plan.yearGroup).toBe('S2');
  });

  it("keeps an Oak misconception's response as its correction, not as a second misconception", () => {
    const plan = read('oak-outcome-cycles.md');
    expect(plan.misconceptions).toEqual([
      {
        text: 'A formal letter is one with long words.',
        line: 16,
        correction: { text: 'Formality comes from tone and conventions, not the length of words.', line: 17 },
      },
    ]);
    expect(plan.keywords).toEqual(['Formal', 'Salutation']);
  });

  it('does not read a lesson summary as the plenary, or the All / Most / Some headers as criteria', () => {
    const plan = read('all-most-some-headings.md');
    expect(plan.sections.find((section) => section.heading === 'Lesson summary')?.kind).toBe('context');
    expect(plan.successCriteria.some((criterion) => /able to/.test(criterion.text))).toBe(false);
  });

  it("reads a teacher's plan that quotes its questions to pupils as a lesson, not a page for pupils", () => {
    const plan = parseLessonPlan({
      text: [
        'Learning objective: To explain why leaves change colour',
        'Starter (5 mins): Can you name a tree? What do you notice about your leaf? Have you seen one turn red?',
        'Main (20 mins): Can you sort the leaves? Why do you think they changed? Where would you look next?',
        'Plenary (5 mins): What did you find out?',
      ].join('\n'),
    });
    expect(plan.kind).toBe('lesson');
  });

  it("reads a session's length stated after it: 'tutoring session - 30 Minutes'", () => {
    expect(read('tuition-record.md').lessonMinutes).toBe(30);
    expect(read('us-5e-materials-demo.md').lessonMinutes).toBe(45);
  });

  it("takes a lesson's subject from its title's topic when nothing names it, never from an everyday word", () => {
    const subjectOf = (title: string) =>
      parseLessonPlan({ text: `# ${title}\nLO: To explain the idea`, format: 'markdown' }).subject;
    expect(subjectOf('Investigating rates of chemical reactions')).toBe('Science');
    expect(subjectOf('Binary search trees')).toBe('Computing');
    expect(subjectOf('What does it mean to be human?')).toBeUndefined();
  });

  it('reads a mixed-age class or a span of years as the years it spans, and a timing after a year as no span', () => {
    const yearOf = (line: string) => parseLessonPlan({ text: `${line}\nLO: To explain the idea` }).yearGroup;
    expect(yearOf('Year 5/6 Science: Forces')).toBe('Years 5–6');
    expect(yearOf('History, Years 7-9')).toBe('Years 7–9');
    expect(yearOf('Year 7 - 60 minutes')).toBe('Year 7');
    expect(yearOf('Year 9 – 2 lessons')).toBe('Year 9');
  });

  it('reads a subject stated in a sentence without its full stop', () => {
    expect(
      parseLessonPlan({
        text: 'Key stage: Key Stage 2. Subject: Geography.\nLO: To describe the water cycle',
      }).subject,
    ).toBe('Geography');
  });

  it('says what kind of document it read in the JSON', () => {
    const json = lessonToJson(analyseLessonPlan({ text: 'fractions – worksheet p.34 / HW finish sheet' }));
    expect(json.plan.kind).toBe('not-a-plan');
  });
});

describe('a document of several sessions', () => {
  it('splits two tuition records into their sessions, each with its own subject, year, focus and next focus', () => {
    const plan = read('two-tuition-records.md');
    expect(
      plan.sessions?.map((session) => ({
        lines: [session.line, session.endLine],
        subject: session.subject,
        yearGroup: session.yearGroup,
        minutes: session.lessonMinutes,
        focus: session.objectives.map((objective) => objective.line),
        record: session.record,
        next: session.nextFocus?.map((item) => item.text),
      })),
    ).toEqual([
      {
        lines: [1, 22],
        subject: 'Science',
        yearGroup: 'Year 6',
        minutes: 45,
        focus: [7],
        record: true,
        next: ['Compare series and parallel circuits.'],
      },
      {
        lines: [23, 41],
        subject: 'English',
        yearGroup: 'Year 3',
        minutes: 45,
        focus: [29],
        record: true,
        next: ['Use expression for speech marks when reading aloud.'],
      },
    ]);
    // The document is no one pupil's: it keeps only the facts the sessions share.
    expect([plan.subject, plan.yearGroup, plan.lessonMinutes, plan.record]).toEqual([
      undefined,
      undefined,
      45,
      true,
    ]);
    expect(plan.sessions?.[1]?.sections.map((section) => section.heading)).toEqual([
      'Tutor Session Record',
      'Session Focus',
      'What We Covered',
      'Progress',
      'Focus for Next Session',
    ]);
  });

  it('gives each session as a plan of its own, for a generator to build for that session alone', () => {
    const plan = read('two-tuition-records.md');
    const reading = planOfSession(plan, plan.sessions![1]!);
    expect([reading.subject, reading.yearGroup, reading.record, reading.sessions]).toEqual([
      'English',
      'Year 3',
      true,
      undefined,
    ]);
    expect(reading.objectives.map((objective) => objective.line)).toEqual([29]);
    expect(reading.nextFocus?.map((item) => item.text)).toEqual([
      'Use expression for speech marks when reading aloud.',
    ]);
    // Its lines keep the document's numbering, blank outside the session.
    expect(reading.lines).toHaveLength(plan.lines.length);
    expect(reading.lines.slice(0, 22).every((line) => line === '')).toBe(true);
    expect(reading.lines[28]).toBe(plan.lines[28]);
  });

  it('splits a week of daily plans by day, each taking the facts the document states above them', () => {
    const plan = read('week-of-daily-plans.md');
    expect(
      plan.sessions?.map((session) => [session.title, session.line, session.subject, session.yearGroup]),
    ).toEqual([
      ['Monday', 3, 'Mathematics', 'Year 2'],
      ['Tuesday', 13, 'Mathematics', 'Year 2'],
    ]);
    expect(plan.record).toBeUndefined();
  });

  it('does not split one lesson whose episodes repeat their Teacher / Pupils / Resources sub-headings', () => {
    expect(read('activity-subheadings.md').sessions).toBeUndefined();
  });

  it('knows a single record of a session already taught, and a plan that recalls last lesson is no record', () => {
    expect(read('tuition-record.md').record).toBe(true);
    const plan = parseLessonPlan({
      text: [
        'Learning objective: To compare fractions with different denominators',
        'Prior learning: last lesson we looked at equivalent fractions.',
        'Starter (5 mins): We will recap halves and quarters on whiteboards.',
        'Main (20 mins): pupils order fractions on a number line.',
        'Plenary (5 mins): exit ticket.',
      ].join('\n'),
    });
    expect(plan.record).toBeUndefined();
    expect(plan.sessions).toBeUndefined();
    const evaluated = parseLessonPlan({
      text: [
        'Learning objective: To compare fractions with different denominators',
        'Starter (5 mins): Pupils will recap halves and quarters on whiteboards.',
        'Main (20 mins): Pupils will order fractions on a number line.',
        'Plenary (5 mins): exit ticket.',
        'Evaluation: We began late. Pupils completed the number line task. Most struggled with thirds.',
      ].join('\n'),
    });
    expect(evaluated.record).toBeUndefined();
  });

  it('says so in the JSON', () => {
    const text = readFileSync(join(FIXTURES, 'reading', 'two-tuition-records.md'), 'utf8');
    const json = lessonToJson(analyseLessonPlan({ text, format: 'markdown' })).plan;
    expect(json.sessions?.map((session) => [session.subject, session.yearGroup, session.record])).toEqual([
      ['Science', 'Year 6', true],
      ['English', 'Year 3', true],
    ]);
    expect(json.record).toBe(true);
  });
});

describe('what a scheme holds', () => {
  it('reads topic titles across years as topics for that year range, in the subject the titles share', () => {
    const plan = read('scheme-titles-only.md');
    expect(plan.scheme).toEqual({
      parts: 'topics',
      count: 5,
      lacks: ['objectives', 'success criteria', 'assessment', 'progression'],
    });
    expect(plan.subject).toBe('Mathematics');
  });

  it('reads the years its headings span, and marks an objective still to be written', () => {
    const plan = parseLessonPlan({
      text: [
        '# Computing',
        '## Scheme of work',
        '### Year 7',
        '## Lesson 1: Algorithms',
        'Objectives:',
        '- Write an algorithm as a sequence of steps',
        '### Year 9',
        '## Lesson 2: Networks',
        'Objectives:',
        '- TBC',
        '## Lesson 3: Binary',
        'Objectives:',
        '- Convert binary numbers to denary',
      ].join('\n'),
      format: 'markdown',
    });
    expect([plan.kind, plan.title, plan.yearGroup, plan.subject]).toEqual([
      'scheme',
      'Computing',
      'Years 7 and 9',
      'Computing',
    ]);
    expect(
      plan.objectives.filter((objective) => objective.placeholder).map((objective) => objective.line),
    ).toEqual([10]);
    expect(plan.scheme?.parts).toBe('lessons');
  });

  it('names a scheme by the heading its page template shows, not front matter left from another page', () => {
    const plan = parseLessonPlan({
      text: [
        '---',
        'title: Unit 1 Overview',
        '---',
        "<%= partial('doc_header', :title => 'Unit 2 Framework') %>",
        '## Lesson 1: Loops',
        'Objectives:',
        '- Repeat a step with a loop',
        '## Lesson 2: Events',
        'Objectives:',
        '- Start a program with an event',
        '## Lesson 3: Conditionals',
        'Objectives:',
        '- Choose a path with if',
      ].join('\n'),
      format: 'markdown',
    });
    expect(plan.title).toBe('Unit 2 Framework');
  });
});

describe('what kind of document it is', () => {
  const KINDS: PlanKind[] = ['lesson', 'scheme', 'tuition', 'pupil-facing', 'not-a-plan'];
  const pieces = fc.constantFrom(
    '## Lesson 1: Maze',
    '### Year 7',
    '* Ratio',
    'Scheme of work',
    'Mon Tue Thurs',
    'Learning objective: To add fractions',
    'Starter (5 mins): quiz',
    'Plenary',
    '#### 1. Lesson Focus',
    '#### 2. Lesson Content',
    'We began by reviewing halves.',
    '#### 4. Focus for Next Lesson',
    '---',
    'Name: ______',
    'Your task: answer the questions.',
    'Minutes of the meeting',
    'Action: order books',
    'One-to-one tuition',
    'MLAN 2-01a MLAN 2-0',
    '| 10 | Introduce the',
  );
  const documents = fc.array(pieces, { maxLength: 40 }).map((lines) => lines.join('\n'));

  it('is always one of the documented kinds; sessions, when found, run in order inside the plan', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const plan = parseLessonPlan({ text, format: 'markdown' });
        expect(KINDS).toContain(plan.kind);
        let previous = 0;
        for (const session of plan.sessions ?? []) {
          expect(session.line).toBeGreaterThan(previous);
          expect(session.endLine).toBeGreaterThanOrEqual(session.line);
          expect(session.endLine).toBeLessThanOrEqual(plan.lines.length);
          previous = session.endLine;
        }
        if (plan.cutOff !== undefined)
          expect(text.split('\n')[plan.cutOff.line - 1]?.trim()).toBe(plan.cutOff.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stems, summaries and grids', () => {
  const kinds = (text: string) => parseLessonPlan({ text }).sections.map((section) => section.kind);

  it('reads "Students will:" as an objectives stem before the lesson starts, and as text inside an episode', () => {
    const before = parseLessonPlan({ text: 'Students will:\n- compare two maps\nStarter (5 mins): quiz' });
    expect(before.objectives.map((objective) => objective.text)).toEqual(['compare two maps']);
    const inside = parseLessonPlan({
      text: 'Learning objective: To compare two maps\nMain (20 mins)\nStudents will:\n- work in pairs to sort the cards',
    });
    expect(inside.objectives.map((objective) => objective.text)).toEqual(['To compare two maps']);
    expect(inside.sections.map((section) => section.kind)).toEqual(['objectives', 'main']);
  });

  it('reads "Summary" before the episodes as the overview and after them as the plenary', () => {
    expect(
      kinds(
        'Summary:\nPupils compare maps\nStarter (5 mins): quiz\nMain (20 mins): sorting\nSummary (5 mins): share one idea',
      ),
    ).toEqual(['context', 'starter', 'main', 'plenary']);
  });

  it('reads a Time | Activity | Differentiation | AfL grid as timed episodes named by their own labels', () => {
    const plan = parseLessonPlan({
      text: [
        '| Time | Activity | Differentiation | AfL |',
        '| 10 mins | Starter: odd one out | Word bank | Show-me boards |',
        '| 30 minutes | Animation activity | Template | Circulate |',
        '| 5 mins | Plenary: one thing learnt | Sentence starter | Exit ticket |',
      ].join('\n'),
    });
    expect(plan.sections.map((section) => [section.kind, section.minutes])).toEqual([
      ['other', undefined],
      ['starter', 10],
      ['main', 30],
      ['plenary', 5],
    ]);
    expect(plan.sections[1]!.body.map((entry) => entry.text)).toEqual([
      'odd one out',
      'Word bank',
      'Show-me boards',
    ]);
  });

  it('reads a bold paragraph of a page as a heading', () => {
    const plan = parseLessonPlan({
      text: '<html><body><p><strong>Review</strong></p><p>Pupils recall three facts.</p><p><b>Teaching input</b></p><p>Model the method.</p></body></html>',
    });
    expect(plan.sections.map((section) => section.kind)).toEqual(['starter', 'main']);
  });
});

describe("a file's notes on where it came from", () => {
  const text = [
    '# source: github example/plans, lesson.md; licence: CC BY 4.0',
    '# form: UK lesson plan with Differentiation and SEN notes',
    '# Volcanoes',
    '## Learning objective',
    'To explain why volcanoes erupt',
  ].join('\n');

  it('are not the title, and no check finds evidence in them, while every line keeps its number', () => {
    const plan = parseLessonPlan({ text, format: 'markdown' });
    expect(plan.title).toBe('Volcanoes');
    expect(plan.lines.slice(0, 3)).toEqual(['', '', '# Volcanoes']);
    expect(plan.objectives).toEqual([{ text: 'To explain why volcanoes erupt', line: 5 }]);
  });
});

describe('reading stays linear on long runs (issue 8)', () => {
  it('reads an objective followed by 80,000 dots', () => {
    const plan = parseLessonPlan({ text: `Learning objective: To explain${'.'.repeat(80_000)}` });
    expect(plan.objectives).toHaveLength(1);
    expect(plan.objectives[0]!.text.startsWith('To explain')).toBe(true);
  });

  it('reads 250,000 repetitions of "( " as one line of text', () => {
    const text = '( '.repeat(250_000);
    const plan = parseLessonPlan({ text });
    expect(plan.lines).toHaveLength(1);
    expect(plan.sections).toEqual([]);
    expect(plan.kind).toBe('not-a-plan');
  });

  it('reads a heading of 250,000 "( " and a label of 100,000 dashes and spaces', () => {
    const plan = parseLessonPlan({
      text: `## Starter ${'( '.repeat(250_000)}\nquiz\nPlenary${' -'.repeat(50_000)} x\nMain ${'1'.repeat(100_000)} hours`,
    });
    expect(plan.lines).toHaveLength(4);
    expect(plan.sections[0]?.heading.startsWith('Starter (')).toBe(true);
  });

  it('reads keywords ending in 80,000 dots and a form header of 100,000 spaces', () => {
    const plan = parseLessonPlan({
      text: `Keywords: energy${'.'.repeat(80_000)}\nSubject: Science${' '.repeat(100_000)}Year: 7`,
    });
    expect(plan.keywords[0]).toBe('energy');
    expect(plan.subject).toBe('Science');
  });

  it('reads markup of 100,000 unclosed tags and 100,000 nested divs', () => {
    const open = parseLessonPlan({ text: `<p>Starter: quiz</p><p>${'<b'.repeat(100_000)}`, format: 'html' });
    expect(open.sections[0]?.kind).toBe('starter');
    const nested = parseLessonPlan({
      text: `${'<div>'.repeat(100_000)}<h2>Plenary</h2><p>Pupils write one sentence.</p>${'</div>'.repeat(100_000)}`,
      format: 'html',
    });
    expect(nested.sections.map((section) => section.kind)).toEqual(['plenary']);
  });
});

describe('a time column wherever the grid puts it', () => {
  it('reads bare numbers under "Time" in a Docs table as each part’s minutes', () => {
    const html =
      '<html><body><h1>Rivers</h1><table>' +
      '<tr><td>Phase</td><td>Time</td><td>Teacher</td><td>Pupils</td></tr>' +
      '<tr><td>Starter</td><td>5</td><td>Shows a photo</td><td>Name the features</td></tr>' +
      '<tr><td>Main</td><td>0-25</td><td>Models a sketch map</td><td>Draw their own</td></tr>' +
      '<tr><td>Plenary</td><td>10</td><td>Asks the key question</td><td>Answer on a post-it</td></tr>' +
      '</table></body></html>';
    const plan = parseLessonPlan({ text: html, format: 'html' });
    expect(
      plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => [section.kind, section.minutes]),
    ).toEqual([
      ['starter', 5],
      ['main', 25],
      ['plenary', 10],
    ]);
  });
});

describe('plans no one here tuned for', () => {
  it('a plan that stops mid-sentence is cut there, and is named by its heading, not its "Lesson: 3 of 6" field', () => {
    const plan = read('extra-y8-computing-python-selection.md');
    expect(plan.title).toBe('Computing – Year 8 – Programming with Python: Selection');
    expect(plan.cutOff?.text.endsWith('before age < 16 then')).toBe(true);
  });

  it('a brief plan of activity notes is a lesson plan that lists what happens', () => {
    const plan = read('extra-y9-english-omam-ch3.md');
    expect(plan.activities?.map((activity) => activity.line)).toEqual([2, 3, 4, 5, 6, 7]);
    const analysis = analyseLessonPlan({ text: plan.lines.join('\n') });
    expect(analysis.prompts.map((prompt) => prompt.messageId)).toEqual(['brief']);
  });

  it.each([
    // A 5E plan's stem with its initials, on its label's line.
    [
      [
        'Objectives – Students will be able to (SWBAT):',
        '1. Describe erosion.',
        '2. Name two agents of erosion.',
      ],
      ['Describe erosion.', 'Name two agents of erosion.'],
    ],
    // A curriculum reference beside the objective, in brackets or not.
    [
      [
        'Learning objective:',
        'To order fractions with the same numerator.',
        '(NC Y3: "compare and order unit fractions")',
      ],
      ['To order fractions with the same numerator.'],
    ],
    [["WALT: infer a character's feelings", '(KS2 content domain 2d)'], ["infer a character's feelings"]],
  ])('reads %j as the objectives %j', (lines, objectives) => {
    expect(parseLessonPlan({ text: lines.join('\n') }).objectives.map((objective) => objective.text)).toEqual(
      objectives,
    );
  });

  it.each([
    // A list of timed parts is the lesson's episodes.
    [
      [
        '## Every day',
        '- **10 mins** – Warm-up intro: count in 3s',
        '- **25 mins** – Stations: groups rotate',
        '- **5 mins** – Plenary: share one strategy',
      ],
      [
        ['starter', 10],
        ['main', 25],
        ['plenary', 5],
      ],
    ],
    // A timed step under a timed episode is part of it.
    [
      [
        'Main (30 mins)',
        '- 10 mins – Card sort in pairs',
        '- 20 mins – Write up the method',
        'Plenary (5 mins): exit ticket',
      ],
      [
        ['main', 30],
        ['plenary', 5],
      ],
    ],
    // What an episode's heading opens with is its own; the teacher's notes after the lesson are no part of it.
    [
      [
        'Starter (5 mins): recall quiz',
        'EVALUATE (10 minutes)',
        'Exit ticket (individual):',
        '1. Define erosion.',
        'Reflection (after lesson):',
      ],
      [
        ['starter', 5],
        ['plenary', 10],
      ],
    ],
  ])('reads %j as the episodes %j', (lines, episodes) => {
    const plan = parseLessonPlan({ text: lines.join('\n') });
    expect(
      plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => [section.kind, section.minutes]),
    ).toEqual(episodes);
  });

  it.each([
    ['Staff briefing', 'Present: AK, BL', 'Apologies: CM', 'Actions: BL to order books'],
    [
      'Stationery order',
      'Exercise books (pack of 10) – £4.50',
      'Whiteboard pens – £6.00',
      'Glue sticks x30 – £7.20',
    ],
  ])('keeps a document that is not a plan as not a plan: %j', (...lines) => {
    expect(parseLessonPlan({ text: lines.join('\n') }).kind).toBe('not-a-plan');
  });
});

describe('steps timed inside a part of their own', () => {
  it('counts "11:35–11:40 I do" within "11:35–11:55 EXAM QUESTION" once: the lesson adds up to its hour', () => {
    const text = readFileSync(join(FIXTURES, 'reading', 'clock-steps-within.md'), 'utf8');
    const analysis = analyseLessonPlan({ text, format: 'markdown' });
    const timed = analysis.strengths.find((finding) => finding.rule === 'lesson/timings-add-up');
    expect(timed?.message).toContain('adding up to 60 minutes');
    expect(analysis.prompts.map((prompt) => prompt.messageId)).not.toContain('mismatch');
  });
});

describe('a lesson grid a Doc flattened a cell to a line', () => {
  const text = [
    'Lesson Plan',
    'Learning Objectives',
    'To serve a high serve to the back of the court',
    '',
    'Time',
    'Activity',
    'Teaching Points',
    'Differentiation',
    'Organisation',
    '0-10',
    'Register and pulse raiser – jog the court lines',
    'Tall posture, arms loose',
    'Sam – register job',
    'Whole group',
    '10-25',
    'Demo the high serve. Pairs: serve and catch, 10 each then swap',
    'Racket back early, contact high',
    'LA – shorter grip. HA – aim at a hoop',
    'Pairs',
    '25-50',
    'Conditioned game – points double for a serve past the back line',
    'Move back to base after each serve',
    'Mixed pairs',
    'Round robin',
    '50-55',
    'Plenary',
    'What made a serve go deep?',
    'Seated',
    '55-60',
    'Equipment away, change',
    '',
    'Homework',
    'None',
  ].join('\n');
  const plan = parseLessonPlan({ text });

  it('reads each row as a timed part named by its activity, not the column names as headings', () => {
    expect(
      plan.sections
        .filter((section) => section.minutes !== undefined)
        .map((section) => [section.kind, section.heading, section.minutes]),
    ).toEqual([
      ['starter', '0-10 Register and pulse raiser', 10],
      ['main', '10-25 Demo the high serve', 15],
      ['main', '25-50 Conditioned game', 25],
      ['plenary', '50-55 Plenary', 5],
      ['context', '55-60 Equipment away, change', 5],
    ]);
    expect(plan.sections.some((section) => section.kind === 'differentiation')).toBe(false);
    expect(
      plan.sections.find((section) => section.kind === 'homework')?.body.map((entry) => entry.text),
    ).toEqual(['None']);
  });
});

describe('a workshop written as numbered steps, each timed in brackets after its bold name', () => {
  const text = [
    'Y9 Drama – Physical theatre – chair duets',
    '9X2 / Drama studio / Thurs P4 (60 min)',
    '',
    'Focus: using physical theatre to show a relationship without words',
    '',
    "1. **Warm up – walk the space** (5') – walk at speeds 1-10, freeze on clap, change levels.",
    "2. **Zip Zap Boing → Push & Pull in pairs** (10') – palm to palm, lead and follow. Talk about trust.",
    "3. **Watch** (5') – a chair duet clip. Qs: what is the relationship? How do you know?",
    "4. **Build a sequence** (30') – pairs make up 3 moves each and join them into a 6-move sequence.",
    "5. **Share** (15') – half the room perform, half watch, then swap.",
  ].join('\n');
  const plan = parseLessonPlan({ text });

  it("reads each step as a part with its time, the teacher's own name for it too", () => {
    expect(plan.lessonMinutes).toBe(60);
    expect(
      plan.sections.filter((section) => section.minutes !== undefined).map((section) => section.minutes),
    ).toEqual([5, 10, 5, 30, 15]);
  });

  it('says the parts add up to more than the lesson, before what the plan could add', () => {
    const { prompts } = analyseLessonPlan({ text });
    expect(prompts.map((finding) => finding.messageId)).toContain('mismatch');
  });
});

describe('a part timed as a whole, then split into its timed steps', () => {
  it('counts the steps, not the part as well', () => {
    const plan = parseLessonPlan({
      text: [
        'Year 4 Maths – Multiplication   9:50–10:45',
        'LO: To multiply a 2-digit number by a 1-digit number',
        '',
        'STARTER – 10 mins',
        'Times tables ping pong on whiteboards.',
        '',
        'MAIN – 35 mins',
        '',
        'I do (approx 10 mins)',
        'Model 23 x 3 with place value counters alongside the column method.',
        '',
        'We do (approx 5 mins)',
        '24 x 4 and 37 x 2 on whiteboards in pairs.',
        '',
        'You do – 20 mins – differentiated sheets',
        'Three sheets, with and without exchange.',
        '',
        'PLENARY – 10 mins',
        'Always, sometimes or never true?',
      ].join('\n'),
    });
    const timed = plan.sections.filter((section) => section.minutes !== undefined);
    expect(timed.reduce((sum, section) => sum + section.minutes!, 0)).toBe(55);
  });
});

describe('a strength quoted from a long paragraph', () => {
  it("quotes the sentence that holds the evidence, not the paragraph's opening", () => {
    const analysis = analyseLessonPlan({
      text: [
        'Y9 History – the Somme',
        'LO: To make a judgement about the Somme and back it up with evidence',
        '',
        '## Main',
        'Then the write-up. They answer the big question in a PEEL paragraph, using at least two sources from the pack we sorted earlier. Stop at 10:40 for a mini plenary on show-me boards: one piece of evidence each.',
        '',
        '## Plenary',
        'Two pupils read out their judgements; the class votes on which is better supported.',
      ].join('\n'),
    });
    const check = analysis.strengths.find((finding) => finding.rule === 'lesson/mini-plenary');
    expect(check?.quote).toBe(
      'Stop at 10:40 for a mini plenary on show-me boards: one piece of evidence each.',
    );
  });
});

describe('a pacing table whose times count on from the start, with a row left untimed', () => {
  it('times each row by its span, not by where it ends', () => {
    const plan = parseLessonPlan({
      text: [
        'Y10 RS – the Trinity (60 mins)',
        'LO: To explain what Christians mean by the Trinity',
        '',
        '| Time | Stage | Teacher | Students |',
        '|------|-------|---------|----------|',
        '| 0-5 | Do Now | 3 recall questions on the board | answer in books |',
        '| 5-15 | Intro | Show the Trinity shield | copy and label the diagram |',
        '| 15-25 | Source work | Read Matthew 3:16-17 aloud | annotate the extract |',
        '| 25-40 | Main task | circulate | card sort, then a PEEL paragraph |',
        '| 40-50 | Exam Q | model the first point | 5-mark question |',
        '| | Analogies | water, ice and steam | pairs discuss |',
        '| 55-60 | Plenary | exit ticket | one thing I now understand |',
      ].join('\n'),
    });
    expect(
      plan.sections.filter((section) => section.minutes !== undefined).map((section) => section.minutes),
    ).toEqual([5, 10, 10, 15, 10, 5]);
  });
});

describe('a draft whose support lines are left to fill in', () => {
  it('praises neither the blank EAL line nor the empty "Challenge:"', () => {
    const analysis = analyseLessonPlan({
      text: [
        'S3 French – Ma ville',
        "LI: To describe my town using il y a and il n'y a pas de",
        '',
        '### Writing (15 mins)',
        'Write 4–5 sentences about your town.',
        '',
        'Support: sentence builder',
        'Challenge:',
        '',
        '## ASN / support',
        '- Callum (dyslexia) – sentence builder on cream paper',
        '- Oliwia (EAL – Polish) –',
      ].join('\n'),
    });
    const praised = analysis.strengths.map((finding) => finding.rule);
    expect(praised).not.toContain('lesson/eal-support');
    expect(praised).not.toContain('lesson/most-able-challenge');
  });
});

describe('timed parts under one Markdown heading', () => {
  it('reads "**Investigation (30 min):**" after "**Teacher input (15 min):**" as the next part, and "Adult deployment" as the adults', () => {
    const plan = parseLessonPlan({
      text: [
        '### Lesson sequence',
        '',
        '**Starter (5 min):** Odd one out: three magnets on the board.',
        '',
        '**Teacher input (10 min):** Demo with two bar magnets; model the results table.',
        '',
        '**Investigation (25 min):** In 3s, test which materials are magnetic and record each in the table.',
        '',
        '**Plenary (5 min):** Which material surprised you, and why?',
        '',
        '### Adult deployment',
        '',
        '- **TA (Mr Cole):** with the blue table; reads the instructions aloud.',
      ].join('\n'),
      format: 'markdown',
    });
    expect(
      plan.sections
        .filter((section) => section.kind !== 'context')
        .map((section) => [section.kind, section.minutes]),
    ).toEqual([
      ['starter', 5],
      ['main', 10],
      ['main', 25],
      ['plenary', 5],
      ['teaching-assistant', undefined],
    ]);
  });
});

describe('objectives as a languages teacher or a prose planner writes them', () => {
  it('reads "Objetivos:" as the objectives heading', () => {
    const plan = parseLessonPlan({
      text: [
        '# 8S2 Spanish: ¿Qué comes?',
        '',
        '**Objetivos:**',
        '1. Name eight drinks in Spanish',
        '2. Give opinions using *me gusta / me gustan*',
        '',
        '**Starter (5 min):** Match the pictures to the words.',
      ].join('\n'),
      format: 'markdown',
    });
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'Name eight drinks in Spanish',
      'Give opinions using me gusta / me gustan',
    ]);
  });

  it('gives each of "(1) ..., (2) ..., (3) ..." typed on one line its own objective', () => {
    const plan = parseLessonPlan({
      text: [
        'Year 12 Sociology – the functionalist view of the family',
        '',
        'Objectives: (1) Outline Murdock’s four functions of the family, (2) Evaluate the functionalist view using feminist critiques, (3) Plan a 10-mark answer.',
        '',
        'I will open with a retrieval quiz on last week’s definitions, ten minutes, self-marked, with the scores in the back of their folders so they can see the trend.',
        '',
        'Then the exam practice: in pairs they plan the 10-mark answer on A3 while I go round and push each pair to make a judgement, not just list the critiques.',
        '',
        'Plenary, if we get there: two pairs share their judgement sentence.',
      ].join('\n'),
      format: 'text',
    });
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'Outline Murdock’s four functions of the family',
      'Evaluate the functionalist view using feminist critiques',
      'Plan a 10-mark answer',
    ]);
  });
});

describe('a timings table with the worked examples written out above it', () => {
  const text = [
    '# GCSE Business – break-even (60 mins)',
    '',
    '## Learning objectives',
    '1. Calculate break-even output using the formula.',
    '',
    '## Worked examples',
    '',
    '**I do – "Cake Stall":** FC £600, SP £5, VC £2. Contribution £3, so break-even is 200 cakes.',
    '',
    '## Lesson timings',
    '',
    '| Time | Activity | Teacher | Students |',
    '|---|---|---|---|',
    '| 0–5 | Do Now | 4 recall Qs on slide | Silent, in books |',
    '| 5–15 | Input | I do Cake Stall example on the board | Copy into notes |',
    '| 15–25 | We do | Step through a second example | MWB each step |',
    '| 25–40 | Break-even chart | Model drawing the chart on the visualiser | Draw own chart |',
    '| 40–55 | Independent practice | Circulate | Bronze, Silver or Gold sheet |',
    '| 55–60 | Plenary – exit ticket | Collect at door | 3 Qs |',
  ].join('\n');

  it('reads "Break-even chart" as a part of the lesson, and "I do" as the content of the row that names it', () => {
    const plan = parseLessonPlan({ text, format: 'markdown' });
    const parts = plan.sections.filter(
      (section) => EPISODE_KINDS.includes(section.kind) && section.within === undefined,
    );
    expect(parts.map((part) => [part.heading, part.minutes])).toEqual([
      ['0–5 Do Now', 5],
      ['5–15 Input', 10],
      ['15–25 We do', 10],
      ['25–40 Break-even chart', 15],
      ['40–55 Independent practice', 15],
      ['55–60 Plenary – exit ticket', 5],
    ]);
  });

  it('asks for no minutes for "I do", and praises the timings quoting the first row\'s time and part', () => {
    const analysis = analyseLessonPlan({ text, format: 'markdown' });
    const timings = [...analysis.strengths, ...analysis.prompts].filter(
      (finding) => finding.rule === 'lesson/timings-add-up',
    );
    expect(timings.map((finding) => [finding.messageId, finding.quote])).toEqual([['timed', '0–5 | Do Now']]);
  });
});

describe("a plan's header fields on one line, and its reflection box after the lesson", () => {
  const text = [
    '## Y12 Psychology – Memory L2: The Multi-Store Model',
    '',
    '**Group:** 12PSY-B (14 students)   **Length:** 60 mins   **Date:** Thurs wk 4',
    '',
    '### LOs',
    '- LO1 Outline the multi-store model of memory',
    '',
    '### Timings',
    '',
    '| Time | Activity | Who / how |',
    '|---|---|---|',
    '| 0–8 | **Starter:** digit span test | whole class |',
    '| 8–20 | **Input:** MSM diagram built up on board | teacher-led |',
    '| 20–60 | **Research jigsaw:** five study cards, then the table | pairs |',
    '| 60–65 | **Plenary:** 6-mark exam Q, self-assessed | individual |',
    '',
    '### Resources',
    'Study cards x5, digit span sequences',
    '',
    '### Reflection',
    'TBC',
  ].join('\n');

  it('reads "**Length:** 60 mins" among the fields as the lesson\'s length, and "Reflection" as no ending', () => {
    const plan = parseLessonPlan({ text, format: 'markdown' });
    expect(plan.lessonMinutes).toBe(60);
    expect(
      plan.sections.filter((section) => section.kind === 'plenary').map((section) => section.line),
    ).toEqual([15]);
  });

  it('says the parts run over the lesson, and asks for no minutes for the reflection', () => {
    const analysis = analyseLessonPlan({ text, format: 'markdown' });
    expect(
      analysis.prompts
        .filter((prompt) => prompt.rule === 'lesson/timings-add-up')
        .map((prompt) => prompt.messageId),
    ).toEqual(['mismatch']);
  });
});

describe('a lesson told as prose, with its timings summed up on a line after it', () => {
  const text = [
    '# Y10 Chemistry – Electrolysis of molten compounds',
    '',
    '**Lesson:** Mon P1 – single, 60 mins',
    '',
    '## Objectives',
    '1. Describe what happens during the electrolysis of a molten ionic compound.',
    '',
    '## Plan',
    '',
    'We start with a retrieval grid on the board as they come in (10 mins) – four boxes from the ionic bonding topic, swapped and marked in books.',
    '',
    'Next I will introduce the key words with the slide: electrolysis, electrolyte, electrode, anode and cathode, and they copy them into the back of their books.',
    '',
    'Then the demo of molten lead bromide on the RSC video (approx 4 mins), pausing when the bulb lights, and we build the diagram up on the board together.',
    '',
    'Main task is a worksheet with six molten compounds, naming the product at each electrode. The ones who finish go on to the half equations section on the back.',
    '',
    'If there is time at the end I will do a quick true or false recap of the key words on the board.',
    '',
    'Next lesson is electrolysis of aqueous solutions, so they need to be secure on molten first.',
    '',
    '**Timings roughly:** retrieval 10, vocab 5, video + diagram 15, worksheet 15, recap 5?',
  ].join('\n');

  it('times each phase from the summary where its paragraph does not, and reads "Next lesson is..." as no phase', () => {
    const plan = parseLessonPlan({ text, format: 'markdown' });
    expect(plan.lessonMinutes).toBe(60);
    expect(
      plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => [section.kind, section.minutes]),
    ).toEqual([
      ['starter', 10],
      ['main', 5],
      ['main', 15],
      ['main', 15],
      ['plenary', 5],
    ]);
  });

  it('says the phases fill 50 of the 60 minutes, and quotes the sentence that sets the stretch', () => {
    const analysis = analyseLessonPlan({ text, format: 'markdown' });
    expect(analysis.prompts.map((prompt) => prompt.message).join('\n')).toContain(
      'The episode timings add up to 50 minutes, but the lesson is 60 minutes.',
    );
    expect(analysis.strengths.find((entry) => entry.rule === 'lesson/most-able-challenge')?.quote).toBe(
      'The ones who finish go on to the half equations section on the back.',
    );
  });
});

describe('an early-years plan with its focus and its objectives', () => {
  it('reads "Focus:" as the topic where "LO:" lines state the objectives', () => {
    const plan = parseLessonPlan({
      text: [
        'RECEPTION MATHS - Robins - Spr 1 Wk 4',
        '',
        'Focus: composition of 5 (following on from subitising 1-5 last week)',
        '',
        'LO: To know that 5 can be made from two smaller numbers',
        'LO: To use the words whole and part',
        '',
        'Warm up (3 mins)',
        'Five Little Speckled Frogs with fingers.',
      ].join('\n'),
    });
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'To know that 5 can be made from two smaller numbers',
      'To use the words whole and part',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseLessonPlan } from '../../shared/lesson';
import { htmlToText, looksLikeHtml } from '../../shared/lesson/html';
import { htmlBlocks } from '../../shared/lesson/read/html-blocks';
import type { SectionKind } from '../../shared/lesson/types';
import { EPISODE_KINDS } from '../../shared/lesson/vocabulary';
import { fixture, fixtureNames } from './fixture-files';

interface ParsedShape {
  title: string;
  subject?: string;
  yearGroup?: string;
  lessonMinutes?: number;
  firstObjective?: string;
  objectives: number;
  successCriteria: number;
  keywords: number;
  misconceptions: number;
  /** The episodes in order, with their minutes when the plan times them. */
  episodes: [SectionKind, number | undefined][];
}

const PARSED: Record<string, ParsedShape> = {
  '01-uk-primary-maths-fractions.txt': {
    title: 'Year 3 Maths – Fractions of amounts',
    subject: 'Mathematics',
    yearGroup: 'Year 3',
    lessonMinutes: 60,
    firstObjective: 'To find unit fractions of amounts using sharing and bar models.',
    objectives: 1,
    successCriteria: 3,
    keywords: 6,
    misconceptions: 2,
    episodes: [
      ['starter', 10],
      ['main', 15],
      ['mini-plenary', undefined],
      ['independent', 20],
      ['guided', 15],
      ['plenary', 10],
    ],
  },
  '02-uk-secondary-english-persuasive.md': {
    title: 'Year 9 English: Persuasive openings',
    subject: 'English',
    yearGroup: 'Year 9',
    lessonMinutes: 50,
    firstObjective: 'To write a persuasive opening that hooks the reader using rhetorical devices.',
    objectives: 1,
    successCriteria: 3,
    keywords: 5,
    misconceptions: 0,
    episodes: [
      ['starter', 5],
      ['main', 10],
      ['main', 10],
      ['independent', 20],
      ['plenary', 5],
    ],
  },
  '03-us-grade5-math.txt': {
    title: 'Adding Fractions with Unlike Denominators',
    subject: 'Mathematics',
    yearGroup: 'Grade 5',
    lessonMinutes: 45,
    firstObjective: 'SWBAT add two fractions with unlike denominators by finding a common denominator.',
    objectives: 2,
    successCriteria: 0,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['starter', 5],
      ['main', 10],
      ['main', 10],
      ['independent', 15],
      ['plenary', 5],
    ],
  },
  '04-oak-style-history.md': {
    title: 'Why did the Normans win the Battle of Hastings?',
    subject: 'History',
    yearGroup: 'Year 7',
    firstObjective: 'I can explain the reasons why William won the Battle of Hastings in 1066.',
    objectives: 1,
    successCriteria: 3,
    keywords: 3,
    misconceptions: 1,
    episodes: [
      ['starter', undefined],
      ['main', undefined],
      ['main', undefined],
      ['plenary', undefined],
    ],
  },
  '05-google-docs-computing.html': {
    title: 'Year 8 Computing – Selection in Python',
    subject: 'Computing',
    yearGroup: 'Year 8',
    lessonMinutes: 60,
    firstObjective: 'To use if, elif and else to make a program choose between options',
    objectives: 2,
    successCriteria: 3,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['starter', 5],
      ['main', 15],
      ['mini-plenary', 5],
      ['independent', 25],
      ['plenary', 10],
    ],
  },
  '06-table-flattened-pe.txt': {
    title: 'PE lesson plan - Year 10 GCSE PE - Netball: creating space in attack',
    subject: 'Physical education',
    yearGroup: 'Year 10',
    lessonMinutes: 60,
    firstObjective: 'To create and use space in attack by making well-timed dodges and leads',
    objectives: 1,
    successCriteria: 3,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['starter', 10],
      ['main', 15],
      ['main', 20],
      ['main', 10],
      ['plenary', 5],
    ],
  },
  '07-half-written-re.txt': {
    title: 'RE – Year 6 – Why do some people believe in God?',
    subject: 'Religious education',
    yearGroup: 'Year 6',
    firstObjective: 'to know about different beliefs',
    objectives: 1,
    successCriteria: 0,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['starter', undefined],
      ['main', undefined],
    ],
  },
  '08-tuition-maths-one-to-one.md': {
    title: 'One-to-one tuition: Year 6 maths – multiplying a 4-digit number by a 2-digit number',
    subject: 'Mathematics',
    yearGroup: 'Year 6',
    // "Session length: 30 minutes".
    lessonMinutes: 30,
    firstObjective: 'to multiply a 4-digit number by a 2-digit number using long multiplication',
    objectives: 1,
    successCriteria: 1,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['intervention', 2],
      ['intervention', 5],
      ['intervention', 5],
      ['intervention', 6],
      ['intervention', 6],
      ['intervention', 4],
      ['plenary', 2],
    ],
  },
  '09-intervention-phonics-incomplete.txt': {
    title: 'PHONICS CATCH-UP INTERVENTION – WAVE 2',
    subject: 'English',
    yearGroup: 'Year 2',
    firstObjective: 'Reading words with the split digraph a-e',
    objectives: 1,
    successCriteria: 0,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['intervention', undefined],
      ['intervention', undefined],
      ['intervention', undefined],
      ['intervention', undefined],
    ],
  },
  '10-primary-guided-reading.md': {
    title: 'Year 2 English – Guided reading: "The Owl Who Was Afraid of the Dark"',
    subject: 'English',
    yearGroup: 'Year 2',
    lessonMinutes: 45,
    firstObjective: 'To infer how a character feels using clues from the text.',
    objectives: 1,
    successCriteria: 2,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['guided', 30],
      ['main', 10],
      ['plenary', 5],
    ],
  },
  '11-secondary-geography-caps.txt': {
    title: 'YEAR 8 GEOGRAPHY: RIVER FLOODING',
    subject: 'Geography',
    yearGroup: 'Year 8',
    lessonMinutes: 55,
    firstObjective: 'To explain the physical and human causes of river flooding',
    objectives: 2,
    successCriteria: 3,
    keywords: 5,
    misconceptions: 0,
    episodes: [
      ['starter', 5],
      ['main', 15],
      ['main', 20],
      ['plenary', 10],
    ],
  },
  '12-web-page-french.html': {
    title: 'Year 7 French: Ma famille (describing family members)',
    subject: 'French',
    yearGroup: 'Year 7',
    lessonMinutes: 60,
    firstObjective: "To describe family members using il/elle s'appelle and il/elle a ... ans",
    objectives: 2,
    successCriteria: 3,
    keywords: 7,
    misconceptions: 1,
    episodes: [
      ['starter', 8],
      ['main', 12],
      ['mini-plenary', 5],
      ['independent', 20],
      ['plenary', 15],
    ],
  },
  '13-ks1-phonics-table.txt': {
    title: 'Phonics – Phase 3 – Week 4 Day 2 – Year 1 (KS1)',
    subject: 'English',
    yearGroup: 'Year 1',
    firstObjective: 'To read and spell words containing the ur grapheme',
    objectives: 1,
    successCriteria: 3,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['starter', 5],
      ['main', 5],
      ['independent', 10],
      ['main', 7],
      ['plenary', 3],
    ],
  },
  '14-secondary-maths-i-do-we-do.txt': {
    title: 'Y8 Maths - Solving two-step equations',
    subject: 'Mathematics',
    yearGroup: 'Year 8',
    lessonMinutes: 55,
    firstObjective: 'Solve two-step linear equations using inverse operations',
    objectives: 1,
    successCriteria: 0,
    keywords: 4,
    misconceptions: 1,
    episodes: [
      ['starter', 5],
      ['main', 10],
      ['main', 10],
      ['independent', 20],
      ['plenary', 5],
    ],
  },
  '15-a-level-biology-numbered.txt': {
    title: 'A Level Biology (OCR A) – Year 12',
    subject: 'Biology',
    yearGroup: 'Year 12',
    lessonMinutes: 60,
    firstObjective: 'Describe the effect of temperature on membrane permeability',
    objectives: 3,
    successCriteria: 3,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['starter', 10],
      ['main', 10],
      ['main', 25],
      ['main', 10],
      ['plenary', 5],
    ],
  },
  '16-eyfs-reception-number.txt': {
    title: 'Reception – Autumn 2 – Week 3 – Maths',
    subject: 'Mathematics',
    yearGroup: 'Reception',
    firstObjective: 'Composition of 5',
    objectives: 1,
    successCriteria: 1,
    keywords: 7,
    misconceptions: 0,
    episodes: [
      ['main', 15],
      ['guided', 15],
      ['independent', undefined],
      ['plenary', 5],
    ],
  },
  '17-scottish-cfe-persuasive.txt': {
    title: 'Persuasive writing – healthy school lunches',
    subject: 'English',
    firstObjective: 'We are learning to use persuasive techniques to influence a reader.',
    objectives: 1,
    successCriteria: 3,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['starter', 10],
      ['main', 25],
      ['plenary', 10],
    ],
  },
  '18-pdf-paste-history.txt': {
    title: 'Why did the Western Front become a stalemate?',
    subject: 'History',
    yearGroup: 'Year 9',
    firstObjective:
      'To explain the reasons why the war on the Western Front became a stalemate by the end of 1914.',
    objectives: 1,
    successCriteria: 3,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['starter', 5],
      ['main', 15],
      ['main', 20],
      ['plenary', 10],
    ],
  },
  '19-welsh-science-insulators.txt': {
    title: 'Cynllun Gwers / Lesson Plan – Year 4 – Science and Technology AoLE',
    subject: 'Science',
    yearGroup: 'Year 4',
    firstObjective: 'To investigate which material makes the best insulator.',
    objectives: 1,
    successCriteria: 3,
    keywords: 0,
    misconceptions: 0,
    episodes: [
      ['starter', 10],
      ['main', 25],
      ['plenary', 10],
    ],
  },
};

describe('parsing each fixture', () => {
  it.each(fixtureNames)('%s', (name) => {
    const plan = parseLessonPlan(fixture(name));
    const expected = PARSED[name]!;
    expect({
      title: plan.title,
      subject: plan.subject,
      yearGroup: plan.yearGroup,
      lessonMinutes: plan.lessonMinutes,
      firstObjective: plan.objectives[0]?.text,
      objectives: plan.objectives.length,
      successCriteria: plan.successCriteria.length,
      keywords: plan.keywords.length,
      misconceptions: plan.misconceptions.length,
      episodes: plan.sections
        .filter((section) => EPISODE_KINDS.includes(section.kind))
        .map((section) => [section.kind, section.minutes]),
    }).toEqual(expected);
  });

  it.each(fixtureNames)('%s: sections are in order and each body lies inside its section', (name) => {
    const plan = parseLessonPlan(fixture(name));
    let previousEnd = 0;
    for (const section of plan.sections) {
      expect(section.line).toBeGreaterThan(previousEnd);
      expect(section.endLine).toBeGreaterThanOrEqual(section.line);
      for (const entry of section.body) {
        expect(entry.line).toBeGreaterThanOrEqual(section.line);
        expect(entry.line).toBeLessThanOrEqual(section.endLine);
      }
      previousEnd = section.endLine;
    }
  });
});

describe('reading the forms plans take', () => {
  const kinds = (text: string) => parseLessonPlan({ text }).sections.map((section) => section.kind);

  it('reads UK headings with colons, in capitals and in Markdown', () => {
    expect(
      kinds(
        'Learning objective: To add\nSTARTER (5 mins)\nquiz\n## Main activity\nteacher models\nPlenary – 5 mins',
      ),
    ).toEqual(['objectives', 'starter', 'main', 'plenary']);
  });

  it('reads a run of labelled parts, a line each, though "Input" is an everyday word', () => {
    expect(
      kinds(
        [
          'LO: to know the difference between pulse and rhythm',
          'Starter (5 min) – hello song, pass the pulse round the circle',
          'Input – stomp stomp clap is the pulse, then clap the words for the rhythm',
          'Main – chn make their own 4 beat rhythm using food words',
        ].join('\n'),
      ),
    ).toEqual(['objectives', 'starter', 'main', 'main']);
  });

  it('reads two SWBAT lines as two objectives, though the second starts in lower case', () => {
    const plan = parseLessonPlan({
      text: [
        '**SWBAT:** explain how British policies led to colonial resistance, using 2 primary sources.',
        '**SWBAT:** identify the point of view and purpose of a primary source.',
        'Do Now (5 min): Would you pay a lunch fee you never voted for?',
      ].join('\n'),
    });
    expect(plan.objectives.map((objective) => objective.line)).toEqual([1, 2]);
  });

  it('reads a timetable flattened with " / ", each part lasting until the next starts', () => {
    const plan = parseLessonPlan({
      text: [
        'WALT: write instructions using bossy verbs',
        'Time / Teacher / Children',
        '9:00 / Starter: bossy verb game / Ch on carpet',
        '9:10 / Jam sandwich demo / Ch correct T',
        '9:25 / Ind. writing / Ch write own instructions',
        '9:25 / TA group (Mrs Patel, Green table: Alfie, Maya) - picture cards / LA: stems',
        '9:45 / Plenary: read out one piece / Ch self-assess',
        '9:55 / Tidy up, collect books / ',
      ].join('\n'),
    });
    const episodes = plan.sections.filter(
      (section) => section.kind !== 'objectives' && section.kind !== 'other',
    );
    expect(episodes.map((section) => [section.kind, section.minutes])).toEqual([
      ['starter', 10],
      ['main', 15],
      ['main', 20],
      ['main', 20],
      ['plenary', 10],
    ]);
  });

  it('reads US headings', () => {
    expect(kinds('Standards:\nx\nObjectives:\ny\nProcedure:\nz\nAssessment:\nq\nClosure:\nr')).toEqual([
      'context',
      'objectives',
      'main',
      'assessment',
      'plenary',
    ]);
  });

  it('reads Oak headings', () => {
    expect(
      kinds(
        '## Learning outcome\nI can x\n## Key learning points\n- a\n## Starter quiz\n1. q\n## Learning cycle 1\nx\n## Exit quiz\n1. q',
      ),
    ).toEqual(['objectives', 'success-criteria', 'starter', 'main', 'plenary']);
  });

  it('reads I do / We do / You do, timings after a dash and headings joined with "&"', () => {
    expect(
      kinds(
        'Hook - 5 minutes\nsounds\nI do (10 mins)\nI hum\nWe do (10 mins)\ndrum\nYou do (20 mins)\nstations',
      ),
    ).toEqual(['starter', 'main', 'main', 'independent']);
    expect(
      kinds('## Explanation & modelling (15 min)\nworked example\n## Review and reflection\nquiz'),
    ).toEqual(['main', 'plenary']);
  });

  it('reads other common names for the parts of a lesson', () => {
    expect(
      kinds('Intended learning:\nx\nSettler (5 mins)\nx\nCore task (20 mins)\nx\nLesson close (5 mins)\nx'),
    ).toEqual(['objectives', 'starter', 'main', 'plenary']);
    expect(kinds('Connect\nx\nActivate\nx\nDemonstrate\nx\nConsolidate\nx')).toEqual([
      'starter',
      'main',
      'main',
      'plenary',
    ]);
  });

  it('keeps an everyday word as a sentence unless it stands alone or is timed', () => {
    expect(kinds('Main (20 mins)\nExplain: why the sky is blue.\nReview (5 mins): answers')).toEqual([
      'main',
      'plenary',
    ]);
  });

  it('reads phonics, EYFS and Scottish names for the parts of a lesson', () => {
    expect(
      kinds('Revisit and review (5 mins)\nx\nTeach (5 mins)\nx\nPractise (10 mins)\nx\nApply (7 mins)\nx'),
    ).toEqual(['starter', 'main', 'independent', 'main']);
    expect(
      kinds(
        'Adult-led input (carpet, 10 mins)\nx\nAdult-led small group (6 children, 15 mins, during CP)\nx\nContinuous provision enhancements\nx\nReview at tidy-up time (carpet, 5 mins)\nx',
      ),
    ).toEqual(['main', 'guided', 'independent', 'plenary']);
    expect(
      kinds('Introduction (10 min)\nx\nActive learning (25 min)\nx\nPlenary/Reflection (10 min)\nx'),
    ).toEqual(['starter', 'main', 'plenary']);
  });

  it("reads an early-years plan's Observe for, Look for and Assessment opportunities lists as its success criteria", () => {
    const plan = parseLessonPlan({
      text: [
        'EYFS Nursery – Literacy', // 1
        'Focus: Rhyming words', // 2
        'Carpet input (10 mins)', // 3
        'Observe for: hearing words that rhyme', // 4
        'Continuous provision (20 mins)', // 5
        'Look for:', // 6
        '- children who clap on the rhyme', // 7
        '- children who say a rhyming word', // 8
        '', // 9
        'Assessment opportunities – joining in with the repeated refrain', // 10
      ].join('\n'),
    });
    expect(plan.successCriteria).toEqual([
      { text: 'hearing words that rhyme', line: 4 },
      { text: 'children who clap on the rhyme', line: 7 },
      { text: 'children who say a rhyming word', line: 8 },
      { text: 'joining in with the repeated refrain', line: 10 },
    ]);
  });

  it('reads a Look for list as success criteria only in an early-years plan, and only when there are none', () => {
    const later = ['Focus: Rhyming words', 'Main (20 mins): Look for: hearing words that rhyme'];
    expect(parseLessonPlan({ text: ['Year 4 English', ...later].join('\n') }).successCriteria).toEqual([]);
    expect(
      parseLessonPlan({ text: ['Reception English', 'I can hear a rhyme', ...later].join('\n') })
        .successCriteria,
    ).toEqual([{ text: 'I can hear a rhyme', line: 2 }]);
  });

  it("reads a labelled outcome's own line as the objective, not the page's buttons and unit line after it", () => {
    const plan = parseLessonPlan({
      text: [
        "# Boudica's revolt",
        'Lesson outcome: I can explain why Boudica rebelled against the Romans.',
        'Download all resources Share resources with pupils',
        'Lesson 4 of 6 in unit Roman Britain',
        'Secondary focus: using sources to find out about the past',
        '## Key learning points',
        '- Boudica was queen of the Iceni.',
      ].join('\n'),
      format: 'markdown',
    });
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'I can explain why Boudica rebelled against the Romans.',
      'Secondary focus: using sources to find out about the past',
    ]);
  });

  it("reads a Focus line before the first episode as the lesson's objective, and not after it", () => {
    const plan = parseLessonPlan({
      text: 'Focus: Composition of 5\nAdult-led input (10 mins)\nsong\nFocus: counting on',
    });
    expect(plan.objectives.map((objective) => objective.text)).toEqual(['Composition of 5']);
    expect(plan.sections.map((section) => section.kind)).toEqual(['objectives', 'main']);
  });

  it('reads a timed review as a starter when it opens the lesson and as the plenary after', () => {
    expect(
      kinds('Review of last lesson (5 mins)\nx\nMain (20 mins)\nx\nReview at tidy-up time (5 mins)\nx'),
    ).toEqual(['starter', 'main', 'plenary']);
  });

  it("reads a Welsh plan's curriculum headings as context, not as success criteria", () => {
    const plan = parseLessonPlan({
      text: 'What matters statement: Being curious\nSuccess criteria:\n• I can predict\nCross-curricular skills: Numeracy\nEngage (10 mins)\nx\nInvestigate (25 mins)\nx\n\nALN: writing frame',
    });
    expect(plan.successCriteria.map((criterion) => criterion.text)).toEqual(['I can predict']);
    expect(plan.sections.map((section) => section.kind)).toEqual([
      'context',
      'success-criteria',
      'context',
      'starter',
      'main',
      'sen',
    ]);
  });

  it('keeps a sentence that opens with an everyday heading word as text unless it is timed', () => {
    expect(
      kinds('Starter (5 mins)\nQuiz on last lesson\nReview the answers together\nMain (20 mins)'),
    ).toEqual(['starter', 'main']);
  });

  it('reads every clock-timed line of a timetable as a part of the lesson, named or not', () => {
    const plan = parseLessonPlan({
      text: '0:00-0:10 Retrieval\nquiz\n0:10-0:20 Teacher exposition\ndiagram\n0:20-0:30 Data analysis\ngraph\n0:30-0:45 Break\n0:45-0:50 Plenary',
    });
    expect(plan.sections.map((section) => [section.kind, section.minutes])).toEqual([
      ['starter', 10],
      ['main', 10],
      ['main', 10],
      ['plenary', 5],
    ]);
  });

  it("reads a table's row of column names as a heading, not as part of the section above", () => {
    const plan = parseLessonPlan({
      text: 'Success criteria: I can blend\nLesson part\tTeacher\tChildren\nTeach (5 mins)\tModel ur\tEcho',
    });
    expect(plan.successCriteria.map((criterion) => criterion.text)).toEqual(['I can blend']);
    expect(plan.sections.map((section) => section.kind)).toEqual(['success-criteria', 'other', 'main']);
    const inEpisode = parseLessonPlan({
      text: '## Main (20 mins)\n| Step | Teacher | Pupils |\n| 1 | Model | Watch in pairs |',
    });
    expect(inEpisode.sections.map((section) => [section.kind, section.organisation])).toEqual([
      ['main', ['pairs']],
    ]);
  });

  it('keeps a labelled line that runs on under a heading of its own inside that episode', () => {
    const plan = parseLessonPlan({
      text: "Exit ticket (5 min)\n2 questions: 2x + 5 = 17. Sort to plan tomorrow's lesson.\n\nSEND: cream paper",
    });
    expect(plan.sections.map((section) => [section.kind, section.body.length])).toEqual([
      ['plenary', 1],
      ['sen', 1],
    ]);
  });

  it('rejoins objectives and criteria a PDF broke across lines, one statement to an item', () => {
    const plan = parseLessonPlan({
      text: [
        'Learning Objective: To explain why the war on the Western',
        'Front became a stalemate by the end of 1914.',
        'Success Criteria: All – describe trench warfare. Most –',
        'explain two reasons for the stalemate. Some – judge which reason was most',
        'important.',
        'Starter (5 mins): image',
      ].join('\n'),
    });
    expect(plan.objectives).toEqual([
      { text: 'To explain why the war on the Western Front became a stalemate by the end of 1914.', line: 1 },
    ]);
    expect(plan.successCriteria.map((criterion) => [criterion.text, criterion.line])).toEqual([
      ['All – describe trench warfare.', 3],
      ['Most – explain two reasons for the stalemate.', 3],
      ['Some – judge which reason was most important.', 3],
    ]);
  });

  it("drops a pasted PDF's page headers and footers from the sections, keeping every line's number", () => {
    const plan = parseLessonPlan({
      text: [
        'Oakfield Primary School', // 1
        'LO: To explain why the Romans built roads', // 2
        'Main (20 mins): Teacher explains the map of Roman Britain.', // 3
        'Pupils mark three roads.', // 4
        'Lesson plan pro-forma Page 1 of 2', // 5
        '', // 6
        'Oakfield Primary School', // 7
        'Pupils compare the roads with a modern motorway map.', // 8
        'Plenary (10 mins): Why were straight roads useful?', // 9
        'Page 2 of 2', // 10
      ].join('\n'),
    });
    expect(plan.sections.map((section) => [section.kind, section.line, section.endLine])).toEqual([
      ['objectives', 2, 2],
      ['main', 3, 8],
      ['plenary', 9, 9],
    ]);
    expect(plan.sections[1]!.body.map((entry) => [entry.line, entry.text])).toEqual([
      [3, 'Teacher explains the map of Roman Britain.'],
      [4, 'Pupils mark three roads.'],
      [8, 'Pupils compare the roads with a modern motorway map.'],
    ]);
    expect(plan.lines).toHaveLength(10);
  });

  it("drops the next page's running header that says it continues, after a page marker", () => {
    const plan = parseLessonPlan({
      text: [
        'LO: To make copper sulfate crystals', // 1
        'Main (35 mins): practical in pairs', // 2
        'Misconceptions: pupils think the copper oxide just dissolves.', // 3
        'Page 1 of 2', // 4
        'Westgate Science – Lesson Plan Proforma (cont.)', // 5
        'Plenary (10 mins): show me boards', // 6
      ].join('\n'),
    });
    expect(plan.misconceptions.map((entry) => entry.text)).toEqual([
      'pupils think the copper oxide just dissolves.',
    ]);
  });

  it('keeps a repeated line or a page mentioned in a sentence that is not a page header or footer', () => {
    const plan = parseLessonPlan({
      text: [
        'LO: To read a timetable', // 1
        'Main (20 mins): Read page 2 of 3 of the booklet.', // 2
        'Ask: How do you know?', // 3
        'Pupils answer on whiteboards.', // 4
        'Ask: How do you know?', // 5
        'Page 1 of 1', // 6
      ].join('\n'),
    });
    expect(plan.sections[1]!.body.map((entry) => entry.line)).toEqual([2, 3, 4, 5]);
  });

  it('keeps each line of an objectives list its own, punctuated or not', () => {
    const plan = parseLessonPlan({
      text: 'Learning intentions:\nDescribe the effect of temperature on permeability\nExplain the effect of solvents.\n- a bulleted line.',
    });
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'Describe the effect of temperature on permeability',
      'Explain the effect of solvents.',
      'a bulleted line.',
    ]);
  });

  it("reads a form's header of fields spaced apart, and a class code's year", () => {
    const plan = parseLessonPlan({
      text: 'Teacher: Mr J Evans   Class: 9X2   Subject: Latin   Date: 03/03\nLO: To explain the stalemate',
    });
    expect([plan.subject, plan.yearGroup]).toEqual(['Latin', 'Year 9']);
    expect(parseLessonPlan({ text: 'Year 7s – Forces.\nLO: To name forces' }).yearGroup).toBe('Year 7');
    // The active minutes a PE lesson's length gives beside its timetabled hour.
    expect(
      parseLessonPlan({
        text: 'Length: 60 mins (approx 50 active once changed)\nLO: To create space in attack',
      }).lessonMinutes,
    ).toBe(50);
    // "Prior:" says what the lesson builds on.
    expect(
      parseLessonPlan({ text: 'Prior: L1–3 Born–Haber cycles\nLO: To calculate ΔG' }).sections.map(
        (s) => s.kind,
      ),
    ).toContain('prior-learning');
    // The class code heading the plan, not a retrieval question that recalls Year 9.
    expect(
      parseLessonPlan({
        text: "# 10X2 Biology — Osmosis RP\n## Starter\n- Why can't starch get through visking tubing? (Y9 — see who remembers)",
        format: 'markdown',
      }).yearGroup,
    ).toBe('Year 10');
  });

  it('reads a Google Docs text export: byte-order mark, CRLF and its bullet characters', () => {
    const plan = parseLessonPlan({
      text: '\ufeffFractions\r\nLearning objectives\r\n* To add fractions\r\n   ○ To explain why\r\nStarter\r\n■ quiz',
    });
    expect(plan.title).toBe('Fractions');
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'To add fractions',
      'To explain why',
    ]);
    expect(plan.sections.map((section) => section.kind)).toEqual(['objectives', 'starter']);
  });

  it('treats a labelled note inside a Markdown episode as part of it', () => {
    const plan = parseLessonPlan({
      text: '## Plenary\nExit ticket: one sentence\nSEN: read aloud\n## Homework\nx',
    });
    expect(plan.sections.map((section) => [section.kind, section.body.length])).toEqual([
      ['plenary', 2],
      ['homework', 1],
    ]);
  });

  it('reads timings in the forms teachers write them', () => {
    const minutes = (heading: string) =>
      parseLessonPlan({ text: `${heading}\nx\nPlenary` }).sections[0]?.minutes;
    expect(minutes('Starter (10 mins)')).toBe(10);
    expect(minutes("Starter (5')")).toBe(5);
    expect(minutes('0:10-0:25 Main')).toBe(15);
    expect(minutes('Main 9:05 – 9:35')).toBe(30);
    expect(minutes('Main: 15-20 minutes')).toBe(20);
    expect(minutes('Main (1 hour)')).toBe(60);
    expect(minutes('Main')).toBeUndefined();
  });

  it("keeps a table row's time as part of its heading", () => {
    const [warmUp] = parseLessonPlan({
      text: '0:00-0:10\tWarm-up\tDodge tag\tWhole class\n0:10-0:20\tGame\tx',
    }).sections;
    expect(warmUp).toMatchObject({ kind: 'starter', heading: '0:00-0:10 Warm-up', minutes: 10 });
    expect(warmUp!.body.map((entry) => entry.text)).toEqual(['Dodge tag', 'Whole class']);
  });

  it('reads the organisation of each episode', () => {
    const plan = parseLessonPlan({
      text: 'Starter: think-pair-share\nMain: whole class modelling then groups of four\nIndependent: on their own\nGuided group: with me\nAdult-led small group: hiding game\nReview (carpet, 5 mins): photos\nPlenary: exit question on a post-it, then peer swap',
    });
    expect(plan.sections.map((section) => section.organisation)).toEqual([
      ['pairs'],
      ['whole class', 'groups'],
      ['individual'],
      ['guided group'],
      ['groups', 'guided group'],
      ['whole class'],
      ['pairs', 'individual'],
    ]);
  });

  it('gives an untitled plan a title and copes with empty text', () => {
    expect(parseLessonPlan({ text: '' })).toMatchObject({
      title: 'Untitled lesson',
      sections: [],
      objectives: [],
      lines: [''],
    });
  });
});

describe('the HTML reader', () => {
  it('keeps headings, list items and table rows, and drops scripts, styles and navigation', () => {
    const html =
      '<html><head><style>p{}</style></head><body><nav>Home</nav><h2>Starter</h2><p>Quiz &amp; recap</p>' +
      '<ul><li>one</li><li>two</li></ul><table><tr><td>Main</td><td><p>10 mins</p></td><td><p>a</p><p>b</p></td></tr></table>' +
      '<script>alert(1)</script><footer>© school</footer></body></html>';
    expect(htmlToText(html).split('\n')).toEqual([
      '## Starter',
      'Quiz & recap',
      '- one',
      '- two',
      'Main | 10 mins | a / b',
    ]);
  });

  it('decodes named and numeric entities and tolerates broken markup', () => {
    expect(htmlToText('<p>caf&eacute; &#8211; &#x2014; &rsquo;<b>bold</p><p>unclosed <i')).toBe(
      'café – — ’bold\nunclosed',
    );
  });

  it('decodes accented letters and leaves unknown names alone', () => {
    expect(
      htmlToText(
        '<p>p&egrave;re, s&oelig;ur, dr&ocirc;le, fa&ccedil;ade, &OElig;uvre, &constructor; &bogus;</p>',
      ),
    ).toBe('père, sœur, drôle, façade, Œuvre, &constructor; &bogus;');
  });

  it('tells markup from a plan that mentions a tag', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('Use the <b> tag to make text bold.')).toBe(false);
  });

  it('reads an HTML plan without being told its format', () => {
    const plan = parseLessonPlan({
      text: '<html><body><h1>Volcanoes</h1><h2>Learning objective</h2><p>To explain eruptions</p></body></html>',
    });
    expect([plan.title, plan.objectives[0]?.text]).toEqual(['Volcanoes', 'To explain eruptions']);
  });
});

describe('a Google Docs export', () => {
  // Docs never writes <b>: bold is a class its style sheet makes bold, as in a real export.
  const exported = (style: string, body: string) =>
    `<html><head><meta content="text/html; charset=UTF-8"><style type="text/css">${style}</style></head>` +
    `<body class="c9 doc-content">${body}</body></html>`;
  const plan = exported(
    '.c2{color:#000000;font-weight:400}.c4,.c6{font-weight:700;font-size:11pt}.c8{font-style:italic}',
    '<p class="c3"><span class="c4">Learning objective</span></p>' +
      '<p class="c3"><span class="c2">To explain how unbalanced forces change motion</span></p>' +
      '<p class="c3"><span class="c6">Trolley races</span></p>' +
      '<p class="c3"><span class="c2">Groups time a trolley pulled by one and then two elastic bands.</span></p>' +
      '<p class="c3"><span class="c8">Plenary</span></p>' +
      '<p class="c3"><span class="c2">Pupils explain to a partner what an unbalanced force does.</span></p>',
  );

  it('reads a line in a bold class alone as a heading, as a reader sees it in the Doc', () => {
    const read = parseLessonPlan({ text: plan });
    expect(read.objectives.map((objective) => objective.text)).toEqual([
      'To explain how unbalanced forces change motion',
    ]);
    expect(read.sections.map((section) => section.heading)).toContain('Trolley races');
  });

  it('does not take a class in a normal weight, or italic, for bold', () => {
    const blocks = htmlBlocks(plan);
    const emphasised = blocks.filter((block) => block.emphasised === true).map((block) => block.text);
    expect(emphasised).toContain('Trolley races');
    expect(emphasised).not.toContain('To explain how unbalanced forces change motion');
  });

  it('reads bold set in an element’s own style', () => {
    const blocks = htmlBlocks(
      exported(
        '',
        '<p><span style="font-weight: 700">Main activity</span></p><p><span>Pupils sort cards.</span></p>',
      ),
    );
    expect(blocks.find((block) => block.text === 'Main activity')?.emphasised).toBe(true);
  });
});

describe('a web page inside a form', () => {
  const lesson = Array.from(
    { length: 12 },
    (_, index) =>
      `<p>Step ${index + 1}: pupils measure the shadow of the stick and record its length in the table.</p>`,
  ).join('');
  it('reads a page an ASP.NET site wraps whole in one form, and still skips a search form', () => {
    const html =
      '<html><body><form id="aspnetForm"><nav>Home | Courses</nav>' +
      '<form role="none"><label>Search this site</label><input name="q"></form>' +
      `<h2>Shadows lesson</h2>${lesson}</form></body></html>`;
    const text = htmlToText(html);
    expect(text).toContain('## Shadows lesson');
    expect(text).toContain('Step 12: pupils measure the shadow');
    expect(text).not.toContain('Search this site');
    expect(text).not.toContain('Home | Courses');
  });
});

describe('the stage a plan names', () => {
  it.each([
    [
      'Grade 6 Earth Science\nGrade: 6     Class period: 50 minutes\nObjective: to explain erosion',
      'Grade 6',
    ],
    ['Science lesson\nYear: 6\nObjective: to explain erosion', 'Year 6'],
    ['Year 6 science, Grade: 6 of the school\nObjective: to explain erosion', 'Year 6'],
  ])('%j reads as %s (a US grade is not the UK year of the same number)', (text, stage) => {
    expect(parseLessonPlan({ text }).yearGroup).toBe(stage);
  });
});

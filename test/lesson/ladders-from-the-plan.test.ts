import { describe, expect, it } from 'vitest';
import { analyseLessonPlan, parseLessonPlan } from '../../shared/lesson';
import { planContent } from '../../shared/lesson/content';
import { planLadders } from '../../shared/lesson/questions';

/**
 * A plan's own ladders are the plan's content climbing: what mentors rated bad were ladders padded
 * with templates ("What do you already know about...? Tell your partner one thing.", "What will you
 * do first, and why?"), success criteria read back as "Can you...?", and notes telling the teacher
 * the plan lacked what it had. These plans are written for the team, in the shapes real plans take.
 */
const ladders = (lines: string[]) => {
  const plan = parseLessonPlan({ text: lines.join('\n'), format: 'markdown' });
  return planLadders(plan, planContent(plan));
};
const questionsOf = (lines: string[]) =>
  ladders(lines).ladders.map((ladder) => ladder.ladder.map((rung) => rung.question));

describe("a plan's own ladder", () => {
  it('asks pupils to solve an equation the plan writes out, after the one the teacher models first', () => {
    const equations = [
      '# Y8 Maths – Solving two-step equations',
      'LO: Solve two-step linear equations using inverse operations',
      '## I do (10 min)',
      'Model 3x + 4 = 19 and 5x - 2 = 18 with the balance. Think aloud: "What has been done to x? What do I undo first and why?"',
      'Misconception: students divide by the coefficient first (3x + 4 = 19 -> x + 4 = 19/3).',
      '## Exit ticket (5 min)',
      '2x + 5 = 17 and 7 = 3y - 8 on a slip.',
    ];
    expect(questionsOf(equations)).toEqual([
      [
        'What has been done to x?',
        'Can you solve 5x - 2 = 18? Talk your partner through each step.',
        'What do I undo first and why?',
      ],
    ]);
    // An objective that does not ask pupils to work equations gets no equation rung.
    expect(
      questionsOf(equations.map((line) => line.replace('LO: Solve', 'LO: Explain')))[0] ?? [],
    ).not.toContain('Can you solve 5x - 2 = 18? Talk your partner through each step.');
  });

  it('is built from its questions, tasks and misconception, with no template rung', () => {
    expect(
      questionsOf([
        '# Year 6 science: shadows',
        '## Learning objective',
        '- To explain how shadows are formed',
        '## Starter (5 mins)',
        'Ask: "What do you need to make a shadow?" Pupils talk in pairs.',
        '## Main (25 mins)',
        '- Pupils predict how the shadow of a puppet changes as the torch moves closer, then test it.',
        '- Why does the shadow get bigger when the torch moves closer?',
        '- Misconception: pupils often think a shadow is a reflection. Correct: a shadow is where light is blocked.',
      ]),
    ).toEqual([
      [
        'What do you need to make a shadow?',
        'Why does the shadow get bigger when the torch moves closer?',
        'Can you predict how the shadow of a puppet changes as the torch moves closer, then test it?',
        'Someone says: "A shadow is a reflection." Do you agree? Explain how you know.',
      ],
    ]);
  });

  // Tasks as real plans word them, each under an objective it would otherwise be asked for.
  it.each([
    ['where the answer is written', 'Pupils write 2-3 sentences in their science notebook.'],
    ['what pen to use', 'Pupils add the corrections in purple pen.'],
    ['how pupils work', 'Work silently, then turn and talk to compare.'],
    [
      'where the stations are',
      'Groups work through stations A–D at their table (materials already in trays).',
    ],
    ["the teacher's note to self", 'Make sure I tell them it was popularised in the 1960s.'],
    ['nothing about the lesson', 'Pupils give 2 of there own.'],
    ['shorthand joined by "="', 'Pupils count comparisons = binary search.'],
  ])('does not ask a task that says %s', (_, task) => {
    const text = questionsOf([
      'LO: To explain how the water cycle works',
      '## Main',
      '- Why does water evaporate faster on a hot day?',
      '- What happens to water vapour as it rises and cools?',
      `- ${task}`,
      '- Misconception: pupils often think clouds are made of steam. Correct: clouds are tiny droplets of water.',
    ])
      .flat()
      .join('\n');
    expect(text).not.toContain(task.replace(/^(?:Pupils|Groups) /, '').slice(0, 12));
  });

  it('asks a task about the lesson, without where its answer is written', () => {
    const text = questionsOf([
      'LO: To explain the difference between weathering and erosion',
      '## Main',
      '- What is weathering?',
      '- Pupils complete the Frayer model for weathering vs. erosion in their notebooks.',
      '- Misconception: pupils often think weathering and erosion are the same thing. Correct: erosion moves the rock.',
    ]).flat();
    expect(text).toContain('Can you complete the Frayer model for weathering vs. erosion?');
  });

  it('keeps two rungs of its own that climb, and says what would take them higher', () => {
    const { ladders: built } = ladders([
      'LO: To solve equations with the unknown on both sides',
      '## Main',
      '- Can the solution be a negative number?',
      '- Why do we have to do the same thing to both sides?',
    ]);
    expect(built.map((ladder) => ladder.ladder.map((rung) => rung.level))).toEqual([
      ['inclusive', 'understand'],
    ]);
    expect(built[0]!.toAdd).toBe(
      'Its ladder stops at explain: add a misconception pupils can judge ("Pupils often think...") or a question that asks them to judge ("Do you agree that...?"), and it will climb from there.',
    );
  });

  it('is not built from the objective alone: it says what to add, as nothing else in the plan is about it', () => {
    const { ladders: built, toAdd } = ladders([
      'LO: To measure angles with a protractor',
      '## Starter',
      'Times tables quiz.',
    ]);
    expect(built).toEqual([]);
    expect(toAdd.map((entry) => entry.message)).toEqual([
      '"To measure angles with a protractor": nothing else in the plan is about this objective yet, so it has no ladder yet: add a worked example or a task for it, what "angles" means and a question that asks why, and the ladder will climb from them.',
    ]);
  });

  it('is not built from too little, and then asks for the questions without saying the plan lacks what it has', () => {
    const { ladders: built, toAdd } = ladders([
      'LO: To measure angles with a protractor',
      '## Main',
      '- Pupils measure the angles of five triangles with a protractor.',
    ]);
    expect(built).toEqual([]);
    expect(toAdd.map((entry) => entry.message)).toEqual([
      `"To measure angles with a protractor" has no ladder yet: the plan's lines about it do not yet give questions that climb from recall to reasoning. Write the questions you will ask as it is taught (one everyone can answer, a why-question and one that asks pupils to judge) and its ladder will be built from them.`,
    ]);
  });

  it('skips the steps of running the lesson, and asks a task as a question', () => {
    const text = questionsOf([
      'LO: To use selection in Python',
      '## Keywords',
      '- selection – choosing which code runs, using if and else',
      '## Main',
      '- Students open the starter file from the shared drive.',
      '- Students add an if and else so the program prints "pass" or "fail".',
      '- What would happen if we used > instead of >=?',
    ]).flat();
    expect(
      text.some((question) =>
        question.startsWith('Can you add an if and else so the program prints "pass" or "fail"?'),
      ),
    ).toBe(true);
    expect(text.join('\n')).not.toMatch(/open the starter file|What will you do first|Try it:/);
  });

  it('shares one ladder between objectives each too thin for their own, headed by them', () => {
    const { ladders: built } = ladders([
      '# Year 8 computing: selection',
      '## Learning objectives',
      '- To explain what selection means',
      '- To use if and else in Python',
      '- To use comparison operators in a condition',
      '## Keywords',
      '- selection – choosing which code runs',
      '## Starter',
      '- What does >= mean?',
      '- What would happen if we used > instead?',
    ]);
    expect(built.map((ladder) => ladder.objective)).toEqual([
      'Objectives 1, 2 and 3: To explain what selection means; To use if and else in Python; To use comparison operators in a condition',
    ]);
    expect(built[0]!.ladder.map((rung) => rung.question)).toEqual([
      'What does "selection" mean?',
      'What does >= mean?',
      'What would happen if we used > instead?',
    ]);
  });
});

describe('what the ladder reads in a plan', () => {
  it('a question quoted in a sentence, and one that closes a quote', () => {
    const content = planContent(
      parseLessonPlan({
        text: [
          'LO: To describe weathering',
          '## Engage',
          'Show two photos. Ask: "What do these two pictures have in common?" Pupils write a response.',
          'Teacher asks: "Where did the sand go? What changed when you made it steeper?"',
        ].join('\n'),
        format: 'markdown',
      }),
    );
    // The second, on the same line and leaning on the first ("it"), follows it up: one question.
    expect(content.questions.map((question) => question.text)).toEqual([
      'What do these two pictures have in common?',
      'Where did the sand go? What changed when you made it steeper?',
    ]);
  });

  it('each item of a keyword list is its own definition, though it starts in lower case', () => {
    const content = planContent(
      parseLessonPlan({
        text: [
          'LO: To use cell references',
          '## Keywords',
          '- **cell reference** – the column letter and row number that identify a cell',
          '- **formula** – a calculation in a cell, which starts with =',
        ].join('\n'),
        format: 'markdown',
      }),
    );
    expect(content.terms.map((term) => [term.term, term.definition])).toEqual([
      ['cell reference', 'the column letter and row number that identify a cell'],
      ['formula', 'a calculation in a cell, which starts with ='],
    ]);
  });

  it("an exit ticket's numbered questions stay apart", () => {
    const content = planContent(
      parseLessonPlan({
        text: [
          'LO: To identify indirect characterisation',
          '## Exit ticket',
          '1. What is the difference between direct and indirect characterisation?',
          '2. In one sentence, what is one word that describes Mrs Jones, and one piece of evidence that proves it?',
        ].join('\n'),
        format: 'markdown',
      }),
    );
    expect(content.questions.map((question) => [question.text, question.level])).toEqual([
      ['What is the difference between direct and indirect characterisation?', 'analyse'],
      [
        'In one sentence, what is one word that describes Mrs Jones, and one piece of evidence that proves it?',
        'understand',
      ],
    ]);
  });

  it("a labelled misconception in an episode's list is one item, not the list after it", () => {
    const analysis = analyseLessonPlan({
      text: [
        'LO: To explain why a circuit must be complete',
        '## Explain (10 min)',
        '- **Misconception:** many think one wire to the bulb is enough. Correct: the loop must be complete.',
        '- Switch = a way to make a gap on purpose.',
      ].join('\n'),
      format: 'markdown',
    });
    expect(analysis.content.misconceptions.map((entry) => entry.claim)).toEqual([
      'One wire to the bulb is enough',
    ]);
  });
});

describe('a misconception as the plan writes it', () => {
  it.each([
    [
      'a field with a label of its own after it is not another misconception',
      [
        'LO: To read words with ay',
        '**Misconception:** pupils think a-y makes two separate sounds -> show one sound button under both.',
        '',
        '**TA role (Mr J):** sit with the Blue group during practise.',
      ],
      ['A-y makes two separate sounds'],
    ],
    [
      'an arrow starts the correction, not more of the belief',
      [
        'LO: To use grid references',
        'Misconception: pupils think northings come first -> remind them "along the corridor, then up the stairs".',
      ],
      ['Northings come first'],
    ],
    [
      'the bracket the belief is read from is not part of it',
      [
        'LO: To describe a river',
        'Misconception: rivers always flow south (pupils often think down the map means downhill).',
      ],
      // What pupils think is the clause after "think", without the bracket that closes it.
      ['Down the map means downhill'],
    ],
  ])('%s', (_, lines, claims) => {
    const analysis = analyseLessonPlan({ text: lines.join('\n'), format: 'markdown' });
    expect(analysis.content.misconceptions.map((entry) => entry.claim)).toEqual(claims);
  });
});

describe("a scheme's ladders", () => {
  it('climb from an objective everyone can answer, by the highest verb each names; a lesson that cannot gets none', () => {
    const plan = parseLessonPlan({
      text: [
        '# Unit overview: loops',
        '## Lesson 1: Sequences',
        'Objectives:',
        '- Identify the steps of a sequence.',
        '- Count the number of times an action repeats and represent it as a loop.',
        '- Create a program that repeats a simple sequence.',
        '## Lesson 2: Debugging',
        'Objectives:',
        '- Explain the difference between two programs and support it with evidence.',
        '- Modify an existing program to fix errors.',
      ].join('\n'),
      format: 'markdown',
    });
    const { ladders: built, toAdd } = planLadders(plan, planContent(plan));
    expect(built.map((ladder) => [ladder.objective, ladder.ladder.map((rung) => rung.level)])).toEqual([
      ['Lesson 1: Sequences', ['inclusive', 'apply', 'create']],
    ]);
    expect(toAdd).toEqual([]);
  });

  it("climb a table's lessons from their key words, through their enquiry question, to the judgement their objective asks", () => {
    const plan = parseLessonPlan({
      text: [
        'GEOGRAPHY KS3 SCHEME OF WORK – Year 9 Spring 1: Rivers',
        'Lesson | Enquiry question / LO | Content | Key vocab | Assessment',
        '1 | How does a river change downstream? LO: describe how a river changes from source to mouth | Bradshaw model | source, mouth, tributary | exit ticket',
        '2 | Why do meanders form? LO: explain how erosion and deposition form a meander and judge which process matters most | meanders, ox-bow lakes | meander, erosion, deposition | 6-mark question',
        '3 | What causes flooding? (v2 - was "Floods") LO: evaluate the causes of the 2015 Cumbria floods | hydrographs | discharge, lag time | source work',
      ].join('\n'),
    });
    expect(plan.kind).toBe('scheme');
    expect(plan.title).toBe('GEOGRAPHY KS3 SCHEME OF WORK – Year 9 Spring 1: Rivers');
    const { ladders: built } = planLadders(plan, planContent(plan));
    expect(built.map((ladder) => [ladder.objective, ladder.ladder.map((rung) => rung.question)])).toEqual([
      [
        'Lesson 1: How does a river change downstream?',
        ['What does "source" mean?', 'How does a river change downstream?'],
      ],
      [
        'Lesson 2: Why do meanders form?',
        [
          'What does "meander" mean?',
          'Why do meanders form?',
          'Can you explain how erosion and deposition form a meander and judge which process matters most?',
        ],
      ],
      [
        'Lesson 3: What causes flooding?',
        ['What does "discharge" mean?', 'Can you evaluate the causes of the 2015 Cumbria floods?'],
      ],
    ]);
    // A ladder of two rungs says what would let it climb, unless it already reaches a judgement.
    expect(built.map((ladder) => ladder.toAdd?.slice(0, 30))).toEqual([
      'Its ladder stops at explain: a',
      undefined,
      undefined,
    ]);
  });
});

describe('timings as real plans write them', () => {
  const minutes = (text: string) =>
    parseLessonPlan({ text, format: 'markdown' })
      .sections.filter((section) => section.minutes !== undefined)
      .map((section) => section.minutes);

  it("a grid's time column that runs on from row to row gives each part's length", () => {
    expect(
      minutes(
        [
          'LO: To use grid references',
          'Time | Activity | Teacher | Pupils',
          '0-5 | Starter: symbols quiz | Show symbols | Name them',
          '5-20 | Teach: 4-figure references | Model | Follow',
          '20-32 | Task 1: map skills | Circulate | Complete sheet',
          '32-40 | Plenary: Where am I? | Read clues | Answer',
        ].join('\n'),
      ),
    ).toEqual([5, 15, 12, 8]);
  });

  it("a part headed in bold with its own time is an episode of that length, whatever its heading's level", () => {
    expect(
      minutes(
        [
          'LI: We are learning to investigate friction',
          '**Introduction (15 min)**',
          '- Rub hands together: what do you feel?',
          '**Active task – ramp investigation (35 min)**',
          'Groups of 4 test five surfaces.',
          '**Plenary (15 min)**',
          'Share results.',
        ].join('\n'),
      ),
    ).toEqual([15, 35, 15]);
  });
});

describe('provision the plan writes for named pupils', () => {
  it.each([
    ['Scotland’s ASN', 'Callum (ASN plan) – visual step cards for the method.'],
    ['a visual impairment', 'Ahmed (VI) – A3 copy of the method, seat near the front bench.'],
    [
      'a US plan’s accommodations',
      '**Accomodations:** Jayden & Sofia – partner with a strong builder, exit slip can be oral.',
    ],
  ])('%s is SEN provision', (_, line) => {
    const analysis = analyseLessonPlan({
      text: [
        '# Year 6 science',
        'LO: To investigate friction',
        '## Main',
        'Groups test five surfaces.',
        '## Notes',
        line,
      ].join('\n'),
      format: 'markdown',
    });
    expect(analysis.strengths.map((strength) => strength.rule)).toContain('lesson/sen-adjustments');
    expect(analysis.prompts.map((prompt) => prompt.message).join('\n')).not.toMatch(/pupils with SEN/);
  });
});

describe('a Year 5 maths grid as teachers write it', () => {
  const analysis = analyseLessonPlan({
    text: [
      'WALT: compare and order numbers with up to 2 decimal places',
      'WILF:',
      ' - I line up the decimal points',
      ' - I compare the digits starting from the biggest place value',
      ' - I use < > = correctly',
      'Time | Activity | Differentiation | AfL',
      '9:00 (10 min) | Flashback 4: (1) what is the value of the 7 in 4.7? | All same Qs | Thumbs',
      '9:10 (15 min) | Input. Model 0.5 vs 0.45 on a number line | LA with counters | MWB show-me',
      '9:25 (5 min) | MINI-PLENARY. True/false on MWB | Pick an LA child | Note errors',
      '9:50 (10 min) | Plenary: odd one out | Target questions | Traffic lights',
    ].join('\n'),
  });

  it('reads "Flashback 4" as the starter and "I line up..." as success criteria', () => {
    expect(analysis.plan.sections.find((section) => section.kind === 'starter')?.heading).toMatch(
      /Flashback 4/,
    );
    const rules = [...analysis.strengths, ...analysis.prompts].map((entry) => [entry.rule, entry.messageId]);
    expect(rules).toContainEqual(['lesson/success-criteria-stated', 'stated']);
    expect(rules).not.toContainEqual(['lesson/starter-linked-to-objectives', 'noStarter']);
    expect(
      analysis.strengths.find((entry) => entry.rule === 'lesson/success-criteria-stated')?.message,
    ).toContain('lists success criteria (3)');
  });
});

describe("the plan's subject", () => {
  it.each([
    ['Y9 French - 9F4 - Lesson plan\nStarter: translate into English on mwbs', 'Modern foreign languages'],
    ['# Lesson 1 - How Do Computers Think?\nStudents set up a Raspberry Pi.', 'Computing'],
    ['# Welsh taster\nBe able to use the "Dw i\'n" pattern', 'Welsh'],
    [
      '# Your Digital Footprint\nUnderstand that being safe online is like being safe in real life',
      'Computing',
    ],
  ])('%s', (text, subject) => {
    expect(parseLessonPlan({ text, format: 'markdown' }).subject).toBe(subject);
  });
});

describe("an Oak lesson's practice tasks", () => {
  const analysis = analyseLessonPlan({
    text: [
      '# How does a river change from source to mouth?',
      '## Pupil lesson outcome',
      'I can describe how a river changes from its source to its mouth.',
      '## Learning cycle 1',
      'Explain the source, tributaries and the mouth with a photo of each.',
      '## Check for understanding',
      '- Where does a river begin?',
      '**Practice task:** Label the diagram of a river with: source, tributary, confluence, mouth, sea.',
      '## Exit quiz',
      '- What is a tributary?',
    ].join('\n'),
    format: 'markdown',
  });

  it('are tasks for pupils, and the guided note names one rather than saying the plan sets none', () => {
    expect(analysis.content.tasks.map((task) => [task.text, task.forPupils])).toEqual([
      ['Label the diagram of a river with: source, tributary, confluence, mouth, sea', true],
    ]);
    const guided = analysis.toAdd.filter((entry) => entry.for === 'guided').map((entry) => entry.message);
    expect(guided.join('\n')).not.toMatch(/sets no task/);
    expect(guided.join('\n')).toMatch(/"Label the diagram of a river/);
  });
});

describe('a rough PE plan', () => {
  const analysis = analyseLessonPlan({
    text: [
      'Y8 PE - Badminton L3',
      'LO: Perform an overhead clear with correct technique',
      'Main: demo overhead clear - side on, hit high & in front, follow through',
      ' - pairs feed & hit, feeder throws high',
      'Differentiation:',
      'Key Qs: why side on? why hit it high?',
      'Resources: 15 rackets, shuttles, 6 nets',
    ].join('\n'),
  });

  it('reads "Key Qs:" as a part of its own, so the empty differentiation heading is asked about, not praised', () => {
    expect(analysis.plan.sections.map((section) => [section.heading, section.kind])).toContainEqual([
      'Key Qs',
      'assessment',
    ]);
    expect(analysis.strengths.map((entry) => entry.rule)).not.toContain('lesson/differentiation-by-support');
    expect(analysis.prompts.map((entry) => entry.message).join('\n')).toMatch(
      /The "Differentiation" part has nothing written under it yet/,
    );
  });
});

describe('a plan that sets its outcomes in bands', () => {
  const plan = [
    '# Year 9 French: les vacances',
    '## Learning objectives',
    "1. To describe a past holiday using the perfect tense (j'ai + past participle)",
    "2. To give an opinion about a past holiday using c'était + adjective",
    '## Success criteria',
    "All: write 3 sentences in the perfect tense using j'ai + a regular -er verb",
    "Most: add an opinion with c'était + adjective and a connective",
    'Some: include je suis allé(e) + a time phrase',
    '## Writing (15 mins)',
    'Write a short paragraph (5-6 sentences) about a holiday last year. Writing frame on the back of the sheet for those who need it.',
    'Red table – Sheet C then challenge card: "Is a holiday abroad always better? Give two reasons."',
  ];

  it('climbs through its All / Most / Some outcomes, a rung a band, where the plan gives nothing else that climbs', () => {
    expect(questionsOf(plan.slice(0, 8))).toEqual([
      [
        "Can you write 3 sentences in the perfect tense using j'ai + a regular -er verb?",
        "Can you add an opinion with c'était + adjective and a connective?",
        'Can you include je suis allé(e) + a time phrase?',
      ],
    ]);
  });

  it('reads "Writing frame" as a resource, not a task to write a frame, and a challenge card\'s question as the stretch', () => {
    const content = planContent(parseLessonPlan({ text: plan.join('\n'), format: 'markdown' }));
    expect(content.tasks.map((task) => task.text)).toEqual([
      'Write a short paragraph (5-6 sentences) about a holiday last year',
    ]);
    expect(content.questions.map((question) => [question.text, question.level])).toEqual([
      ['Is a holiday abroad always better?', 'analyse'],
    ]);
  });
});

describe('a plan whose "I can" success criteria climb', () => {
  const plan = (criteria: string[]) => [
    '# S2 Spanish: mi casa',
    '## Learning intentions',
    '- We are learning to describe our home in Spanish.',
    '- We are learning to say what our home has and has not got.',
    '## Success criteria',
    ...criteria.map((criterion) => `- ${criterion}`),
  ];

  it('climbs through them, a rung each, where nothing else in the plan builds a ladder', () => {
    expect(
      questionsOf(
        plan([
          'I can name 6 rooms in a house with the correct el/la.',
          'I can say what my home has not got using no hay.',
          'I can give an opinion of my home with a reason using porque.',
        ]),
      ),
    ).toEqual([
      [
        'Can you name 6 rooms in a house with the correct el/la?',
        'Can you say what your home has not got using no hay?',
        'Can you give an opinion of your home with a reason using porque?',
      ],
    ]);
  });

  it('makes no ladder of a checklist whose criteria ask the same thing', () => {
    expect(
      questionsOf(
        plan([
          'I can start each sentence with a capital letter.',
          'I can use full stops at the end of sentences.',
          'I can use commas in a list of rooms.',
        ]),
      ),
    ).toEqual([]);
  });
});

describe('a mistake pupils make, not a belief they hold', () => {
  const plan = [
    '# Reception phonics: ch',
    '## Objectives',
    '- To recognise the digraph ch and say its sound',
    '## Teach (5)',
    '- Show the ch card: "chip", "chop" and "chin" all start with ch. What sound do they share?',
    '## Practise (6)',
    '- Children read chip, chop, chin from the cards with a partner.',
    '## Watch out for',
    '- Children saying "chuh" – PURE SOUNDS, model clipped /ch/',
    '- Reading c-h as /k/ /h/ – keep pointing to the "one sound" swoosh',
  ];

  it('is never put to pupils as something "someone says"', () => {
    const analysis = analyseLessonPlan({ text: plan.join('\n'), format: 'markdown' });
    const asked = [
      ...analysis.questions.flatMap((ladder) => ladder.ladder.map((rung) => rung.question)),
      ...analysis.talkPrompts,
      ...analysis.plenaryQuestions,
    ];
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((question) => /says: "/.test(question))).toEqual([]);
  });
});

describe('a geography plan of three objectives, each with its own content', () => {
  const plan = [
    'Objectives:',
    '- Describe the 3 types of plate margin (constructive, destructive, conservative)',
    '- Explain why earthquakes and/or volcanoes occur at each margin',
    'Key vocab: crust, mantle, plate margin, convection current (careful - see below), magma',
    "MISCONCEPTION: lots of them think the mantle is a liquid sea of lava that plates float on (it's mostly solid rock that flows very slowly).",
    'I DO (10 mins)',
    '- Hands demo of each margin. Ask: what builds up at a conservative margin before an earthquake?',
    'YOU DO (15 mins)',
    '- Map task: label 6 plate margins on world map + colour code by type (key)',
    '- Stretch: "Why are destructive margin volcanoes more explosive than constructive ones?" + "The Himalayas are on a plate margin but have no volcanoes - why?"',
    'EXIT TICKET (5 mins)',
    '1. Draw + label a conservative margin (arrows!)',
    '2. Explain why volcanoes are found at destructive margins (2 marks)',
  ];

  it("reads the keyword list past its aside, both quoted stretch questions, and the exit ticket's items without their marks", () => {
    const read = parseLessonPlan({ text: plan.join('\n'), format: 'text' });
    expect(read.keywords).toEqual(['crust', 'mantle', 'plate margin', 'convection current', 'magma']);
    const content = planContent(read);
    expect(content.questions.map((question) => question.text)).toEqual([
      'What builds up at a conservative margin before an earthquake?',
      'Why are destructive margin volcanoes more explosive than constructive ones?',
      'The Himalayas are on a plate margin but have no volcanoes - why?',
    ]);
    expect(content.tasks.map((task) => task.text)).toEqual([
      'Label 6 plate margins on world map + colour code by type (key)',
      'Draw + label a conservative margin (arrows!)',
      'Explain why volcanoes are found at destructive margins',
    ]);
    expect(content.misconceptions.map((entry) => [entry.claim, entry.correction?.text])).toEqual([
      [
        'The mantle is a liquid sea of lava that plates float on',
        'The mantle is mostly solid rock that flows very slowly',
      ],
    ]);
  });

  it('leaves the explaining task to the objective that asks pupils to explain, though it shares as many words with the other', () => {
    const read = parseLessonPlan({ text: plan.join('\n'), format: 'text' });
    const built = planLadders(read, planContent(read)).ladders;
    const describe = built.find((ladder) => ladder.objective.startsWith('Describe'));
    expect(describe?.ladder.map((rung) => rung.question) ?? []).not.toContain(
      'Can you explain why volcanoes are found at destructive margins?',
    );
  });
});

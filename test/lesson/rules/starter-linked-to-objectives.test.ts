import { starterLinkedToObjectives } from '../../../shared/lesson/rules/starter-linked-to-objectives';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(starterLinkedToObjectives, plan, {
  valid: [
    {
      name: 'a starter that plants the verb "we need today", in another form than the objective names it',
      input: [
        'LO: use aller + infinitive to say what I am going to do in the holidays',
        'Starter (5 mins): translate je joue au foot, je vais à la plage (the last one sneaks in vais – same verb we need today)',
        'Main (20 mins): je vais nager, je vais jouer au tennis',
      ],
      strengths: ['linked'],
    },
    {
      name: 'division facts before a lesson on fractions of amounts',
      input: [
        'LO: To find non-unit fractions of an amount',
        'Starter (10 mins): count in 3s, 4s, 8s chant then quick fire div facts on MWB (24÷3, 32÷4, 40÷8...)',
        'Input (15 mins): 3/4 of 20 with a bar model',
      ],
      strengths: ['linked'],
    },
    {
      name: 'a starter that simplifies expressions before a lesson on solving equations',
      input: [
        'LO: To solve two-step linear equations',
        "Starter 5' – simplify 3a + 2a – a",
        "Teach 15' – model 2x + 5 = 17 using the balance",
      ],
      strengths: ['linked'],
    },
    {
      name: 'a starter of one-step equations before a lesson on solving two-step ones',
      input: [
        'LO: To solve two-step linear equations',
        "Warm up 5' – mini whiteboards: 3x = 12, x + 7 = 10",
        "Teach 15' – model 2x + 5 = 17 using the balance",
      ],
      strengths: ['linked'],
    },
    {
      name: "a grid's first timed row of fluency opens the lesson, rehearsing the facts its calculation needs",
      input: [
        'LO: To add two 2-digit numbers, exchanging when the ones total 10 or more',
        'Time | Teaching | Children | Resources',
        '0-10 | Fluency: number bonds to 10 and 20, then 30+40, 50+20 | MWB show me | MWBs',
        '10-20 | Model 47 + 36 with Dienes, exchanging 10 ones for 1 ten | partner talk | Dienes',
        '20-40 | Independent: column addition sheet | books | sheets',
      ],
      strengths: ['linked'],
    },
    {
      name: 'a Reception focus session opens with its adult-led activity, not a starter',
      input: [
        'Hedgehogs Class (Reception) – Weekly Focus Plan',
        'Focus: to recognise loud and quiet sounds',
        'Adult-led focus (groups of 6): re-read the Peace at Last page, is the clock loud or quiet?',
        'Continuous provision: instruments in the music area',
      ],
      strengths: [],
    },

    {
      name: "a grid's first row that opens the session is its start",
      input: [
        'Objectives: /',
        '  • Be able to use the "Dw i\'n" pattern',
        '',
        'Time',
        'Mins / Tutor Activity / Trainee Activity / Resources',
        '10 / Introduce session and identify existing knowledge of the pattern. / Groups: make lists / Paper',
        '20 / Play the first segment. / Whole group: listen and repeat the pattern / PC',
      ],
      strengths: ['linked'],
    },
    {
      name: "the starter uses the objective's key term",
      input: [
        'LO: To explain how friction slows objects',
        'Starter: rub your hands together: what is friction doing?',
        'Main: test surfaces',
      ],
      strengths: ['linked'],
    },
    {
      name: 'a word that shares the stem ("volcanic" and "volcanoes")',
      input: [
        'LO: To describe how volcanoes erupt',
        'Starter: photo of volcanic ash on cars',
        'Main: model eruption',
      ],
      strengths: ['linked'],
    },
    {
      name: "a retrieval starter on the objective's own ideas",
      input: [
        'LO: To explain the causes of WW1',
        'Starter: retrieval quiz on the causes of the Boer War',
        'Main: card sort',
      ],
      strengths: ['linked'],
    },
    {
      // "Review the last lesson" could be any lesson: it is neither praised nor questioned.
      name: 'a recap whose words do not say which learning it recalls: silent',
      input: [
        'LO: Understand that being safe online is like being safe in real life',
        'Starter: This is a great time to review the last lesson with your class.',
        'Main: picture trail',
      ],
      strengths: [],
    },
    {
      // White Rose's "Flashback 4" is mixed retrieval by design: four questions on earlier learning.
      name: 'a Flashback retrieval row that opens a lesson grid: silent',
      input: [
        'LO: To recognise and show, using diagrams, families of common equivalent fractions.',
        '| Time | Teacher | Pupils |',
        '| 9.10 / (10 min) | Flashback 4 on board as they come in. Q1 – 6 x 7, Q2 – 4 x 8. | Self mark |',
        '| 9.20 / (15 min) | Input. Fold a paper strip in half, then half again. | Talk partners |',
      ],
      strengths: [],
    },
    {
      name: 'a starter whose content is on a slide the plan does not hold: silent',
      input: [
        'LO: To evaluate Boolean expressions',
        'Starter: Project the Do Now on the board.',
        'Main: lab',
      ],
      strengths: [],
    },
    {
      name: 'a starter that asks a question may open the objective in other words: silent',
      input: [
        'LO: To describe weathering and erosion',
        'Starter: photos of the Grand Canyon and a pothole. What do these two pictures have in common?',
        'Main: stream table',
      ],
      strengths: [],
    },
    {
      name: 'a phonics lesson opens with "Revisit and review", a table row of its own',
      input: [
        'Learning intention: To read words with the ur grapheme',
        'Lesson part\tTeacher\tChildren',
        'Revisit and review (5 mins)\tFlashcards of the graphemes so far\tSay the sound',
        'Teach (5 mins)\tIntroduce ur\tEcho',
        'Review (3 mins)\tWhich ur words did we read?\tTell a partner',
      ],
      strengths: ['linked'],
    },
    {
      name: 'no objective: cannot judge the link, so silent',
      input: ['Starter: anagrams', 'Main: reading', 'Plenary: quiz'],
      strengths: [],
    },
    {
      name: 'an intervention session opens with its introduce and remember stages',
      input: [
        'Catch-up intervention: times tables',
        'Introduce (2 mins)',
        'Remember (5 mins)',
        'Model (5 mins)',
      ],
      strengths: [],
    },
    {
      name: 'an early-years carpet input opening with a counting song on the focus',
      input: [
        'Reception – Maths',
        'Focus: Composition of 5',
        'Adult-led input (carpet, 10 mins)',
        'Five Little Speckled Frogs with 5 frog props. How many altogether?',
        'Continuous provision (20 mins): five frames and counters',
        'Key vocabulary: five, altogether, make',
      ],
      strengths: ['linked'],
    },
    {
      name: 'a carpet input opening with a rhyme about the focus',
      input: [
        'Focus: Rhyming words',
        'Whole-class input (carpet, 10 mins)',
        'Sing the rhyme "Hickory Dickory Dock" and clap when we hear words that rhyme.',
        'Continuous provision (20 mins): rhyming pairs game',
      ],
      strengths: ['linked'],
    },
  ],
  invalid: [
    {
      name: 'a carpet input opening with a song unrelated to the focus',
      input: [
        'Focus: Composition of 5',
        'Adult-led input (carpet, 10 mins)',
        'Sing the days of the week song, then count the frogs on the log.',
        'Continuous provision (20 mins): water tray',
      ],
      messages: [{ messageId: 'unlinked', line: 2 }],
    },
    {
      name: 'a carpet input that opens straight into teaching has no start',
      input: [
        'Focus: Composition of 5',
        'Adult-led input (carpet, 10 mins)',
        'Model the five frame under the visualiser, then sing a counting song.',
        'Continuous provision (20 mins): water tray',
      ],
      messages: [{ messageId: 'noStarter', line: 2 }],
    },
    {
      name: 'episodes but no starter',
      input: ['LO: To explain erosion', 'Main (30 mins): video', 'Plenary (10 mins): quiz'],
      messages: [{ messageId: 'noStarter', line: 2 }],
    },
    {
      name: 'a starter unrelated to the objective',
      input: ['LO: To explain how meanders form', 'Starter: anagrams of capital cities', 'Main: diagram'],
      messages: [{ messageId: 'unlinked', line: 2 }],
    },
  ],
});

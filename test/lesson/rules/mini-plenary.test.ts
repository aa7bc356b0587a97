import { miniPlenary } from '../../../shared/lesson/rules/mini-plenary';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(miniPlenary, plan, {
  valid: [
    {
      name: "a hinge in the plenary whose answers decide tomorrow's pre-teach group is doing a hinge's work",
      input: [
        'LO: To find equivalent fractions',
        'Input (15 mins): fold strips; mini whiteboards after each fold',
        'Independent (20 mins): Mild, Spicy, Hot challenges',
        'Plenary (5 mins): hinge MCQ, fingers 1–4. Note anyone choosing 1 or 4 → pre-teach tomorrow with the TA',
      ],
      strengths: ['planned'],
    },
    {
      name: 'a hinge question after the teaching, with a recap of it in the plenary',
      input: [
        'LO: To calculate PED',
        'Input (10 mins): model the formula',
        'Guided practice (10 mins): hinge question on MWBs before moving on',
        'Independent (20 mins): worksheet',
        'Plenary (8 mins): go back over the hinge question and the exit ticket',
      ],
      strengths: ['planned'],
    },
    {
      name: 'the assessment section plans the check during the long practical',
      input: [
        'LO: To measure the specific heat capacity of a metal block',
        'Starter (5 mins): which has more energy, a cup of tea or a bath?',
        'Required practical (30 mins): heat the block for ten minutes, recording the temperature every minute.',
        'Plenary (5 mins): exit ticket.',
        'Assessment',
        'MWB during the worked examples, checking results tables during the practical.',
      ],
    },
    {
      name: "a welfare check-in on a pupil's access plan is no check on learning",
      input: [
        'SWBAT identify the point of view of a primary source.',
        'Document analysis (18 min): groups of 4, jigsaw',
        'IEP (Marcus – read aloud): docs chunked; preferential seating, check in at min 15',
      ],
      strengths: [],
    },
    {
      name: 'a long practical where the teacher circulates with key questions for each group',
      input: [
        'LO: To investigate which surface gives the most friction',
        'Investigation (35 mins): Circulate groups 1, 2, 3, 5. Key Qs: How are you making it fair? Is one reading enough?',
        'Plenary (10 mins): why do football boots want high friction?',
      ],
      strengths: [],
    },
    {
      name: 'timed exam practice is not paused for a check',
      input: [
        'LO: To calculate price elasticity of demand',
        '### Task 4 – Exam practice (30 mins, timed, exam conditions)',
        'Q1 (4 marks): calculate the PED. Q2 (8 marks): assess the impact on revenue.',
        '### Plenary (10 mins)',
        'Peer mark against the mark scheme.',
      ],
      strengths: [],
    },
    {
      name: 'a confidence vote in the plenary is not a check part-way',
      input: [
        'WALT: recognise and show families of equivalent fractions',
        'Main teaching',
        'Fold a paper strip in half and shade one half. Children fold their own strips.',
        'Plenary',
        '"Thumbs up/middle/down – how confident do you feel about finding equivalent fractions?"',
      ],
      strengths: [],
    },
    {
      name: 'mini whiteboards in the middle of the lesson, not those in the starter, are its check',
      input: [
        'LO: To write a word equation for a metal + acid reaction',
        'Starter (5 mins): Do Now. Cold call 3 students, mini whiteboards for Q3.',
        'Practical (20 mins): in pairs, add each metal to 2 cm acid and record observations.',
        'Results (10 mins): Mini whiteboards – hold up Zn equation. Check "zinc chloride" not "zinc chlorine".',
        'Plenary (8 mins): exit ticket on post-it.',
      ],
      strengths: ['planned'],
    },
    { name: 'a mini-plenary section', input: wellPlanned, strengths: ['planned'] },
    {
      name: 'a hinge question in the main part',
      input: [
        'Starter: quiz',
        'Main: modelling, then a hinge question on ABCD cards',
        'Independent: practice',
        'Plenary: exit ticket',
      ],
      strengths: ['planned'],
    },
    {
      name: 'PE: questions at stoppages',
      input: [
        'Warm-up: jog',
        'Skill development: passing',
        'Game: questions at stoppages',
        'Plenary: review',
      ],
      strengths: ['planned'],
    },
    { name: 'a short two-part lesson', input: ['Main: reading', 'Plenary: quiz'], strengths: [] },
    {
      name: 'an untimed lesson with no check: nothing specific to say',
      input: ['LO: To read maps', 'Starter: quiz', 'Main: grid references', 'Plenary: exit ticket'],
      strengths: [],
    },
    {
      name: 'short timed episodes with no check',
      input: ['Starter (5 mins): quiz', 'Main (20 mins): grid references', 'Plenary (10 mins): exit ticket'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'a hinge question only in the plenary, where its answers can change nothing',
      input: [
        'LO: To calculate PED',
        'Starter (8 mins): retrieval quiz',
        'Guided practice (10 mins): three calculations on MWBs in pairs',
        'Independent (20 mins): worksheet',
        'Plenary (8 mins): exam question, then hinge Q on slide: "PED is -0.3 and price rises. Revenue will: A) fall B) rise"',
      ],
      messages: [{ messageId: 'hingeAtEnd', line: 5 }],
    },
    {
      name: 'a 35-minute lab with no check part-way',
      input: [
        'LO: To evaluate Boolean expressions',
        'Do Now (5 mins): predict the output',
        'Lab (35 mins): students work through the lab sheet',
        'Debrief (5 mins): questions',
      ],
      messages: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'a 60-minute lesson in two long episodes',
      input: ['60 minute lesson', 'Main (40 mins): essay', 'Plenary (20 mins): read aloud'],
      messages: [{ messageId: 'missing', line: 2 }],
    },
  ],
});

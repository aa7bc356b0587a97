import { inclusionGaps } from '../../../shared/lesson/rules/inclusion-gaps';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(inclusionGaps, plan, {
  valid: [
    {
      name: 'a class the plan says has no EAL pupils is not asked about them',
      input: [
        "LO: To describe my town using il y a and il n'y a pas de",
        'Main: pairs info-gap speaking task',
        'Notes: Jayden (ASD) - seat at front, 1 min warning before pair work. No EAL in group.',
        'Stretch: add an opinion and a reason',
      ],
      strengths: [],
    },
    {
      name: 'no reason in the plan to ask: nothing said about the class or its needs',
      input: ['LO: To solve equations', 'Main: ten questions', 'Plenary: answers'],
      strengths: [],
    },
    {
      name: 'every group catered for',
      input: [
        'LO: To solve equations',
        'Differentiation: worked examples on the table',
        'SEN: J. has the steps chunked',
        'EAL: key words with pictures',
        'Extension: equations with brackets',
      ],
      strengths: [],
    },
    {
      name: 'a tuition session is already shaped around its pupil',
      input: ['1:1 tuition plan', 'Class: one pupil in Year 5', 'LO: To add fractions', 'Model: I show'],
      strengths: [],
    },
    {
      name: '"groups of 6" in the main is not a class profile',
      input: ['LO: To solve equations', 'Main: groups of 6 solve ten questions', 'Plenary: answers'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'adaptations kept in another document: the plan is asked what this lesson does differently',
      input: [
        'LO: To explain the causes of the flood',
        'Main: card sort in pairs, then a paragraph',
        '### Differentiation (ALN / MAT / EAL)',
        'See seating plan + class profile on Teams.',
      ],
      messages: [{ messageId: 'keptElsewhere', line: 4 }],
    },
    {
      name: 'differentiation still to be decided with a colleague: asked to settle it before the lesson',
      input: [
        'LO: To test which material is waterproof',
        'Main: small groups drip water on each material over a cup',
        'Diff: TBC - ask Mrs K re Harvey + new girl',
        'Plenary: vote which material for the umbrella and why',
      ],
      messages: [{ messageId: 'stillToDecide', line: 3 }],
    },
    {
      name: 'a paragraph of the teaching whose only word of SEN and EAL is where their information is kept',
      input: [
        'LO: To explain the causes of the sinking of the Titanic',
        'Card sort (15 mins): Pairs sort the cause cards. SEND / EAL info is on the seating plans as usual.',
        'Independent writing (20 mins): A paragraph on the cause that mattered most. Stretch: does one cause make the others matter?',
      ],
      messages: [
        {
          messageId: 'keptElsewhere',
          line: 2,
          data: { groups: 'pupils with SEN or pupils learning English as an additional language' },
        },
      ],
    },
    {
      name: "a proforma's adaptations box that only names the groups and points to the seating plan",
      input: [
        'LO: To make copper sulfate crystals',
        'Main (35 mins): practical in pairs',
        'DIFFERENTIATION / SEND / EAL',
        'See seating plan – SEN & EAL highlighted.',
        'HOMEWORK: Seneca quiz on acids',
      ],
      messages: [{ messageId: 'keptElsewhere', line: 4 }],
    },
    {
      name: 'pointers for each group, wherever they stand: one prompt names all three groups',
      input: [
        'LO: To describe hair and eyes using tener',
        'Seating plan / ALN / FSM / PDG: see seating plan on Class Charts (ALN flagged). No changes this week.',
        'EAL - 1 pupil, see SIMS.',
        'MAT: tbc',
        '10 mins | Dibuja el monstruo | pairs, one describes, one draws',
      ],
      messages: [
        {
          messageId: 'keptElsewhere',
          line: 2,
          data: {
            groups: 'pupils with SEN, pupils learning English as an additional language or the most able',
          },
        },
      ],
    },
    {
      name: 'a differentiation section that says nothing about SEN, EAL or stretch: one prompt names all three',
      input: [
        'LO: To solve equations',
        'Main: ten questions',
        'Differentiation: a worked example on the board',
      ],
      messages: [{ messageId: 'notYetSaid', line: 3 }],
    },
    {
      name: 'a class profile, with challenge planned: asks about the other two',
      input: [
        'Class: 9Y, 28 pupils, mixed ability',
        'LO: To solve equations',
        'Main: questions, then a challenge task',
      ],
      messages: [{ messageId: 'notYetSaid', line: 1 }],
    },
  ],
});

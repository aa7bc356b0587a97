import { differentiationBySupport } from '../../../shared/lesson/rules/differentiation-by-support';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(differentiationBySupport, plan, {
  valid: [
    {
      name: 'a worksheet in Bronze, Silver and Gold sections, a line each: the Bronze gap fill is the support',
      input: [
        'LO: To use the perfect tense with être',
        'You do (20 mins): worksheet, 3 sections:',
        '- Bronze: gap fill with verb box and A or Ê already marked.',
        '- Silver: translate 8 sentences into French.',
        '- Gold: write a 5-sentence paragraph with at least 3 être verbs.',
      ].join('\n'),
      strengths: ['bySupport'],
    },
    {
      name: "a sheet's first column with its bar models already drawn, and fraction walls on the table, is support for the same task",
      input: [
        'LO: To add fractions where one denominator is a multiple of the other',
        'Main (20 mins)',
        'Independent work is the sheet with three columns. The first column has bar models already drawn for every question so they just shade and count, and they can have fraction walls on the table.',
      ].join('\n'),
      strengths: ['bySupport'],
    },
    {
      name: 'the practice set out in Bronze, Silver and Gold tiers of the same task',
      input: [
        'LO: Calculate break-even output using the formula',
        'Input (10 mins): I do Juice Bar example, annotate each step on board',
        'Independent practice (10 mins): Bronze: 3 break-even calcs. Silver: read BEP off a chart. Gold: margin of safety Qs.',
      ].join('\n'),
    },
    {
      name: "a guided group's concrete resources are support, beside the greater-depth question",
      input: [
        'WALT: find fractions of amounts',
        'Guided group:',
        'Mr Khan – Red table (6). Concrete: cubes and paper plates for sharing. Unit fractions only.',
        'Independent: worksheet "Fractions of Amounts" (Challenge 1 – 3).',
        'Greater depth: "Is 2/3 of 25 more or less than 3/4 of 20? Explain how you know."',
      ],
      strengths: ['bySupport'],
    },
    {
      name: 'Dienes and a place value mat are concrete support for the same task',
      input: [
        'LO: To add two 2-digit numbers using the column method',
        'Independent: mild = Dienes + PV mat, no exchange; spicy = exchange in ones; hot = 3-digit + 2-digit',
      ],
      strengths: ['bySupport'],
    },
    {
      name: 'a keep-up group the same afternoon for those the assessment picks out',
      input: [
        'TA: Miss H - keep-up group this afternoon',
        'LO: To read and spell words with the ay grapheme',
        'Teach (5 mins): model say, day, play with sound buttons',
        'Assess (5 mins): dictation - note who cannot spell play; those names to Miss H for keep-up',
      ],
      strengths: ['bySupport'],
    },
    {
      name: 'a cloze version of the worksheet for some, an extra question for others',
      input: [
        'LO: describe arrangement + movement of particles in s/l/g',
        "Main: Wksht 2.1 - LA cloze version, HA extra Q: explain why gases can be compressed but liquids can't",
      ],
      strengths: ['bySupport'],
    },
    {
      name: 'one worksheet staged from a first step to the hardest case',
      input: [
        'LO: To solve two-step linear equations',
        "Practice 20' – worksheet A (one-step), B (two-step), C (unknowns both sides)",
      ],
      strengths: ['bySupport'],
    },
    {
      name: 'support labelled as such, as cards for named pupils, beside a stretch task',
      input: [
        'LO: To calculate price elasticity of demand',
        'Task 2 (20 mins): calculation practice, Qs 1-8',
        '- Support: formula triangle card + % change reminder card for Liam and Priya.',
        '- Stretch: Q9, the change in total revenue.',
      ],
      strengths: ['bySupport'],
    },
    {
      name: 'support and extension on the same task',
      input: [
        'LO: To write a persuasive letter',
        'Support: sentence starters and a word bank',
        'Extension: write for a hostile reader',
      ],
      strengths: ['bySupport'],
    },
    {
      name: 'an open task',
      input: [
        'LO: To investigate patterns',
        'Main: open-ended investigation with a low floor and high ceiling',
      ],
      strengths: ['bySupport'],
    },
    {
      name: 'simplified resources are support, not lowered expectations',
      input: [
        'LO: To read a timeline',
        'Main: timeline task; simplified resources and a head start for two pupils',
      ],
      strengths: ['bySupport'],
    },
    {
      name: 'stretch, with help for those who struggle written outside the teaching: differentiation by support',
      input: [
        'LO: To write a persuasive paragraph',
        'Main: pupils write a paragraph for the campaign leaflet',
        'Extension: add a counter-argument and rebut it',
        'Help sheets with paragraph openers are on each table for those who find it hard.',
      ],
      strengths: ['bySupport'],
    },
  ],
  invalid: [
    {
      name: '"Support: TBC - LSA?" plans no support yet: the stretch is there, the support is still to come',
      input: [
        'LO: To factorise quadratics',
        'Main (15 mins): worked example x^2 + 5x + 6',
        'Support: TBC - LSA?',
        'Stretch: a is not 1',
      ],
      messages: [{ messageId: 'noSupport', line: 4 }],
    },
    {
      name: 'a template\'s differentiation fields left empty ("LA -", "HA -") are not praised as support or stretch',
      input: [
        'LO: To sort materials into solids, liquids and gases', // line 1
        '## Main activity', // line 2
        'Children sort the picture cards in hoops in groups.', // line 3
        '## Differentiation', // line 4
        'LA - ', // line 5
        'MA - ', // line 6
        'HA - ', // line 7
      ],
      messages: [{ messageId: 'missing', line: 4 }],
    },
    {
      name: 'only stretch is planned (an extension section): support for those who struggle is asked for',
      input: [
        'LO: To explain how temperature affects the rate of reaction', // line 1
        '## Main', // line 2
        '- Students measure the time for the cross to disappear at three temperatures.', // line 3
        '## Extension', // line 4
        '- Students can calculate the rate using rate = 1/time taken.', // line 5
      ],
      messages: [
        {
          messageId: 'noSupport',
          line: 5,
          quote: 'Students can calculate the rate using rate = 1/time taken.',
        },
      ],
    },
    {
      name: 'a differentiation section that only says what to do with quick finishers',
      input: [
        'LO: To evaluate a Boolean expression', // line 1
        'Lab: students evaluate expressions with and, or and not', // line 2
        '## Accommodation/Differentiation', // line 3
        "If students are moving quickly, ask them to research De Morgan's Law.", // line 4
      ],
      messages: [{ messageId: 'noSupport', line: 4 }],
    },
    {
      name: "a class word bank built on the board is everyone's, not support for those who need it",
      input: [
        'LO: To write a description using the senses',
        'Starter: storm picture on board. Chn jot 5 words. Share round the room, build word bank on board',
        'Task: write own paragraph, at least 3 techniques',
      ],
      messages: [{ messageId: 'missing' }],
    },
    {
      name: 'an easier worksheet for some pupils',
      input: ['LO: To add fractions', 'Main: worksheet', 'Lower ability pupils get an easier worksheet'],
      messages: [{ messageId: 'easierWork', line: 3 }],
    },
    {
      name: 'all / most / some outcomes',
      input: [
        'LO: To explain the water cycle',
        'Outcomes:',
        'All will label the water cycle',
        'Most will describe it',
        'Some will explain it',
      ],
      messages: [{ messageId: 'byOutcome', line: 5 }],
    },
    {
      name: 'all, most and some outcomes written on one line and wrapped by a PDF',
      input: [
        'LO: To explain why the Western Front became a stalemate',
        'Success Criteria: All – describe trench warfare. Most –',
        'explain two reasons. Some – judge which reason mattered most.',
        'Main: card sort with sentence starters',
      ],
      messages: [{ messageId: 'byOutcome', line: 2 }],
    },
    {
      name: 'no differentiation',
      input: ['LO: To explain the water cycle', 'Main: video', 'Plenary: quiz'],
      messages: ['missing'],
    },
    {
      name: 'a visualiser is a piece of kit, not support',
      input: ['LO: To add within 10', 'Main: model on the visualiser', 'Plenary: share'],
      messages: ['missing'],
    },
  ],
});

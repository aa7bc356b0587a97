import { objectivesTaught } from '../../../shared/lesson/rules/objectives-taught';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

/** A lesson with enough teaching to trace its objectives through. */
const weather = (
  objectives: string[],
  plenary = 'Plenary: pupils explain how a thermometer and a rain gauge work; next lesson: wind',
) => [
  'Year 6 Geography – Measuring the weather',
  ...objectives.map((objective) => `LO: ${objective}`),
  'Starter (5 mins): whole class, pupils sort photographs of clouds, rain and sunshine into weather types.',
  'Main (25 mins): in pairs, pupils read a thermometer at three places in the playground, record the temperature in a table, then empty the rain gauge and measure the rainfall in millimetres with a ruler.',
  'Independent (15 mins): pupils compare their readings with the Met Office forecast and write why they might differ.',
  plenary,
];

testRule(objectivesTaught, plan, {
  valid: [
    {
      name: 'a plan with no plenary is not asked to revisit its objectives in its assessment notes',
      input: [
        'LO: To know that 5 can be made from two smaller numbers',
        'LO: To use the words whole and part',
        'Warm up (3 mins): Five Little Speckled Frogs with fingers; how many on the log? how many jumped in?',
        'Teaching (12 mins): rekenrek, slide 4 across and 1 stays: two smaller numbers can be made into 5; the whole is 5, the parts are 4 and 1.',
        'Talk partners (5 mins): shake and tip out five double-sided counters onto a 5 frame and say "3 red and 2 yellow make 5".',
        'Focus group (15 mins): two hoops and five bean bags; how many in this hoop, how many in that one, how many altogether?',
        'Assessment: Tapestry observations of who knows 5 can be made from two smaller numbers.',
      ],
    },
    {
      name: 'an episode that teaches by the acronym the plan spells out ("total revenue (TR)")',
      input: [
        'Objectives:',
        '1. To calculate price elasticity of demand from data',
        '2. To analyse the relationship between elasticity and total revenue',
        'Key words: elasticity, total revenue (TR), unitary',
        'Main (25 mins): worked example, calculate elasticity from the cinema ticket data; pupils practise on the worksheet',
        'PED + TR (20 mins): TR diagram, table of price and quantity, sugar levy extract and a 4-mark question on the change in TR',
        'Plenary (5 mins): exit ticket on elasticity',
      ],
      strengths: [],
    },
    {
      name: 'a plenary sentence "explaining their results" returns to "To explain..."',
      input: weather(
        ['To read a thermometer accurately', 'To explain why readings differ across the playground'],
        'Plenary: exit ticket: pupils write one sentence explaining their thermometer results; next lesson: wind',
      ),
      strengths: [],
    },
    { name: 'the compact plan: its objective is taught and revisited', input: wellPlanned, strengths: [] },
    {
      name: 'both objectives taught and revisited',
      input: weather(['To read a thermometer accurately', 'To measure rainfall with a rain gauge']),
      strengths: [],
    },
    {
      name: 'a plenary that returns to the objectives by name revisits them all',
      input: weather(
        ['To read a thermometer accurately', 'To measure rainfall'],
        'Plenary: traffic-light the objectives',
      ),
      strengths: [],
    },
    {
      name: 'too little teaching to trace: the thin plan is told what is missing instead',
      input: ['LO: To calculate wind speed', 'Main: worksheet'],
      strengths: [],
    },
    {
      name: 'a scheme page of many objectives is not traced',
      input: [
        'LO: To a',
        'LO: To b',
        'LO: To c',
        'LO: To d',
        'LO: To e',
        'LO: To f',
        'LO: To calculate wind speed',
        ...weather([]).slice(1),
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'an objective its lesson puts off to "next week" or "if time" is asked about, quoting that line',
      input: [
        'LOs',
        '- convert 8-bit binary -> denary',
        '- convert denary (0-255) -> binary',
        '- convert binary -> hex (intro)',
        'Do now (5): what is a bit? a byte? why do computers use binary?',
        'Input (15): binary columns go up x2: 128 64 32 16 8 4 2 1; I do 10110110 = 182; we do 01001101 = 77.',
        'Denary to binary (10): subtraction method, biggest column that fits; 45 = 00101101; they do 200 on MWB.',
        'Binary cards (8): pairs, 5 cards each (16 8 4 2 1), face down = 0, face up = 1; show me 13, 21, 30, then 31: why can we not make 32?',
        'Sheets (20): Sheet A bin -> den Q1-12, Sheet B den -> bin Q1-10; extension sheet C adds two binary numbers.',
        '- hex - next week prob. if time show 16 in hex',
      ],
      messages: [{ messageId: 'putOff', line: 10 }],
    },
    {
      name: 'an objective to evaluate that only the most able judge, in their extension, is asked about',
      input: [
        'Learning objectives',
        '- Identify the long-term causes of the First World War',
        '- Evaluate which cause was most important in bringing about war in 1914',
        'Do Now (5 mins): name the two alliances in Europe by 1914; who ruled Germany; when was HMS Dreadnought launched?',
        'I do (10 mins): go through militarism, alliances, imperialism and nationalism, one slide each, with a map of Europe in 1914; model a paragraph on militarism as a cause under the visualiser, using point, evidence and explain.',
        'We do (10 mins): class co-construct a paragraph on alliances as a cause, cold calling for the point and taking evidence from two or three pupils.',
        'You do (15 mins): write a paragraph on imperialism or nationalism as a long-term cause of the war.',
        'Most able',
        '- Extension: Which cause was the most important? Write a judgement paragraph.',
        'Exit ticket (5 mins): name the four long-term causes.',
      ],
      messages: [{ messageId: 'onlyStretch', line: 3 }],
    },
    {
      name: 'the case study every episode names (Boscastle) does not make an objective about it taught',
      input: [
        'Learning objectives',
        '1. To describe the physical and human causes of flooding',
        '2. To explain how a storm hydrograph shows flood risk',
        '3. To evaluate whether hard or soft engineering is the better way to manage flooding at Boscastle',
        'Starter (10 mins): Boscastle clip; pupils note three things they see and one question about the village.',
        'Input (15 mins): causes of flooding card sort, physical vs human, then link back to Boscastle: steep valley, saturated ground, two rivers meet.',
        'Main (15 mins): pupils plot the Boscastle rainfall and discharge data as a storm hydrograph and label the lag time.',
        'Writing (10 mins): explain why Boscastle flooded in 2004, using the card sort.',
        'Plenary (10 mins): exit ticket: one physical and one human cause, and the lag time of the Boscastle hydrograph.',
      ],
      messages: [{ messageId: 'notTaught', line: 4 }],
    },
    {
      name: '"erosion processes" and "the 4 definitions" teach "the four ways a river erodes"; source to mouth is not taught',
      input: [
        'Learning Intentions',
        '- We are learning about the four ways a river erodes its channel',
        '- We are learning how a river changes from source to mouth',
        'Main',
        '1. PPT slides 4-9 erosion processes. Do the actions for each one: hydraulic action - clap (force of the water), abrasion - rub hands together, attrition - knock fists, solution - wiggle fingers.',
        '2. Pupils copy the 4 definitions into jotter under the diagram sheet, then pass round the pebble bags and say which process explains them.',
        'Plenary',
        'Mini whiteboards - I read a description, they write the process. Show me on 3.',
      ],
      messages: [{ messageId: 'notTaught', line: 3 }],
    },
    {
      name: 'the second half of an objective joined by "and that" is never taught',
      input: [
        'Learning objectives:',
        '- To describe how temperature affects the rate of reaction and that this is explained by colliding particles',
        '- To present results in a table and a line graph',
        'Starter: recap what a reaction is and what rate means, with a burning candle and a rusting nail',
        'Main: pupils time the reaction at three temperatures using the water baths and record each time',
        'Safety first: goggles on, hair tied back, spills reported; groups of three share one set of kit, one timer, one recorder and one mixer, swapping roles each run so everyone handles the thiosulfate and the acid',
        'Analysis: pupils draw a results table and a line graph of temperature against time taken',
        'Plenary: what happened to the rate as the temperature rose?',
      ],
      messages: [
        { messageId: 'notTaught', line: 2 },
        { messageId: 'notRevisited', line: 8 },
      ],
    },
    {
      name: 'an objective no episode teaches',
      input: weather(['To read a thermometer accurately', 'To calculate wind speed']),
      messages: [{ messageId: 'notTaught', line: 3 }],
    },
    {
      name: 'objectives that belong to another lesson',
      input: weather(['To calculate wind speed', 'To name the planets of the solar system']),
      messages: [{ messageId: 'noneTaught', line: 2 }],
    },
    {
      name: 'a plenary that does not come back to an objective',
      input: weather(
        ['To read a thermometer accurately', 'To measure rainfall with a rain gauge'],
        'Plenary: pupils say which thermometer reading surprised them; next lesson: wind',
      ),
      messages: [{ messageId: 'notRevisited', line: 7 }],
    },
  ],
});

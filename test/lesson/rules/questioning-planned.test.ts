import { questioningPlanned } from '../../../shared/lesson/rules/questioning-planned';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(questioningPlanned, plan, {
  valid: [
    {
      name: 'recall questions, then a plenary vote with its reasons ("+ why")',
      input: [
        'LO: To test which material is waterproof',
        "Starter: Teddy's umbrella broke!! Show pic - what should we make a new one from? talk partners",
        'Main: drip water on each material. Does water go through? Tick/cross sheet',
        "Plenary: back on carpet, vote which material for Teddy's umbrella + why",
      ],
      strengths: ['planned'],
    },
    {
      name: "a languages lesson's questions in the language practise it: not asked to explain or justify",
      input: [
        'Year 7 Spanish',
        'LO: To describe hair and eyes using tener',
        'Main: ¿De qué color son tus ojos? ¿Tienes el pelo largo o corto?',
        'Plenary: ¿Cómo es tu madre?',
      ],
      strengths: [],
    },
    {
      name: 'a phonics session, whose question marks are sentences to read, is not asked for why-questions',
      input: [
        'Objective: To read and spell words containing the digraph ay.',
        'TEACH (5 mins)',
        '- ay - "may I play?" Say it together 3 times.',
        'APPLY (6 mins)',
        '- Read sentence together: "Can I play in the hay today?" Find the ay words.',
      ],
      // Its questions are sentences to read: questioning, not praised as asking pupils to explain.
      strengths: ['asked'],
    },
    {
      name: "'ask for higher wages' in the content is not the teacher's question: the praise quotes a why-question",
      input: [
        "Lesson outcome: I can explain the causes of the Peasants' Revolt.",
        'Explanation: Teacher explains: peasants could move to another manor and ask for higher wages.',
        'Check for understanding: Why did the Black Death give surviving peasants more power?',
        'Task: Which of these was the aim of the Statute of Labourers?',
      ],
      strengths: ['planned'],
    },
    {
      name: 'recall checks beside a stretch task to explain in two sentences are not recall alone',
      input: [
        'Lesson outcome: I can convert an 8-bit binary number into denary.',
        'Check for understanding: What is the place value of the 4th bit from the right?',
        'Practice: Which of these binary numbers is the largest? 01111111 or 10000000?',
        "Stretch: Explain in 2 sentences why a byte can't store the number 300.",
      ],
      strengths: ['planned'],
    },
    {
      name: 'a compare question and a task to explain are not recall',
      input: [
        'Objective: Distinguish between weathering and erosion using examples.',
        'ENGAGE (5 minutes): Ask: "What do these two pictures have in common?" Turn and talk.',
        'EXPLORE (15 minutes): What happened to the corners? Where did the sand end up?',
        'EVALUATE (8 minutes): Using evidence from the stream table, explain what happened to the sand.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'learners asking questions if they need to is not questioning planned, but the questions written are',
      input: [
        'LO: To use the pattern',
        'Main: whole group listen and ask questions if necessary',
        'Plenary: Why do we say it this way? How do you know?',
      ],
      strengths: ['planned'],
    },
    { name: 'questions written into the episodes', input: wellPlanned, strengths: ['planned'] },
    {
      name: 'questioning named as a strategy',
      input: ['LO: To compare poems', 'Main: cold call with no hands up, then probing questions'],
      strengths: ['asked'],
    },
    {
      name: 'maths problems to work are no questioning to praise',
      input: [
        'LO: To divide with remainders',
        'Main (20 mins): three long division questions with remainders, bus stop method',
      ],
      strengths: [],
    },
    {
      name: 'a question about what the results show asks pupils to think',
      input: [
        'LO: To investigate rates',
        'Main (10 mins): analysis – what conclusions can be drawn about how the concentration affected the rate?',
      ],
      strengths: ['planned'],
    },
    {
      name: 'thumbs up after recall questions is questioning, not asking pupils to think and explain',
      input: [
        'LO: To solve equations',
        'Do Now (5 mins): 4 retrieval Qs on the board, thumbs up if all correct',
        'Main (20 mins): What is x if 3x = 12?',
      ],
      strengths: ['asked'],
    },
    { name: 'not a lesson plan', input: 'What time is the meeting?', strengths: [] },
    {
      name: 'recall questions in the input, then a PEEL paragraph weighing one strength and one limitation',
      input: [
        'LO: Evaluate the multi-store model using research evidence',
        'Starter (8 mins): digit span test. Who got to 7? 9?',
        'Input (12 mins): build the MSM diagram; cold call: what moves info from SR to STM?',
        'AO3 evaluation (15 mins): PEEL paragraph – one strength (HM), one limitation (KF).',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'questions that only ask what and where',
      input: [
        'Objective: To name the parts of a flower',
        'Starter (5 mins): What is this part called? Where is the stem?',
        'Main (20 mins): label the diagram of a flower. Which part makes the seeds?',
      ],
      messages: [{ messageId: 'noHigherOrder', line: 2 }],
    },
    {
      name: 'no questions planned',
      input: ['LO: To compare poems', 'Main: read both poems', 'Plenary: exit ticket'],
      messages: ['missing'],
    },
    {
      name: 'the title asks a question but the lesson plans none',
      input: [
        'Why do some people believe in God?',
        'Objective: to describe beliefs about God',
        'Main: read the leaflet',
      ],
      messages: ['missing'],
    },
    {
      name: 'recall questions only',
      input: [
        'LO: To recall the planets',
        'Starter: What is the largest planet?',
        'Main: Which planet is nearest the Sun?',
      ],
      messages: [{ messageId: 'noHigherOrder', line: 2 }],
    },
  ],
});

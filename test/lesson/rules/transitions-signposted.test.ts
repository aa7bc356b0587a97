import { transitionsSignposted } from '../../../shared/lesson/rules/transitions-signposted';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(transitionsSignposted, plan, {
  valid: [
    {
      name: 'moving a pupil on to harder work when ready is not a signpost between episodes',
      input: [
        'WALT: find fractions of amounts',
        'Starter (5 mins): count in 4s.',
        'Teacher input (15 mins): worked example 3/4 of 12.',
        'Guided group: Red table. Unit fractions only. Move on to 2/4 if ready.',
        'Plenary (10 mins): Sam says 3/4 of 12 = 4. Is he right?',
      ],
      strengths: [],
    },
    {
      name: "a pupil's role called timer is not a signpost",
      input: [
        'Objective: To distinguish between weathering and erosion',
        'ENGAGE (5 minutes): photos of the Grand Canyon and a pothole.',
        'EXPLORE (15 minutes): Groups of 4–5 (assigned roles: materials manager, pourer, recorder, timer).',
        'EXPLAIN (12 minutes): whole-class discussion; groups share observations.',
        'EVALUATE (8 minutes): exit ticket.',
      ],
      strengths: [],
    },
    {
      name: 'warning one pupil before transitions is an adjustment for them, not a signpost for the class',
      input: [
        'Objective: To describe the three types of plate margin',
        'Adjustments:',
        'RT - ADHD - sat at front near door, check-in at 20 min mark, warn before transitions',
        'DO NOW (5 mins): three retrieval questions',
        'I DO (10 mins): model each margin with a hands demo',
        'YOU DO (15 mins): map task',
        'EXIT TICKET (5 mins): draw a conservative margin',
      ],
      strengths: [],
    },
    {
      name: 'a visual timer counts down each change',
      input: [
        'Objective: To distinguish between weathering and erosion',
        'Starter (5 minutes): photos of the Grand Canyon and a pothole.',
        'Explore (15 minutes): set a timer on the board for each station.',
        'Explain (12 minutes): whole-class discussion.',
        'Plenary (8 minutes): exit ticket.',
      ],
      strengths: ['signposted'],
    },
    { name: 'a signposting sentence between episodes', input: wellPlanned, strengths: ['signposted'] },
    {
      name: 'an explicit transition note',
      input: [
        'Starter: quiz',
        'Transition: timer on the board, books out',
        'Main: modelling',
        'Independent: practice questions',
        'Plenary: quiz',
      ],
      strengths: ['signposted'],
    },
    {
      name: 'a recap that says what pupils know so far',
      input: [
        'Starter: quiz',
        'Main: So far we have added tens; now to add ones.',
        'Independent: practice questions',
        'Plenary: quiz',
      ],
      strengths: ['signposted'],
    },
    {
      name: 'fewer than three episodes: nothing to signpost',
      input: ['Main: reading', 'Plenary: quiz'],
      strengths: [],
    },
    {
      name: 'three parts: the changes of activity are plain enough without signposts',
      input: ['LO: To read maps', 'Starter: quiz', 'Main: grid references', 'Plenary: exit ticket'],
      strengths: [],
    },

    {
      name: 'not asked about: four episodes with no signposting',
      input: [
        'LO: To read maps',
        'Starter: quiz',
        'Main: grid references',
        'Independent: map tasks',
        'Plenary: exit ticket',
      ],
      strengths: [],
    },
    {
      name: 'not asked about: "so far" describing content is no transition',
      input: [
        'LO: To read ur words',
        'Starter: flashcards of the graphemes so far',
        'Main: blend',
        'Independent: read captions',
        'Plenary: read',
      ],
      strengths: [],
    },
    {
      name: "a practical's stopwatch is no transition: 'start timer when acid goes in'",
      input: [
        'LO: To investigate rate of reaction',
        'Starter: recall collision theory',
        'Main: demo and method',
        'Practical (20 mins): in 3s. Circulate – start timer when acid goes in, not after the swirl.',
        'Plenary: exit ticket',
      ],
      strengths: [],
    },
  ],
  invalid: [],
});

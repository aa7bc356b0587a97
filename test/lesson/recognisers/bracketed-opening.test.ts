import { bracketedOpening } from '../../../shared/lesson/read/recognisers/bracketed-opening';
import { recogniserTable } from './table';

recogniserTable(bracketedOpening, {
  accept: [
    [
      'Context recap (10). The big one here: every year...',
      { name: 'Context recap', minutes: 10, opening: 'Context recap (10). ' },
    ],
    [
      'Start with the Do Now (5) — five retrieval questions on the board',
      { name: 'Start with the Do Now', minutes: 5, opening: 'Start with the Do Now (5) — ' },
    ],
    [
      'Independent writing (15 mins): their own paragraph',
      { name: 'Independent writing', minutes: 15, opening: 'Independent writing (15 mins): ' },
    ],
    [
      '(15) Solving by factorising. x^2+5x-6=0 -> (x+6)(x-1)=0',
      { name: 'Solving by factorising', minutes: 15, opening: '(15) ' },
    ],
    ['(5)  Warm up - mini whiteboard: factorise', { name: 'Warm up', minutes: 5, opening: '(5)  ' }],
    [
      "Skill 10' – Passing in pairs, 5m apart on cone lines.",
      { name: 'Skill', minutes: 10, opening: "Skill 10' – " },
    ],
  ],
  reject: [
    'Reading (Act 1) with the class',
    'the plenary (5). Two pupils',
    'Year 10 (2024). Shared plan',
    'Plenary (120). Long',
    '(2) marks for each answer',
    'Mr Khan – Red table (6). Concrete: cubes and paper plates for sharing.',
    'Focus group (5): the Lexia group read the first stanza aloud',
    'Periods 2, 3, 6 (50 min) -- period 6 is short on Wed, cut Elaborate if needed',
  ],
});

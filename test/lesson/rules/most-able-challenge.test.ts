import { mostAbleChallenge } from '../../../shared/lesson/rules/most-able-challenge';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(mostAbleChallenge, plan, {
  valid: [
    {
      name: '"MAT: ask Mr H" sends the reader elsewhere: no stretch is planned',
      input: [
        'LO: To order food in a café',
        'Main: role-play in pairs',
        'ALN: 3 (see seating plan) eFSM: ?? MAT: ask Mr H',
      ],
      strengths: [],
    },
    {
      name: 'a pointer followed by a real task still plans stretch',
      input: [
        'LO: To order food in a café',
        'MAT: see seating plan; extension – write a complaint to the café',
      ],
      strengths: ['planned'],
    },
    {
      name: 'a task for the HA group in a differentiation grid',
      input: ['LO: To solve equations', 'Differentiation: LA – word bank; HA – form their own equations'],
      strengths: ['planned'],
    },
    {
      name: "a US plan's accommodations with a line for advanced learners",
      input: [
        'SWBAT identify the point of view and purpose of a primary source.',
        'Do Now (5 min): Would you pay a lunch fee you never voted on?',
        'Accommodations:',
        'ELL: bilingual glossary; sentence frames',
        'Advanced: add Doc D – Loyalist letter; compare POV w/ Doc C',
      ],
      strengths: ['planned'],
    },
    {
      name: 'an extension task',
      input: ['LO: To solve equations', 'Extension: equations with brackets'],
      strengths: ['planned'],
    },
    {
      name: 'a deeper section of the worksheet',
      input: [
        'LO: Solve two-step equations',
        'You do: sections for fluency / problem solving / deeper.',
        'Deeper: "I think of a number" problems',
      ],
      strengths: ['planned'],
    },
    {
      name: 'something for fast finishers',
      input: ['LO: To read ur words', 'Apply: read the caption. Fast finishers write their own caption.'],
      strengths: ['planned'],
    },
    {
      name: 'greater depth challenge',
      input: ['LO: To use commas in lists', 'Main: greater depth pupils write their own list poem'],
      strengths: ['planned'],
    },
    {
      name: 'a Challenge heading',
      input: ['## Main', 'Sort the cards.', '## Challenge', 'Rank them.'],
      strengths: ['planned'],
    },
    {
      name: 'chilli challenges',
      input: [
        'LO: To solve equations',
        'Practice: mild, medium and spicy questions, then chilli questions for early finishers',
      ],
      strengths: ['planned'],
    },
    {
      name: 'bronze, silver and gold levels',
      input: [
        'LO: To solve equations',
        'Practice: bronze, silver, gold questions; everyone starts at bronze',
      ],
      strengths: ['planned'],
    },
    {
      name: 'nothing for pupils who finish quickly: asked by lesson/inclusion-gaps where the plan gives a reason',
      input: ['LO: To solve equations', 'Main: ten questions', 'Plenary: answers'],
      strengths: [],
    },
    {
      name: 'warm-up stretches are not a stretch task',
      input: ['LO: To dodge into space', 'Warm-up: jog and dynamic stretches', 'Game: 7 v 7'],
      strengths: [],
    },
    {
      name: '"the challenge with" an algorithm is not a challenge task',
      input: [
        'LO: To sort numbers',
        'Main: the challenge with creating parallel algorithms is to do many things at once',
      ],
      strengths: [],
    },
    {
      name: 'a task made more challenging',
      input: ['LO: To search a tree', 'Main: it can be made more challenging by using larger numbers'],
      strengths: ['planned'],
    },
  ],
  invalid: [],
});

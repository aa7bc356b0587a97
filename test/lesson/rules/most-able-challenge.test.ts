import { mostAbleChallenge } from '../../../shared/lesson/rules/most-able-challenge';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(mostAbleChallenge, plan, {
  valid: [
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
  ],
  invalid: [
    {
      name: 'nothing for pupils who finish quickly',
      input: ['LO: To solve equations', 'Main: ten questions', 'Plenary: answers'],
      messages: ['missing'],
    },
    {
      name: 'warm-up stretches are not a stretch task',
      input: ['LO: To dodge into space', 'Warm-up: jog and dynamic stretches', 'Game: 7 v 7'],
      messages: ['missing'],
    },
  ],
});

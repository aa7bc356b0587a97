import { planCutOff } from '../../../shared/lesson/rules/plan-cut-off';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(planCutOff, plan, {
  valid: [
    { name: 'a whole plan with its plenary', input: wellPlanned, strengths: [] },
    {
      name: 'a plan ending on a short unpunctuated line is not taken as cut',
      input: ['LO: To add fractions', 'Main (20 mins): worksheet', 'HW finish sheet'],
      strengths: [],
    },
    {
      name: 'a plan with no plenary whose last sentence ends',
      input: ['LO: To add fractions', 'Starter: recap', 'Main (20 mins): pupils add fractions on the sheet.'],
      strengths: [],
    },
    {
      name: 'a plan whose last line is a table row without a full stop is not taken as cut',
      input: [
        'LO: To compare fractions',
        'Main (20 mins): pupils order fractions on the number line',
        'Resources | Fraction walls, mini whiteboards, worksheet 3',
      ],
      strengths: [],
    },
    {
      name: 'a long last line that simply lacks its full stop is not taken as cut',
      input: [
        'LO: To add fractions',
        'Main (20 mins): worksheet',
        'Pupils finish the worksheet for homework this week',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'prose that stops on a comma',
      input: [
        'LO: To add fractions',
        'Main (20 mins): pupils add fractions with the same denominator on the sheet,',
      ],
      messages: [{ messageId: 'cutOff', line: 2 }],
    },
    {
      name: 'a session grid that stops mid-sentence',
      input: [
        'Objectives: be able to use the "I like" pattern',
        'Time / Tutor activity / Learner activity',
        '10 / Introduce session and ask what words learners already know.',
        '10 / Introduce the word for "as well" and model how it is used in agreement and circulate as',
      ],
      messages: [{ messageId: 'cutOff', line: 4 }],
    },
  ],
});

import { describe, expect, it } from 'vitest';
import { stillToSettle } from '../../../shared/lesson/rules/still-to-settle';
import { formatMessage } from '../../../shared/rule';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(stillToSettle, plan, {
  valid: [
    { name: 'a plan with nothing marked unsure', input: wellPlanned, strengths: [] },
    {
      name: 'adaptations still TBC are asked about by lesson/inclusion-gaps, not here',
      input: ['LO: To add fractions', 'Main (20 mins): worksheet in pairs', 'Diff: TBC - ask Mrs K'],
      strengths: [],
    },
    {
      name: 'a part that is only "TBC" is an empty part, asked about by lesson/empty-sections',
      input: ['LO: To add fractions', 'Starter: recap', 'Main:', 'TBC'],
      strengths: [],
    },
    {
      name: '"MWB CHECK 1" names a check pupils do, not a note to self',
      input: ['LO: To solve simultaneous equations', 'MWB CHECK 1 (we do). Boards up on 3-2-1'],
      strengths: [],
    },
    {
      name: '"check" in lower case is the lesson\'s work, not a note to self',
      input: ['LO: To add fractions', 'Main (20 mins): pupils check their answers with a partner'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: "the teacher's own question to themselves in the teaching",
      input: [
        'Obj: calculate price elasticity of demand',
        '- Starter: petrol vs latte, pair discuss',
        "- formula PED = %change in Qd / %change in P; remind them it's always negative, we ignore the sign mostly??",
      ],
      messages: [{ messageId: 'unsettled', line: 3 }],
    },
  ],
});

describe('the things the plan has still to settle', () => {
  it('quotes each, up to its mark, and says how many', () => {
    const reports = stillToSettle.check(
      plan([
        'LO: To calculate density',
        'Explore (20 mins): compare the 4 cubes (all 2 cm? or 1 in? CHECK before 2nd period).',
        'Explain (10 mins): worked example, then the sugar article (Guardian?? or the BBC one).',
      ]),
    );
    expect(reports).toHaveLength(1);
    expect(formatMessage(stillToSettle.messages.unsettled, reports[0]!.data)).toContain(
      'marks 2 things still to settle: "compare the 4 cubes (all 2 cm? or 1 in? CHECK", "worked example, then the sugar article (Guardian??"',
    );
  });
});

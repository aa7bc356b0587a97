import { practicalSafety } from '../../../shared/lesson/rules/practical-safety';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(practicalSafety, plan, {
  valid: [
    { name: 'no practical, no hazard', input: wellPlanned, strengths: [] },
    {
      name: 'a chemistry lesson about reactions with no practical work: nothing to assess',
      input: [
        'LO: To explain why chemical reactions need collisions',
        'Main: pupils draw particle diagrams of a reaction and explain each one',
      ],
      strengths: [],
    },
    {
      name: 'a practical whose risk notes name eye protection and ventilation',
      input: [
        'LO: To measure the rate of reaction',
        '## Method',
        '- Pour 20ml of hydrochloric acid into the flask and time the reaction.',
        '## Risk assessment',
        '- Eye protection worn throughout; the room is well ventilated (sulphur dioxide).',
      ],
      strengths: [],
    },
    {
      name: 'amino acids and the evolution of a species are not hazards',
      input: [
        'LO: To explain how proteins are built from amino acids',
        'Main: pupils build a model protein and measure its length, then read about the evolution of whales',
      ],
      strengths: [],
    },
    {
      name: 'acid in a history lesson is not a practical',
      input: [
        'LO: To explain the causes of the Great Stink',
        'Main: pupils read sources about the acid smell of the river',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'risk notes that only list the hazards: the control measures are asked for',
      input: [
        'LO: To measure the rate of reaction', // line 1
        '## Carrying out the experiment', // line 2
        '- Measure 20ml of hydrochloric acid into a measuring cylinder.', // line 3
        '## Risk assessment', // line 4
        '- Hydrochloric acid (up to 2M)', // line 5
        '- Evolution of sulphur', // line 6
      ],
      messages: [{ messageId: 'riskIncomplete', line: 5, quote: 'Hydrochloric acid (up to 2M)' }],
    },
    {
      name: 'heating with a Bunsen burner and no risk notes at all',
      input: [
        'LO: To describe what happens when copper carbonate is heated', // line 1
        'Main: in pairs, pupils heat the copper carbonate strongly with a Bunsen burner and record the colour', // line 2
        'Plenary: what gas was given off?', // line 3
      ],
      messages: [{ messageId: 'noRiskAssessment', line: 2 }],
    },
    {
      name: "the practical's own hazard is quoted, not an acid named in a retrieval question",
      input: [
        'LO: To explain how a buffer resists changes in pH', // line 1
        '## Starter', // line 2
        'Q: Write the expression for Ka for ethanoic acid.', // line 3
        '## Practical demo (10 min)', // line 4
        'Universal indicator in 3 beakers. Add 3 drops 1 M HCl, then 3 drops 1 M NaOH.', // line 5
      ],
      messages: [{ messageId: 'noRiskAssessment', line: 5 }],
    },
  ],
});

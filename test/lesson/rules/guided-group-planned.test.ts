import { guidedGroupPlanned } from '../../../shared/lesson/rules/guided-group-planned';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

const wellGuided = [
  'LO: To use expanded noun phrases', // line 1
  'Main (15 mins): teacher models expanded noun phrases', // line 2
  'Independent (20 mins): pupils write a setting description', // line 3
  'Guided group (20 mins): group of 6 pupils', // line 4
  '1. Recap the objective and the strategy', // line 5
  '2. Pupils have a go in pairs', // line 6
  '3. Review their sentences together', // line 7
  '4. Each pupil names their next step', // line 8
  'Plenary: share as a whole class', // line 9
];

testRule(guidedGroupPlanned, plan, {
  valid: [
    {
      name: 'a grid row that sends the class back to the task while the teacher takes a focus group',
      input: [
        'LO: To find non-unit fractions of an amount',
        '9:35-9:50 | Main task - 3 column sheet Mild/Spicy/Hot, chn choose | Blue - Mild w/ Mrs P | Live marking',
        '9:55-10:05 | Back to task / focus group of 4 at back table w/ me (Ben group) | Mrs P floats | -',
      ],
      strengths: ['planned'],
    },
    {
      name: "the other groups' work set out group by group is work for the rest of the class",
      input: [
        'LO: To find out what plants need to stay healthy',
        '9:25 / Main activity (tables): sort picture cards, then record in books',
        '   - Blue group (with Mrs Begum): picture sort only, TA scribes their sentences',
        '   - Red + Green group: sort cards + write 2 sentences using "because"',
        '   - Yellow group (FOCUS GROUP with me, 20 mins): sort + write own prediction',
      ],
      strengths: ['planned'],
    },

    {
      name: 'a guided reading carousel: the other groups are at their stations',
      input: [
        '# Year 3 Guided Reading – Weekly Carousel Plan',
        'Objective: to make inferences about a character and justify them with evidence from the text.',
        '- **20 mins** – Carousel: groups go to their station (see rotation below).',
        '- **T – Teacher-guided reading (Mr Ahmed):** book intro, discussion questions on inference.',
        '- **FU – Follow-up task (independent):** written comprehension on the text read with the teacher.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'a guided group of six, after the teaching, with four stages',
      input: wellGuided,
      strengths: ['planned'],
    },
    {
      name: 'no guided group: the rule does not apply',
      input: ['LO: To add', 'Main: practice'],
      strengths: [],
    },
    {
      name: 'US guided practice is whole-class practice, not a guided group',
      input: [
        'Objective: SWBAT add fractions',
        'Guided Practice: whiteboards',
        'Independent Practice: problems',
      ],
      strengths: [],
    },
    {
      name: "a one-to-one tuition record whose next step is for the class's guided reading: no guided group here",
      input: [
        'TUITION SESSION RECORD - ONE-TO-ONE',
        'Session objectives: to back up an inference with a short quote',
        '(10 min) Modelled reading aloud, thinking aloud',
        'Next steps: share the bookmark with the class teacher so it can be used in class guided reading',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      // The row's "30–50 min" times the part; the group has its first ten minutes. The other groups'
      // work is set out under the adaptations, group by group, so the rest of the class is not asked about.
      name: 'a focus group for the first ten minutes of a grid row, the other groups adapted by name',
      input: [
        'LO: To multiply a 2-digit number by a 2-digit number',
        '| Time | Teacher | Children |',
        '|---|---|---|',
        '| 10–30 min | Model 23 × 34 with the grid method, then long multiplication. | Whiteboards |',
        '| 30–50 min | Work with Owls (focus group: the 5 who struggled) for first 10 mins then circulate. | Robins with Mrs Okafor |',
        'Differentiation',
        '- Robins: grid method allowed as a bridge.',
        '- Owls: questions get harder.',
        '- Kestrels: word problems and a reasoning card.',
      ],
      messages: [{ messageId: 'timing', line: 5 }],
    },
    {
      name: 'a big group for too long, before the teaching',
      input: [
        'LO: To infer feelings',
        'Guided reading (30 mins): group of 9 read with the teacher',
        'Children read aloud in turn.',
        'Whole-class input (10 mins): teacher explains inference',
      ],
      messages: [
        { messageId: 'size', line: 2 },
        { messageId: 'timing', line: 2 },
        { messageId: 'beforeMainTeaching', line: 2 },
        { messageId: 'stages', line: 2 },
        { messageId: 'restOfClass', line: 2 },
      ],
    },
    {
      name: 'a guided group mentioned in prose with nothing for the others',
      input: ['LO: To use commas', 'Main: modelling', 'I will take a guided group of 6 for 15 minutes.'],
      messages: [{ messageId: 'restOfClass', line: 3 }],
    },
  ],
});

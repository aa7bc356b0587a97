import { describe, expect, it } from 'vitest';
import { planCutOff } from '../../../shared/lesson/rules/plan-cut-off';
import { formatMessage } from '../../../shared/rule';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(planCutOff, plan, {
  valid: [
    { name: 'a whole plan with its plenary', input: wellPlanned, strengths: [] },
    {
      name: "a teacher's note to self, last, that ends where the teacher stopped writing, is not taken as cut",
      input: [
        'LO: To explore how Williams presents masculinity in Scene 3.',
        'Seminar (30 mins): groups of four debate the poker night, then feed back to the class.',
        'HW: one paragraph on the poker night, using at least one stage direction. Due Monday.',
        "Note to self – check Lily's NEA draft extension with the head of department and chase the copies of the play",
      ],
      strengths: [],
    },
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
      name: 'a long labelled list of resources, last, after finished sentences, is not taken as cut',
      input: [
        'LO: To read words with the ai grapheme',
        'Teach (5 mins): Show the ai sound card. Say the sound together and then write it in the air.',
        'Practise (8 mins): Children read the words on their boards with a partner, then swap over.',
        'Apply (7 mins): Children write the sentence from memory and check it with their partner.',
        'Resources: ai sound card, speed sound cards, phoneme frames, mini whiteboards + pens, magnetic letters, sound mats, phonics books',
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
    {
      name: 'a plan whose last line is a whole Markdown table row is not taken as cut',
      input: [
        'LO: To compare fractions',
        '| Time | Activity |',
        '| 10 mins | Starter: order the fractions |',
        '| 20 mins | Main: fraction walls in pairs and the |',
      ],
      strengths: [],
    },
    {
      name: 'a last line of codes used whole elsewhere is not a cut code',
      input: [
        'LO: To greet a partner in French',
        'Main (20 mins): role play in pairs. Es and Os: MLAN 2-01a, MLAN 2-02a',
        'Links: MLAN 2-01a MLAN 2-02a',
      ],
      strengths: [],
    },
    {
      name: 'a long last note without its full stop, in a plan that writes notes, not sentences',
      input: [
        'LO: To add fractions',
        'Main (20 mins): pupils add fractions with the same denominator on the sheet in pairs then check answers',
        'Plenary (5 mins): pupils say one thing they found hard and one thing they will practise at home tonight',
        'HW finish the sheet and bring the fraction wall back on Friday for the next lesson with Mrs Khan',
      ],
      strengths: [],
    },
    {
      name: 'a long last sentence that ends with its full stop',
      input: [
        'LO: To use selection in Python',
        'Starter (5 mins): pupils predict the output of the three programs on the board before they log on.',
        'Main (30 mins): pupils write the cinema ticket program, testing it with four ages including the boundary values.',
        'Circulate and check that they use == and not = in their conditions and that the elif order makes sense.',
      ],
      strengths: [],
    },
    {
      name: 'a last list item that ends its sentence',
      input: ['LO: To add fractions', 'Main (20 mins): worksheet', '- Pupils check answers with a partner'],
      strengths: [],
    },
    {
      name: 'a scheme that stops mid-code: its own notice says so (lesson/plan-recognised)',
      input: [
        'Stage planner: Primary 5',
        'LO: To greet a partner. Codes MLAN 2-01a MLAN 2-01b MLAN 2-01a MLAN 2-0',
        '## Lesson 1: Greetings',
        '## Lesson 2: Numbers',
        '## Lesson 3: Calendar and MLAN 2-0',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'a grid flattened into one paragraph that stops part-way through a code',
      input: [
        'Planner: Primary 5 Context Greetings MLAN 2-01a MLAN 2-01b Learning intention Respond to greetings.',
        'Starter: sing the greetings song. Number MLAN 2-01a MLAN 2-06a Calendar MLAN2-01a MLAN 2-0',
      ],
      messages: [{ messageId: 'cutOff', line: 2 }],
    },
    {
      name: 'a Markdown table whose last row stops before its closing bar',
      input: [
        'LO: To compare fractions',
        '| Time | Activity |',
        '| 10 mins | Starter: order the fractions |',
        '| 20 mins | Main: fraction walls',
      ],
      messages: [{ messageId: 'cutOff', line: 4 }],
    },
    {
      name: 'a list that stops on an open item',
      input: [
        'LO: To add fractions',
        'Main (20 mins): worksheet',
        '- Pupils check their answers with a partner and',
      ],
      messages: [{ messageId: 'cutOff', line: 3 }],
    },
    {
      name: 'prose that stops on a comma',
      input: [
        'LO: To add fractions',
        'Main (20 mins): pupils add fractions with the same denominator on the sheet,',
      ],
      messages: [{ messageId: 'cutOff', line: 2 }],
    },
    {
      name: 'a long last sentence left unfinished where the plan finishes its others',
      input: [
        'LO: To use selection in Python',
        'Starter (5 mins): pupils predict the output of the three programs on the board before they log on.',
        'Main (30 mins): pupils write the cinema ticket program, testing it with four ages including the boundary values.',
        'While they work, circulate and check that they use == and not = and that the elif order makes sense, because if they put age < 65 before age < 16 then',
      ],
      messages: [
        {
          messageId: 'cutOff',
          line: 4,
          quote:
            'While they work, circulate and check that they use == and not = and that the elif order makes sense, because if they put age < 65 before age < 16 then',
        },
      ],
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

describe('where the cut is said to be', () => {
  it("names the plan's last words, not a line number a Doc does not show", () => {
    const cut = plan([
      'LO: To add fractions',
      'Main (20 mins): pupils add fractions with the same denominator on the sheet,',
    ]);
    const [report] = planCutOff.check(cut);
    const text = formatMessage(planCutOff.messages.cutOff, report!.data);
    expect(text).toContain('stop mid-sentence, at “…the same denominator on the sheet,”, so');
    expect(text).not.toMatch(/line \d/);
  });
});

import { describe, expect, it } from 'vitest';
import { explainingPlanned } from '../../../shared/lesson/rules/explaining-planned';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(explainingPlanned, plan, {
  valid: [
    {
      name: 'a worked example written as its sum, modelled on the balance',
      input: [
        'LO: To solve two-step linear equations',
        'Teach 15\' – model 2x + 5 = 17 using the balance; ask "What do we undo first and why?"',
        "Practice 20' – worksheet, questions 1-12",
      ],
      strengths: ['planned'],
    },
    {
      name: 'a timetable part headed "9:05 Teach", with a five frame to show it on',
      input: [
        'LO: To show 5 in different ways',
        '10:04 Teach - 5 frogs on a log. Show on the five frame.',
        '10:09 Practise - share 5 cubes between two plates',
        '10:14 Apply - hide some of 5 under a cup',
      ],
      strengths: ['planned'],
    },
    {
      name: 'modelling the question stem is the teacher showing how: not asked where the explanation is',
      input: [
        'Objective: to make inferences about a character and justify them with evidence from the text.',
        'Intro (5 mins): model the day\'s question stem on the board, e.g. "How do you think ___ feels?"',
        'Carousel (20 mins): groups go to their station.',
        'Plenary (5 mins): each group shares one inference.',
      ],
      strengths: [],
    },
    {
      name: "a worked example is the explanation; a sheet's 'Explain how you know' is the pupils' task",
      input: [
        'WALT: recognise and show families of equivalent fractions',
        'Main teaching',
        'Worked example (on flipchart): 1/3 = ?/6, checked on the fraction wall.',
        'Independent task',
        'Core: Sheet B – shade diagrams to show equivalent fractions, e.g. 1/4 = ?/8. Is it true or false? 1/3 = 2/4. Explain how you know.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'a part named as the explanation, with a concrete example',
      input: [
        'Focus: Composition of 5',
        'Adult-led input (10 mins)',
        'Five frog objects on the log: how many in the pool?',
      ],
      strengths: ['planned'],
    },
    { name: 'an explanation with a diagram', input: wellPlanned, strengths: ['planned'] },
    {
      name: 'teacher input with an analogy',
      input: ['LO: To describe electric current', 'Main: teacher input using the analogy of water in pipes'],
      strengths: ['planned'],
    },
    {
      name: 'an explanation anchored in adverts pupils look at',
      input: [
        'LO: To use persuasive techniques',
        'Introduction: show two adverts for school lunches. Which works? Why?',
        'Main: modelled writing, thinking aloud about each word choice',
      ],
      strengths: ['planned'],
    },
    { name: 'not a lesson plan', input: 'Please explain the invoice.', strengths: [] },
    {
      name: 'an explanation of the kit, not the lesson idea, is not praised',
      input: [
        'LO: To explain how temperature affects the rate of reaction',
        'Main: explain to students that the data logger has a light sensor, shown in a diagram',
      ],
      strengths: [],
    },
    {
      name: 'the explanation of the idea is credited, not the earlier one about the course',
      input: [
        'LO: To use the pattern for "I like" in Welsh',
        'Starter: introduce the course and how the audio lessons work',
        'Main: explain how the pattern for "I like" is built, with an example on the board',
      ],
      strengths: ['planned'],
    },
    {
      name: "a kit briefing that mentions the objective's words later in the line is still a kit briefing",
      input: [
        'LO: To explain how temperature affects the rate of reaction',
        '## Measuring',
        '1. Explain to students that the Sense HAT contains sensors that can measure the temperature of a reaction mixture.',
        '2. Set up the apparatus with a picture of the cross under the flask.',
      ],
      strengths: [],
    },
    {
      name: 'an image elsewhere in the plan (a map of learners on the forum) does not anchor this explanation',
      input: [
        'LO: To use the core verbs in simple sentences',
        '## Opening',
        '- Demonstrate the forum and the map of learners.',
        '- Share the course outline.',
        '- Ask what Welsh they already know.',
        '## Main',
        '- Play the first segment, explaining the pattern for the core verbs try, like and speak.',
        '- Learners repeat the phrases aloud when prompted.',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'no explanation planned',
      input: ['LO: To describe electric current', 'Main: circuit building in groups', 'Plenary: quiz'],
      messages: ['missing'],
    },
    {
      name: 'an explanation with nothing concrete',
      input: [
        'LO: To describe electric current',
        'Main: teacher explains current and voltage',
        'Plenary: quiz',
      ],
      messages: [{ messageId: 'noConcrete', line: 2 }],
    },
  ],
});

describe('where the explanation is', () => {
  it('is the "I DO" part, with its demo, not a pupils\' "Explain why..." task later on', () => {
    const reports = explainingPlanned.check(
      plan([
        'Objectives:',
        '- Explain why earthquakes and volcanoes occur at each margin',
        'I DO (10 mins)',
        '- Model each margin w/ animated diagram + hands demo',
        'YOU DO (15 mins)',
        '- Map task: then 3 x "Explain why..." Qs e.g. Explain why Iceland has volcanoes',
      ]),
    );
    expect(reports.map((report) => [report.messageId, report.where])).toEqual([
      ['planned', { kind: 'plan', line: 4 }],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { interventionSequence } from '../../../shared/lesson/rules/intervention-sequence';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

const fullSession = [
  'One-to-one tuition: column subtraction', // line 1
  'Introduce (2 mins): the objective and what success looks like', // line 2
  'Remember (5 mins): recap place value', // line 3
  'Model (5 mins): I demonstrate, thinking aloud', // line 4
  'Try (6 mins): pupil has a go', // line 5
  'Apply (6 mins): word problem', // line 6
  'Secure (4 mins): further practice', // line 7
  'Review (2 mins): reflect; note for the class teacher', // line 8
];

testRule(interventionSequence, plan, {
  valid: [
    {
      name: 'all seven stages in order, linked to the classroom',
      input: fullSession,
      strengths: ['sequenced'],
    },
    {
      name: 'a class lesson: the rule does not apply',
      input: ['LO: To add fractions', 'Starter: quiz', 'Main: model', 'Plenary: review'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'a session record told in sentences: only the stages it never mentions are asked for',
      input: [
        'Tuition session: narrative writing',
        'Lesson focus: to write a narrative opening',
        'We began by reviewing what makes a good opening, then analysed a sample story together.',
        'The pupil was brainstorming ideas for a plot and then worked on varied sentences.',
        'Next lesson in class: the class teacher will see the opening.',
      ],
      messages: ['missingStages'],
    },
    {
      name: 'stages missing and no link back to class',
      input: [
        'PHONICS CATCH-UP INTERVENTION',
        'INTRODUCE',
        'Tell the group the sound.',
        'REMEMBER',
        'Flashcards.',
        'MODEL',
        'Adult reads.',
        'TRY',
        'Pupils read.',
      ],
      messages: ['missingStages', 'noClassroomLink'],
    },
    {
      name: 'stages out of order',
      input: [
        'Tuition plan: fractions',
        'Introduce: the objective',
        'Model: I demonstrate',
        'Remember: recap halves',
        'Try: have a go',
        'Apply: word problem',
        'Secure: more practice',
        'Review: back in class on Monday',
      ],
      messages: [{ messageId: 'order', line: 3 }],
    },
  ],
});

describe('a session record told in sentences', () => {
  it('asks only for the stages it never mentions (reviewing, analysing a sample, brainstorming, working on are there)', () => {
    const reports = interventionSequence.check(
      plan([
        'Tuition session: narrative writing',
        'Lesson focus: to write a narrative opening',
        'We began by reviewing what makes a good opening, then analysed a sample story together.',
        'The pupil was brainstorming ideas for a plot and then worked on varied sentences.',
        'Next lesson in class: the class teacher will see the opening.',
      ]),
    );
    expect(reports.find((report) => report.messageId === 'missingStages')?.data).toEqual({
      stages: 'introduce, secure, review',
    });
  });
});

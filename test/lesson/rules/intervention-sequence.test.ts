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
      name: 'a record in timed paragraphs: warm up, recap, modelled, guided practice, on her own, marked together',
      input: [
        'TUITION SESSION RECORD - ONE-TO-ONE',
        'Learning objective: to make inferences about a character from their actions',
        '(5 min)  Warm up - picture of an empty playground. "How is he feeling?"',
        '(10 min) Recap from session 6 - what is inference?',
        '(12 min) I modelled reading the first paragraph aloud + thinking aloud.',
        '(15 min) Guided practice - she highlighted clues herself.',
        '(8 min)  Independent - answered the 3-mark question on her own, then we marked it together',
        'Secure: further practice next time. Copy to class teacher.',
      ],
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
      name: 'a session record told in sentences: the next session is asked for the stages it never mentions',
      input: [
        'Tuition session: narrative writing',
        'Lesson focus: to write a narrative opening',
        'We began by reviewing what makes a good opening, then analysed a sample story together.',
        'The pupil was brainstorming ideas for a plot and then worked on varied sentences.',
        'Next lesson in class: the class teacher will see the opening.',
      ],
      messages: [
        {
          messageId: 'nextSession',
          line: 5,
          quote: 'Next lesson in class: the class teacher will see the opening.',
        },
      ],
    },
    {
      name: 'a plan (not a record) missing stages is asked in a sentence, never a bare list of stage names',
      input: [
        'Tuition plan: fractions',
        'Recap: halves and quarters',
        'Model: I show equivalent fractions on a fraction wall',
        'Try: pupil has a go with my help',
        'Apply: a word problem',
        'Review: what did we learn? Note for the class teacher',
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
      name: 'private tuition at home has no class teacher to tell: only its missing stages are asked',
      input: [
        'TUTORING RECORD - GCSE maths. Tues 5.30-6.30, at home',
        'INTRODUCE',
        'Tell him the aim.',
        'MODEL',
        'Worked example on the quadratic formula.',
        'TRY',
        'Three for him.',
        'Admin: Mum asked about mocks - send summary email.',
      ],
      messages: ['missingStages'],
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
  it("asks the next session for the missing stages in words, after the record's own next step", () => {
    const reports = interventionSequence.check(
      plan([
        'Tuition session: narrative writing',
        'Lesson focus: to write a narrative opening',
        'We began by reviewing what makes a good opening, then analysed a sample story together.',
        'The pupil was brainstorming ideas for a plot and then worked on varied sentences.',
        '#### Focus for next lesson',
        'Develop the use of similes and metaphors.',
      ]),
    );
    expect(reports.find((report) => report.messageId === 'nextSession')?.data).toEqual({
      stages:
        'open by sharing the objective, secure it with further practice and end by reviewing what was learnt',
      next: '"Develop the use of similes and metaphors."',
    });
  });

  it('a plan missing stages is asked for them as things to do', () => {
    const reports = interventionSequence.check(
      plan([
        'Tuition plan: fractions',
        'Recap: halves',
        'Model: I show a fraction wall',
        'Try: you have a go',
        'Apply: word problem',
        'Review: reflect',
      ]),
    );
    expect(reports.find((report) => report.messageId === 'missingStages')?.data).toEqual({
      stages: 'open by sharing the objective and secure it with further practice',
    });
  });
});

import { pupilTalk } from '../../../shared/lesson/rules/pupil-talk';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(pupilTalk, plan, {
  valid: [
    { name: 'paired discussion with reasons', input: wellPlanned, strengths: ['talkToLearn'] },
    {
      name: 'think-pair-share with justification',
      input: ['LO: To compare two characters', 'Main: think-pair-share; pupils justify their choice'],
      strengths: ['talkToLearn'],
    },
    {
      name: 'a tuition session: the sequence has its own discussion',
      input: [
        'Tuition session: reading',
        'LO: To infer feelings',
        'Model: I read aloud',
        'Try: the pupil reads',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'no talk planned',
      input: ['LO: To compare two characters', 'Main: read chapter 3 in silence', 'Plenary: quiz'],
      messages: ['missing'],
    },
    {
      name: 'talk without justification',
      input: ['LO: To compare two characters', 'Main: discuss the chapter in groups', 'Plenary: quiz'],
      messages: [{ messageId: 'noJustify', line: 2 }],
    },
  ],
});

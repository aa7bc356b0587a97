import { pupilTalk } from '../../../shared/lesson/rules/pupil-talk';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(pupilTalk, plan, {
  valid: [
    {
      name: "a talk partner seated beside an EAL pupil is support, not the lesson's talk task",
      input: [
        'Objective: to make inferences about a character and justify them with evidence from the text.',
        'Carousel (20 mins): groups go to their station.',
        'EAL',
        'A.K. (early acquisition): sit next to talk partner R.D.; accept pointing to the text as evidence.',
      ],
      strengths: [],
    },
    { name: 'paired discussion with reasons', input: wellPlanned, strengths: ['talkToLearn'] },
    {
      name: 'a question that ends "Explain." asks talk partners for their reasons',
      input: [
        'WALT: find fractions of amounts',
        'Plenary: Put up: "Sam says 3/4 of 12 = 4. Is he right? Explain." Talk partners then share with the class.',
      ],
      strengths: ['talkToLearn'],
    },
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
    {
      name: 'no talk planned: nothing specific to say',
      input: ['LO: To compare two characters', 'Main: read chapter 3 in silence', 'Plenary: quiz'],
      strengths: [],
    },
    {
      name: 'a teacher-led class discussion is not a talk task, so no praise for it',
      input: [
        'LO: To write a sequence of instructions',
        'Starter: after the race, discuss any problems the teams met and draw out why order matters',
        'Plenary: quiz',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'paired talk, with "why" asked only in another part of the lesson',
      input: [
        'LO: To compare two characters',
        'Starter: why do people keep secrets?',
        'Main: talk partners list what each character wants',
        'Plenary: quiz',
      ],
      messages: [{ messageId: 'noJustify', line: 3 }],
    },
    {
      name: 'talk without justification',
      input: ['LO: To compare two characters', 'Main: discuss the chapter in groups', 'Plenary: quiz'],
      messages: [{ messageId: 'noJustify', line: 2 }],
    },
  ],
});

import { plenaryReviewsLearning } from '../../../shared/lesson/rules/plenary-reviews-learning';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(plenaryReviewsLearning, plan, {
  valid: [
    {
      name: "a plenary in the objective's own words returns to it",
      input: [
        "Objective: to make inferences about a character's feelings and justify them with evidence from the text.",
        '- 5 mins – Whole-class intro: model the question stem "How do you think ___ feels?"',
        '- 20 mins – Carousel: groups go to their station.',
        '- 5 mins – Plenary: each group shares one inference + the evidence for it.',
      ],
    },
    {
      name: 'a vocabulary game that never returns to the objective is not praised',
      input: [
        'LO: To set up a computer',
        'Main: pupils connect the parts',
        'Plenary: pupils give the meaning of each key word on the board; next lesson: Python',
      ],
      strengths: [],
    },
    {
      name: 'a plenary that returns to the objective and names a next step',
      input: [
        'LO: To explain what a sequence of instructions is',
        'Main: pupils program the robot',
        'Plenary: why did the sequence of your program matter? Next lesson: loops',
      ],
      strengths: ['reviews'],
    },
    { name: 'a plenary that reviews and names next steps', input: wellPlanned, strengths: ['reviews'] },
    {
      name: 'a plenary that asks about the objective content without a next step: its main job is done',
      input: [
        'LO: To describe how a sorting network orders numbers',
        'Main: teams walk the network',
        'Plenary: which numbers moved? Does the network always order them?',
      ],
      strengths: [],
    },
    {
      name: 'an exit ticket on the objective is a review, with no next step asked for',
      input: ['LO: To explain erosion', 'Main: video', 'Plenary: exit ticket on the objective'],
      strengths: [],
    },
    {
      name: 'US closure with a preview of tomorrow',
      input: [
        'Objective: SWBAT add fractions',
        'Direct Instruction: model',
        "Closure: review the objective; preview tomorrow's lesson",
      ],
      strengths: ['reviews'],
    },
    {
      name: 'a plenary mentioned in prose only',
      input: [
        'LO: To spell -tion words',
        'Main: dictation',
        'Finish with a plenary: pupils review their -tion words and set a target.',
      ],
      strengths: ['reviews'],
    },
    {
      name: "pupils answer the lesson's big question",
      input: [
        'LO: To explain why the Western Front became a stalemate',
        'Main: card sort',
        'Plenary (10 mins): answer the big question in one paragraph. Next lesson: life in the trenches.',
      ],
      strengths: ['reviews'],
    },
    {
      name: 'an exit ticket whose labelled lines run on beneath its heading',
      input: [
        'LO: Solve two-step equations',
        'You do (20 min)',
        'Worksheet',
        'Exit ticket (5 min)',
        "2 two-step equations: 2x + 5 = 17. Sort them to plan tomorrow's Do Now.",
      ],
      strengths: ['reviews'],
    },
    {
      name: 'a plan cut off mid-sentence is not told its plenary is missing',
      input: [
        'LO: To use the "I like" pattern',
        'Starter (10 mins): what Welsh words do you know?',
        'Main (10 mins): listen to the first audio segment and repeat the phrases when prompted and circulate as',
      ],
      strengths: [],
    },
    {
      name: 'an intervention session: its review stage is checked elsewhere',
      input: [
        '1:1 tuition: column addition',
        'LO: To add with exchanging',
        'Model: I demonstrate',
        'Try: pupil has a go',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'a wrap-up that checks completion and takes questions: no review of content, no next step',
      input: [
        'LO: To evaluate a Boolean expression',
        'Lab: students evaluate expressions with and, or and not',
        'Debrief: check student progress and completion of the lab, take any final questions',
      ],
      messages: [{ messageId: 'noNextSteps', line: 3 }],
    },
    {
      name: 'a plenary planned "if time": asked to protect it',
      input: [
        'LO: To calculate the percentage change in mass',
        'Practical (35 mins): pairs weigh the potato cylinders',
        "## Plenary — 5 mins (if time — prob won't be, double rushes)",
        'MWBs: which solution was more concentrated? Explain using the word osmosis.',
      ],
      messages: [{ messageId: 'atRisk', line: 3, data: { said: 'if time' } }],
    },
    {
      name: 'a closure the teacher doubts there will be time for',
      input: [
        'LO: To explain where a plant gets its mass',
        'Explore (15 min): groups set up the tubes',
        "Closure: ??? - prob won't have time",
      ],
      messages: [{ messageId: 'atRisk', line: 3, data: { said: "prob won't have time" } }],
    },
    {
      name: 'no plenary at all',
      input: ['LO: To explain erosion', 'Starter: quiz', 'Main: video and questions'],
      messages: ['missing'],
    },
    {
      name: 'a plenary that only finishes the task',
      input: ['LO: To explain erosion', 'Main: video', 'Plenary: finish the poster and tidy up'],
      messages: [
        { messageId: 'noReview', line: 3 },
        { messageId: 'noNextSteps', line: 3 },
      ],
    },
  ],
});

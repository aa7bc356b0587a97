import { describe, expect, it } from 'vitest';
import { timingsAddUp } from '../../../shared/lesson/rules/timings-add-up';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

/** One line of an activity written out at length, as a long online plan has them (18 words). */
const VARIATION =
  'Build your own tree with any numbers you like, adding each value where it belongs on a new disc.';

testRule(timingsAddUp, plan, {
  valid: [
    {
      name: "a timetable's last clock start is timed by its start: it is not asked how long it takes",
      input: [
        'Reception phonics, approx 20 min',
        'LO: To read words with sh',
        '9:00 Revisit & review - flashcards',
        '9:05 Teach - sh. Show card.',
        '9:10 Practise - read with a partner',
        '9:16 CARPET REVIEW',
        '- hold up the sh card, everyone says it',
      ],
      strengths: ['timed'],
    },
    {
      name: 'spans of minutes from the start fill the lesson with its tidy-up, which is timed but teaches nothing',
      input: [
        'Y8 D&T – phone stand, lesson 4 of 6 (60 min)',
        'LO: To use a line bender safely to form acrylic',
        '0-10 In, aprons + goggles, H&S recap Q&A (cold call)',
        '10-25 Edge finishing at benches: cross-file, draw-file, wet & dry',
        '25-50 Line bending in rotation, 2 at a time per bender',
        '50-60 Tidy up. Files counted back in, benches brushed',
      ],
      strengths: ['timed'],
    },
    {
      name: "a 5E plan's timed phases fill the lesson: its exit ticket and after-lesson notes are not untimed parts",
      input: [
        'Grade 6 Earth Science – 5E Lesson Plan',
        'Grade: 6     Class period: 50 minutes',
        'Objectives: Distinguish between weathering and erosion using examples.',
        'ENGAGE (5 minutes)',
        'Ask: "What do these two pictures have in common?" Turn and talk.',
        'EXPLORE (15 minutes)',
        'Groups of 4–5 pour water down the stream table and record where the sand moved.',
        'EXPLAIN (12 minutes)',
        'Whole-class discussion. Groups share observations.',
        'ELABORATE (10 minutes)',
        'Pairs sort the 6 photo cards into weathering or erosion.',
        'EVALUATE (8 minutes)',
        'Exit ticket (individual):',
        '1. In your own words, what is the difference between weathering and erosion?',
        'Reflection (after lesson):',
      ],
      strengths: ['timed'],
    },
    {
      name: 'a 90-minute plan cut off mid-sentence after 20 minutes: the cut, not a mismatch',
      input: [
        'Length: 90 minutes',
        'Starter (10 mins): what words do you know already?',
        'Main (10 mins): listen to the audio and repeat each phrase when prompted and circulate as',
      ],
      strengths: [],
    },
    {
      name: 'a plan with no stated length cut off mid-sentence: the parts it reached are not praised as a total',
      input: [
        '### Starter – Do Now (8 min)',
        'Five questions on the board as they come in, then cold call and a quick show of hands for who got all five.',
        '### Main 1 - Demo (15 min)',
        'Electrolysis of copper sulfate solution under the visualiser, with pupils predicting each product before I switch on.',
        'At the anode, if the solution contains halide ions then the halogen is produced, otherwise',
      ],
      strengths: [],
    },
    { name: 'timed episodes with an untimed mini-plenary', input: wellPlanned, strengths: ['timed'] },
    {
      name: 'timings that add up to the stated lesson',
      input: ['Duration: 50 minutes', 'Starter (10 mins)', 'Main (30 mins)', 'Plenary (10 mins)'],
      strengths: ['timed'],
    },
    {
      name: 'clock ranges',
      input: ['Lesson length: 60 mins', 'Starter 0:00-0:10', 'Main 0:10-0:50', 'Plenary 0:50-1:00'],
      strengths: ['timed'],
    },
    {
      name: 'a guided group running alongside independent work',
      input: [
        '60 minute lesson',
        'Starter (10 mins)',
        'Main (15 mins)',
        'Independent (25 mins)',
        'Guided group (20 mins)',
        'Plenary (10 mins)',
      ],
      strengths: ['timed'],
    },
    { name: 'one episode: nothing to add up', input: ['Main (30 mins): reading'], strengths: [] },
  ],
  invalid: [
    {
      name: 'two parts timed on the clock overlap: the overlap is named, the timings are not praised',
      input: [
        'Y12 Chemistry – titration (9:00–10:40)',
        '9:05–9:15 Retrieval starter: five moles questions',
        '9:15–9:55 Demo, then pairs make up a standard solution',
        '9:55–10:25 Titration until two titres are concordant',
        '10:20–10:35 Calculation of the acid concentration from the mean titre',
        '10:35–10:40 Plenary: one thing that makes a titre too high',
      ],
      messages: [{ messageId: 'overlap' }],
    },
    {
      name: 'the stated lesson length among the header\'s fields: "Period: 3 Lesson length: 50 mins", parts adding to 55',
      input: [
        '**Class:** 9X3 **Room:** M4 **Period:** 3 **Lesson length:** 50 mins',
        '## 1. Connect (5 mins)',
        'Retrieval questions on the board.',
        '## 2. Activate (8 mins)',
        'Balance puzzles in pairs.',
        '## 3. Demonstrate (12 min)',
        'I model solving 2x + 3 = 11 with a bar model.',
        '## 4. Consolidate (20 mins)',
        'Bronze, silver and gold questions.',
        '## 5. Reflect (10 mins)',
        'Exit ticket: solve 3x - 4 = 11.',
      ],
      messages: [{ messageId: 'mismatch' }],
    },
    {
      name: 'a long menu of activities and variations with no timings: which fit one lesson?',
      input: [
        'LO: To search a binary search tree',
        '## Starter',
        'Ask what the parts of a tree are called.',
        '## Searching the tree',
        ...Array.from({ length: 60 }, () => VARIATION),
        '## Variations',
        ...Array.from({ length: 60 }, () => VARIATION),
        '## Reflection',
        'What surprised you?',
      ],
      messages: [{ messageId: 'tooMuch', line: 2 }],
    },
    {
      name: 'a pacing table and the lesson that time a part differently: said once',
      input: [
        '# Booleans',
        '## Learning Objectives',
        '* Evaluate a Boolean expression.',
        '## Pacing Guide',
        '| Duration | Description |',
        '| --- | --- |',
        '| 5 Minutes | Do Now |',
        '| 35 Minutes | Lab |',
        '| 5 Minutes | Debrief |',
        '### 1. Do Now (10 min)',
        'Project the Do Now on the board.',
        '### 2. Lab',
        'Evaluate expressions with and, or, not.',
        '### 3. Debrief',
        'Check progress and take questions.',
      ].join('\n'),
      messages: [{ messageId: 'pacingDiffers', line: 7 }],
    },
    {
      name: 'no timings',
      input: ['LO: To read maps', 'Starter: quiz', 'Main: map work', 'Plenary: exit ticket'],
      messages: [{ messageId: 'noTimings', line: 2 }],
    },
    {
      name: 'one episode without a timing',
      input: ['Starter (10 mins): quiz', 'Main: map work', 'Plenary (5 mins): exit ticket'],
      messages: [{ messageId: 'untimed', line: 2 }],
    },
    {
      name: 'only the starter timed: the others are not said to have timings',
      input: ['Starter (5 mins): translate', 'Main: listening, textbook p.62', 'Independent: 5 sentences'],
      messages: [{ messageId: 'oneTimed', line: 2 }],
    },
    {
      name: 'two episodes without timings: one prompt',
      input: [
        'Starter (10 mins): quiz',
        'Main: map work',
        'Independent: questions',
        'Plenary (5 mins): exit ticket',
      ],
      messages: [{ messageId: 'untimed', line: 2 }],
    },
    {
      name: 'more minutes than the lesson has',
      input: ['Duration: 50 minutes', 'Starter (15 mins)', 'Main (40 mins)', 'Plenary (15 mins)'],
      messages: [{ messageId: 'mismatch', line: 2 }],
    },
  ],
});

describe('the timed-episodes strength', () => {
  it('quotes a pacing table that times the whole lesson at its first row, not the first episode', () => {
    const reports = timingsAddUp.check(
      plan(
        [
          '# Booleans',
          '## Learning Objectives',
          '* Evaluate a Boolean expression.',
          '## Pacing Guide',
          '| Duration | Description |',
          '| --- | --- |',
          '| 5 Minutes | Do Now |',
          '| 35 Minutes | Lab |',
          '| 5 Minutes | Debrief |',
          '### 1. Do Now',
          'Project the Do Now on the board.',
          '### 2. Lab',
          'Evaluate expressions with and, or, not.',
          '### 3. Debrief',
          'Check progress and take questions.',
        ].join('\n'),
      ),
    );
    expect(reports.map((report) => [report.messageId, report.where])).toEqual([
      ['timed', { kind: 'plan', line: 7 }],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { prosePhase } from '../../../shared/lesson/read/recognisers/prose-phase';
import { recogniserTable } from './table';

recogniserTable(prosePhase, {
  accept: [
    'I will start by getting the children on the carpet and showing them a photo of an ice lolly dripping on a hot day.',
    'Next I will introduce the question on the board and model how to make a prediction using the stem on the flipchart.',
    'The practical: there are six tables, so each table gets one location in school and a recording sheet with three boxes to fill in.',
    'Last 15 mins or so we do a proper whole-class discussion, with the ground rules set again first and chairs in a horseshoe.',
    'At the start of the lesson I will greet the students at the door and they will come in and sit down in their seating plan.',
    'The key question I\'m going to ask the whole class, hands down with lolly sticks, is "Why do you think everyone sits on the floor at the langar?"',
    "For the group task they'll be in their table groups of four, and each group gets an envelope with ten cards to match up.",
    'Independent work is the sheet with three columns. The first column has bar models already drawn for every question so they just shade and count.',
  ],
  reject: [
    'Then plenary.',
    'Ella and Kai have targets for recording, so they can draw and label rather than writing sentences on the sheet.',
    'There is a misconception I know will come up, because it came up last year: children think melting and dissolving are the same.',
    // "Last week" is what pupils did before, not the lesson's last phase.
    'Last week they were fine with adding fractions with the same denominator and most of them can find equivalent fractions.',
  ],
});

describe('the phase a paragraph opens', () => {
  it.each([
    [
      'I will start by asking pairs to sort the six cards into two piles and explain the rule they used to sort them.',
      'opens',
    ],
    [
      'Then the main bit is the card sort, in fours, with each group ranking the teachings from most to least convincing.',
      'goes on',
    ],
    [
      'Finally we come back to the big question and pupils move their post-its if they have changed their mind and say why.',
      'ends',
    ],
  ])('"%s"', (text, phase) => {
    expect(prosePhase.read(text)).toBe(phase);
  });
});

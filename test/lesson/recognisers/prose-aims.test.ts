import { describe, expect, it } from 'vitest';
import { proseAims } from '../../../shared/lesson/read/recognisers/prose-aims';
import { recogniserTable } from './table';

recogniserTable(proseAims, {
  accept: [
    'What I want out of today: they can draw the diagram properly (two sub-markets side by side), and they can state the conditions.',
    'By the end I want them to be able to explain why the Romans built roads.',
    'The aim for today is to compare two poems about war.',
    'This follows on from last week. What I want them to get out of today is to be able to describe what happens at the langar.',
    'Last time the paragraphs were side by side. By the end of the lesson I want them to be able to write a comparative paragraph, to explore how Owen and Heaney use language, and to bring in context.',
    'What I want them to come away with is two things. First, they should be able to explain what the frame narrative does (AO2). Second, they should be able to analyse how Walton is a double of Victor.',
    "We have the hall from 1.15 to 2.00. This week I want them to get better at moving into a space to receive a pass. I'd also like them to start to understand marking and defending a player, because that is where the unit goes.",
  ],
  reject: [
    'I want them to line up quietly.',
    'What I want them to come away with is a love of the novel.',
    'What I want to avoid is another lesson of copying notes.',
    'They can draw the diagram properly by now.',
    'What I want out of today: ok.',
  ],
});

describe('the aims a paragraph names', () => {
  it('reads "This week I want them to X. I\'d also like them to Y, because..." as two aims, without the reason', () => {
    expect(
      proseAims.read(
        "This week I want them to get better at moving into a space to receive a pass. I'd also like them to start to understand marking and defending a player, because that is where the next two weeks go.",
      ),
    ).toEqual([
      'get better at moving into a space to receive a pass',
      'start to understand marking and defending a player',
    ]);
  });

  it('reads "What I want them to come away with is two things. First, ... Second, ..." as one aim a sentence', () => {
    expect(
      proseAims.read(
        "What I want them to come away with is two things. First, they should be able to explain what the frame narrative does – that we get Victor's story all through Walton's letters (AO2). Second, they should be able to analyse how Walton's language sets him up as a double of Victor (AO2, with some AO3). I'd like them to link this to the subtitle.",
      ),
    ).toEqual([
      'explain what the frame narrative does',
      "analyse how Walton's language sets him up as a double of Victor",
    ]);
  });

  it('splits "they can..., they can..., and they can..." into one objective each, without brackets', () => {
    expect(
      proseAims.read(
        'What I want out of today: they can draw the third-degree price discrimination diagram properly (two sub-markets side by side, different PEDs), they can state the three conditions without me prompting (market power, no resale), and they can evaluate it beyond "it\'s bad for consumers because they pay more". Last year\'s lot could all do the first two.',
      ),
    ).toEqual([
      'draw the third-degree price discrimination diagram properly',
      'state the three conditions without me prompting',
      'evaluate it beyond "it\'s bad for consumers because they pay more"',
    ]);
  });

  it('splits "to be able to X, to Y, and to Z" said mid-paragraph into one objective each', () => {
    expect(
      proseAims.read(
        'Last time the paragraphs were side by side. By the end of the lesson I want them to be able to write a comparative paragraph that links the two poems through a shared idea (nature as the real enemy), to explore how Owen and Heaney use language and structure to present that power, and to bring in context. If they can do the first two I will be happy.',
      ),
    ).toEqual([
      'write a comparative paragraph that links the two poems through a shared idea',
      'explore how Owen and Heaney use language and structure to present that power',
      'bring in context',
    ]);
  });
});

import { episodesStructured } from '../../../shared/lesson/rules/episodes-structured';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(episodesStructured, plan, {
  valid: [
    { name: 'distinct episodes, each organised', input: wellPlanned, strengths: ['structured'] },
    {
      name: 'two organised episodes: no strength claimed yet',
      input: [
        'LO: To read a bar chart',
        'Main: whole class modelling',
        'Independent: worksheet on their own',
      ],
      strengths: [],
    },
    {
      name: 'an intervention session is one group throughout',
      input: [
        'Tuition plan: fractions',
        'LO: To add fractions',
        'Introduce: share the goal',
        'Model: I demonstrate',
        'Try: you have a go',
      ],
      strengths: [],
    },
    { name: 'not a lesson plan', input: 'Dear parents, trip on Friday.', strengths: [] },
    {
      name: 'most episodes say how pupils work: the rest are not listed',
      input: [
        'LO: To describe rivers',
        'Starter: anagrams',
        'Main: pupils work in pairs on the map',
        'Plenary: exit ticket',
      ],
      strengths: [],
    },
    {
      name: 'an overview taken for a plenary is not counted as an episode',
      input: [
        '## Lesson summary',
        'Pupils will map a river',
        '## Main',
        'Map work in pairs',
        '## Plenary',
        'Exit ticket',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'objectives only, no episodes',
      input: ['Learning objective: To explain how meanders form'],
      messages: [{ messageId: 'fewEpisodes', line: 1 }],
    },
    {
      name: 'several unorganised episodes: one prompt that names them all, at the first',
      input: ['LO: To describe rivers', 'Starter: anagrams', 'Main: map work', 'Plenary: exit ticket'],
      messages: [{ messageId: 'noOrganisation', line: 2 }],
    },
    {
      name: 'the same heading twice is named once',
      input: ['LO: To describe rivers', 'Main: anagrams', 'Main: map work', 'Plenary: recap'],
      messages: [{ messageId: 'noOrganisation', line: 2 }],
    },
  ],
});

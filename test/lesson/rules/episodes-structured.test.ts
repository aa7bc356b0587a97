import { episodesStructured } from '../../../shared/lesson/rules/episodes-structured';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(episodesStructured, plan, {
  valid: [
    {
      name: 'routine parts ("LO + date", "HW + pack away") need no organising',
      input: [
        'LO: To describe hair and eyes',
        '3 mins | LO + date | copy date, title, LO',
        '10 mins | Dibuja el monstruo | pairs, one describes, one draws',
        '12 mins | Writing | describe yourself in 4-6 sentences',
        '5 mins | HW + pack away | write HW in planner',
      ],
      strengths: [],
    },
    {
      name: 'one task whose organisation is plain from it is not asked about',
      input: ['LO: To describe rivers', 'Starter: anagrams', 'Main: map work', 'Plenary: exit ticket'],
      strengths: [],
    },
    {
      name: 'a carousel session set out as timed steps is not asked to be broken into episodes',
      input: [
        'Objective: to make inferences about a character and justify them with evidence from the text.',
        '## Session structure (every day)',
        '- **5 mins** – Whole-class intro on carpet: model the question stem.',
        '- **20 mins** – Carousel: groups go to their station.',
        '- **5 mins** – Plenary: each group shares one inference + the evidence for it.',
      ],
    },
    {
      name: 'Oak learning cycles: the cycle headings, explanations, checks for understanding and feedback need no organising',
      input: [
        '# Why did the peasants revolt in 1381?',
        "Lesson outcome: I can explain the short- and long-term causes of the Peasants' Revolt.",
        '## Starter quiz',
        'Individually: In which year did the Black Death first arrive in England?',
        '## Learning cycle 1: Life after the Black Death',
        '### Explanation',
        'Teacher explains using slides 4–8: after the Black Death there were fewer people to farm the land.',
        '### Check for understanding',
        'Why did the Black Death give surviving peasants more power?',
        '### Task A',
        '1. Explain in two sentences why a peasant in 1355 might be angry about the Statute of Labourers.',
        '### Feedback',
        'Model answer for Q1: "After the Black Death there were fewer workers."',
        '## Learning cycle 2: The poll taxes and the trigger',
        '### Explanation',
        "Slides 10–15: the cost of the Hundred Years' War with France; the three poll taxes.",
        '### Task B',
        'Card sort in pairs: sort the 8 cause cards into long-term causes and trigger.',
        '## Exit quiz',
        'Individually: Which tax was the trigger for the revolt?',
      ],
    },
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
    {
      name: 'teacher-led steps around a demonstration and background prose are not asked how pupils are organised',
      input: [
        'LO: To search a binary search tree',
        '## Searching the tree',
        '1. Reveal the number under the disc at the root.',
        '2. Ask which branch the number 25 should be down.',
        '3. Hide the disc again and follow the left branch.',
        '## Applying what we have just learnt',
        'A binary search tree is an elegant way to do searching, with much in common with a sorted list.',
        'In particular, a tree makes it very easy to add new values to the end of the path you followed.',
        'So in practice binary search trees are used more often than a binary search of a sorted list.',
        '## Reflection',
        '- Discuss what surprised you about the tree.',
        '- Ask how the search would change with a thousand discs.',
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
      name: 'unorganised tasks: one prompt at the first task, not at a starter or plenary with no task for pupils',
      input: [
        'LO: To describe rivers',
        '## Starter',
        'anagrams',
        '## Map work',
        'find the river on the map',
        '## Meanders',
        'label the features of a meander',
        '## Plenary',
        'exit ticket',
      ],
      messages: [{ messageId: 'noOrganisation', line: 4 }],
    },
    {
      name: 'a timetable whose input and plenary are led from the front: only the tasks are asked about',
      input: [
        'WALT: describe what pilgrims do on Hajj',
        '9:15 / Input: recap L1 on MWB, show the map',
        '9:25 / Input 2: watch the clip, stop to talk',
        '9:40 / Storyboards: children draw 6 boxes of the stages',
        '9:55 / Captions: children write a caption for each box',
        '10:05 / Plenary: hot seat, then thumbs on the WILF',
      ],
      messages: [{ messageId: 'noOrganisation', line: 4 }],
    },
    {
      name: 'a practical with unorganised parts names the parts where pupils work, not the teacher-led ones',
      input: [
        'LO: To explain how temperature affects the rate of reaction', // line 1
        '## Starter', // line 2
        '- Recap the difference between a chemical and a physical change.', // line 3
        '- Ask which reactions are fast and which are slow.', // line 4
        '## Measuring', // line 5
        '- Set up the apparatus to measure the time for the cross to disappear.', // line 6
        '## Analysis', // line 7
        '- Students can calculate the average time for each temperature.', // line 8
        '## Plenary', // line 9
        '- Ask students to describe the trend in their results.', // line 10
      ],
      messages: [{ messageId: 'noOrganisation', line: 5 }],
    },
    {
      name: 'the same heading twice is named once',
      input: ['LO: To describe rivers', 'Main: anagrams', 'Main: map work', 'Plenary: recap'],
      messages: [{ messageId: 'noOrganisation', line: 2 }],
    },
  ],
});

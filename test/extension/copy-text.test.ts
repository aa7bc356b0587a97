import { describe, expect, it } from 'vitest';
import {
  findingQuote,
  guidedSessionText,
  hingeText,
  interventionSessionText,
  ladderText,
  listText,
  promptsText,
} from '../../extension/lib/copy-text';
import type { GuidedSessionPlan, HingeQuestion, LessonPlan, QuestionLadder } from '../../shared/lesson/types';
import type { Finding } from '../../shared/rule';

const plan: LessonPlan = {
  title: 'Comparing fractions',
  objectives: [{ text: 'compare fractions', line: 3 }],
  successCriteria: [],
  keywords: [],
  misconceptions: [],
  sections: [],
  lines: [
    '# Comparing fractions',
    '## Learning objective',
    '- compare fractions',
    '1. Model on the wall',
    '',
  ],
};

const finding = (line?: number, quote?: string): Finding => ({
  rule: 'lesson/plenary-reviews-learning',
  title: 'Plenary reviews learning',
  severity: 'suggestion',
  messageId: 'missing',
  message: 'How will the lesson end?',
  guidance: 'hqtl/coherence',
  citation: 'Guide › Coherence',
  where: line === undefined ? { kind: 'plan' } : { kind: 'plan', line },
  ...(quote === undefined ? {} : { quote }),
});

describe('findingQuote', () => {
  it.each([
    [2, 'Learning objective'],
    [3, 'compare fractions'],
    [4, 'Model on the wall'],
  ])('quotes line %i without Markdown markers', (line, text) => {
    expect(findingQuote(plan, finding(line))).toBe(text);
  });

  it("prefers the finding's own quote to the whole line", () => {
    expect(findingQuote(plan, finding(4, 'on the wall'))).toBe('on the wall');
    expect(findingQuote(plan, finding(undefined, '## Learning objective'))).toBe('Learning objective');
  });

  it('gives nothing for a whole-plan finding, a blank line or a line past the end', () => {
    expect(findingQuote(plan, finding())).toBeNull();
    expect(findingQuote(plan, finding(5))).toBeNull();
    expect(findingQuote(plan, finding(99))).toBeNull();
  });
});

describe('copy text', () => {
  it('numbers a ladder with its levels', () => {
    const ladder: QuestionLadder = {
      objective: 'compare fractions',
      ladder: [
        { level: 'inclusive', question: 'What do you know?' },
        { level: 'create', question: 'Write your own question.' },
      ],
    };
    expect(ladderText(ladder)).toBe(
      'Questions for: compare fractions\n1. (Inclusive) What do you know?\n2. (Create) Write your own question.',
    );
  });

  it("lists prompts with the plan's words they are about and their citation", () => {
    expect(promptsText(plan, [finding(2), finding()])).toBe(
      [
        'What "Comparing fractions" might be missing',
        '- How will the lesson end? (about: "Learning objective") [Guide › Coherence]',
        '- How will the lesson end? [Guide › Coherence]',
      ].join('\n'),
    );
  });

  it('writes a guided session stage by stage', () => {
    const session: GuidedSessionPlan = {
      objective: 'compare fractions',
      focus: 'common denominators',
      groupSize: 6,
      minutes: 15,
      stages: [{ stage: 'Explain', minutes: 3, what: 'Share the objective.' }],
      restOfClass: 'Independent practice.',
    };
    expect(guidedSessionText(session)).toBe(
      [
        'Guided group (6 pupils, 15 minutes)',
        'Objective: compare fractions',
        'Focus: common denominators',
        '- Explain (3 min): Share the objective.',
        'Rest of the class: Independent practice.',
      ].join('\n'),
    );
  });

  it('writes an intervention session with its link back to the classroom', () => {
    expect(
      interventionSessionText({
        objective: 'add fractions',
        stages: [{ stage: 'Introduce', minutes: 2, what: 'Give an overview.' }],
        linkToClassroom: 'Tell the class teacher what was secured.',
      }),
    ).toBe(
      [
        'Intervention session: add fractions',
        '- Introduce (2 min): Give an overview.',
        'Back in class: Tell the class teacher what was secured.',
      ].join('\n'),
    );
  });

  it('letters hinge options and marks the correct one and what the others reveal', () => {
    const hinge: HingeQuestion = {
      misconception: 'the bigger denominator means the bigger fraction',
      question: 'Which is larger?',
      options: [
        { answer: '2/3', correct: true },
        { answer: '3/5', correct: false, reveals: 'compares denominators only' },
        { answer: 'Equal', correct: false },
      ],
    };
    expect(hingeText(hinge)).toBe(
      'Which is larger?\nA. 2/3 (correct)\nB. 3/5 (reveals: compares denominators only)\nC. Equal',
    );
    expect(listText('Talk prompts', ['Why?', 'Add to that'])).toBe('Talk prompts\n- Why?\n- Add to that');
  });
});

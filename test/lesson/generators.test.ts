import { describe, expect, it } from 'vitest';
import {
  analyseLessonPlan,
  parseLessonPlan,
  planGuidedSession,
  planInterventionSession,
  questionLadder,
} from '../../shared/lesson';
import { hingeQuestions, plenaryQuestions, talkPrompts } from '../../shared/lesson/questions';
import { fixture } from './fixture-files';
import { LADDER_ORDER } from './ladder-order';

describe('questionLadder', () => {
  const ladder = questionLadder('LO: To explain how the heart pumps blood around the body');

  it('states the objective without its framing', () => {
    expect(ladder.objective).toBe('explain how the heart pumps blood around the body');
  });

  it('starts inclusive and ramps up the challenge, in the order the guidance gives', () => {
    expect(ladder.ladder.map((rung) => rung.level)).toEqual(LADDER_ORDER);
  });

  it("builds every question from the objective's own verb and terms", () => {
    expect(ladder.ladder.map((rung) => rung.question)).toEqual([
      'What do you already know about the heart? Tell your partner one thing.',
      'What does "heart" mean? Can you explain it in your own words and give an example?',
      'Can you talk your partner through how the heart pumps blood around the body, one step at a time?',
      'Why does the heart matter for the body? What would change without it?',
      'How convincing is this explanation of how the heart pumps blood around the body? What would make it better?',
      'Can you write your own question about the heart that would show whether someone has really understood?',
    ]);
  });

  it("prefers the plan's keywords as the terms to question", () => {
    const [withKeywords] = analyseLessonPlan({
      text: 'LO: To explain how light intensity affects the rate of photosynthesis\nKeywords: light intensity, photosynthesis',
    }).questions;
    expect(withKeywords!.ladder[1]!.question).toContain('"light intensity"');
    expect(withKeywords!.ladder[3]!.question).toBe(
      'Why does light intensity matter for photosynthesis? What would change without it?',
    );
  });

  it('copes with an objective with no learning verb', () => {
    const noVerb = questionLadder('Fractions of amounts');
    expect(noVerb.ladder[4]!.question).toBe(
      'How accurate is this answer about fractions of amounts? What would you change, and why?',
    );
  });
});

describe('talk, hinge and plenary prompts', () => {
  const plan = parseLessonPlan({
    text: [
      'LO: To describe how plants make food',
      'Success criteria: I can write the word equation',
      'Keywords: chlorophyll, glucose',
      'Misconceptions:',
      '- Pupils often think that plants get their food from the soil.',
      '- Some pupils confuse photosynthesis with respiration.',
    ].join('\n'),
  });

  it('talk prompts ask pupils to justify and build, using the keywords', () => {
    expect(talkPrompts(plan)).toEqual(
      expect.arrayContaining([
        'Justify your answer: why do you think that?',
        'Can you add to that?',
        'Explain your answer to your partner using the word "chlorophyll".',
      ]),
    );
  });

  it('a hinge question offers the misconception as a wrong answer beside the right one', () => {
    const [soil, confusion] = hingeQuestions(plan);
    expect(soil!.options[0]).toEqual({
      answer: 'plants get their food from the soil',
      correct: false,
      reveals: 'holds the misconception',
    });
    expect(soil!.options.filter((option) => option.correct)).toHaveLength(1);
    expect(confusion!.options[0]!.answer).toBe('photosynthesis and respiration are the same thing');
  });

  it('no misconceptions, no hinge questions', () => {
    expect(hingeQuestions(parseLessonPlan({ text: 'LO: To add' }))).toEqual([]);
  });

  it('plenary questions review the objective and success criteria and ask for next steps', () => {
    expect(plenaryQuestions(plan)).toEqual([
      'How confident are you that you can describe how plants make food? Show 1 to 5 fingers, then tell your partner why.',
      'Which part of your work shows "I can write the word equation"? Point to it.',
      'What can you do now that you could not do at the start of the lesson?',
      'Use "chlorophyll" in one sentence that sums up today\'s learning.',
      'What is your next step, and what will help you take it?',
    ]);
  });
});

describe('planGuidedSession', () => {
  const plan = parseLessonPlan({
    text: 'LO: To use expanded noun phrases\nSuccess criteria: I can add two adjectives\nIndependent (20 mins): pupils write a setting description',
  });

  it('plans four stages inside twenty minutes for about six pupils', () => {
    const session = planGuidedSession(plan)!;
    expect(session).toMatchObject({
      objective: 'use expanded noun phrases',
      groupSize: 6,
      minutes: 20,
      focus: 'applying the learning: use expanded noun phrases',
    });
    expect(session.stages.map((stage) => [stage.stage, stage.minutes])).toEqual([
      ['Explain the objective and strategies', 3],
      ['Pupils apply', 11],
      ['Group review', 4],
      ['Reflection and next steps', 2],
    ]);
    expect(session.stages[2]!.what).toContain('"I can add two adjectives"');
  });

  it("gives the rest of the class the plan's own independent task, with self-help and a plenary check", () => {
    expect(planGuidedSession(plan)!.restOfClass).toBe(
      'pupils write a setting description. Self-help before asking: working wall, key vocabulary, peer buddies. Review their work in the plenary.',
    );
  });

  it('takes a chosen objective, focus and length, holding the length to fifteen to twenty minutes', () => {
    const session = planGuidedSession(plan, {
      objective: 'To punctuate speech',
      focus: 'inverted commas',
      minutes: 45,
    })!;
    expect([session.objective, session.focus, session.minutes]).toEqual([
      'punctuate speech',
      'inverted commas',
      20,
    ]);
    expect(planGuidedSession(plan, { minutes: 5 })!.minutes).toBe(15);
  });

  it('focuses on a stated misconception', () => {
    const withMisconception = parseLessonPlan({
      text: 'LO: To compare fractions\nMisconceptions:\n- Children think a bigger denominator means a bigger fraction.',
    });
    expect(planGuidedSession(withMisconception)!.focus).toBe(
      'tackling the misconception that a bigger denominator means a bigger fraction',
    );
  });

  it('returns null when there is no objective to guide towards', () => {
    expect(planGuidedSession(parseLessonPlan({ text: 'Starter: quiz' }))).toBeNull();
  });
});

describe('planInterventionSession', () => {
  const session = planInterventionSession('To multiply by 10 and 100');

  it('fills in the seven stages in order', () => {
    expect(session.stages.map((stage) => stage.stage)).toEqual([
      'Introduce',
      'Remember',
      'Model',
      'Try',
      'Apply',
      'Secure',
      'Review',
    ]);
    expect(session.stages[2]!.what).toBe(
      'Demonstrate how to multiply by 10 and 100, thinking aloud: say each step and why you take it.',
    );
  });

  it('links the learning back to the classroom', () => {
    expect(session.linkToClassroom).toContain('class teacher');
    expect(session.linkToClassroom).toContain('"multiply by 10 and 100"');
  });

  it('is offered for intervention plans only', () => {
    expect(analyseLessonPlan(fixture('08-tuition-maths-one-to-one.md')).interventionSession?.objective).toBe(
      'multiply a 4-digit number by a 2-digit number using long multiplication',
    );
    expect(analyseLessonPlan(fixture('01-uk-primary-maths-fractions.txt')).interventionSession).toBeNull();
  });
});

describe('analyseLessonPlan', () => {
  it('ranks prompts: the planning flow first, then the teaching, then inclusion', () => {
    const prompts = analyseLessonPlan(fixture('11-secondary-geography-caps.txt')).prompts;
    const order = ['planning', 'teaching', 'inclusion'];
    const areas = prompts.map((finding) => order.indexOf(finding.area ?? ''));
    expect(areas).toEqual([...areas].sort((a, b) => a - b));
    expect(prompts.map((finding) => finding.rank)).toEqual(prompts.map((_, index) => index + 1));
  });

  it('names every episode a combined prompt is about', () => {
    const prompts = analyseLessonPlan({
      text: 'LO: To map rivers\nStarter: anagrams\nMain: map work\nPlenary (5 mins): quiz',
    }).prompts;
    expect(prompts.find((finding) => finding.messageId === 'noOrganisation')?.message).toBe(
      'How will pupils be organised during "Starter" and "Main": whole class, groups, pairs, individually or a guided group?',
    );
    expect(prompts.find((finding) => finding.messageId === 'untimed')?.message).toBe(
      'How long are you planning for "Starter" and "Main"? The other episodes have timings.',
    );
  });

  it('makes a ladder for each objective', () => {
    const analysis = analyseLessonPlan(fixture('12-web-page-french.html'));
    expect(analysis.questions.map((ladder) => ladder.objective)).toEqual(
      analysis.plan.objectives.map((o) => questionLadder(o.text).objective),
    );
  });

  it('keeps a long document to its first eight ladders', () => {
    const objectives = Array.from({ length: 12 }, (_, index) => `- To explain idea ${index + 1}`).join('\n');
    expect(analyseLessonPlan({ text: `Objectives:\n${objectives}` }).questions).toHaveLength(8);
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseLessonPlan, lessonToJson, PROMPT_ORDER, rulesInPromptOrder } from '../../shared/lesson';
import { rules } from '../../shared/lesson/rules';
import { FIXTURES, fixture, fixtureNames } from './fixture-files';

interface RuleExpectation {
  /** Every prompt the plan must get, as `rule:messageId` without the `lesson/` prefix; no others. */
  prompts: string[];
  /** Rules that must stay silent because the plan plainly does this: a prompt would be a false claim. */
  plainlyHas: string[];
  /** Strengths the plan must be credited with. */
  strengths: string[];
}

const EXPECTED: Record<string, RuleExpectation> = {
  '01-uk-primary-maths-fractions.txt': {
    prompts: [],
    plainlyHas: [
      'guided-group-planned',
      'teaching-assistant-deployment',
      'mini-plenary',
      'modelling-planned',
      'sen-adjustments',
      'eal-support',
      'independence-supported',
      'transitions-signposted',
    ],
    strengths: [
      'guided-group-planned:planned',
      'teaching-assistant-deployment:planned',
      'modelling-planned:thinkAloud',
      'timings-add-up:timed',
    ],
  },
  '02-uk-secondary-english-persuasive.md': {
    // The teacher is free while they write: what pupils turn to when stuck is not asked.
    prompts: ['differentiation-by-support:byOutcome', 'differentiation-by-support:easierWork'],
    plainlyHas: [
      'modelling-planned',
      'peer-self-assessment',
      'pupil-talk',
      'most-able-challenge',
      'plenary-reviews-learning',
      'timings-add-up',
      'prior-learning-linked',
    ],
    strengths: ['modelling-planned:thinkAloud', 'peer-self-assessment:planned', 'pupil-talk:talkToLearn'],
  },
  '03-us-grade5-math.txt': {
    prompts: ['success-criteria-stated:stepsFromObjectives', 'objectives-taught:notTaught'],
    plainlyHas: [
      'objectives-stated',
      'plenary-reviews-learning',
      'eal-support',
      'sen-adjustments',
      'mini-plenary',
      'independence-supported',
      'most-able-challenge',
    ],
    strengths: [
      'plenary-reviews-learning:reviews',
      'eal-support:planned',
      'sen-adjustments:planned',
      'timings-add-up:timed',
    ],
  },
  '04-oak-style-history.md': {
    prompts: [
      'timings-add-up:noTimings',
      'differentiation-by-support:noSupport',
      'modelling-planned:modelTask',
    ],
    plainlyHas: [
      'success-criteria-stated',
      'starter-linked-to-objectives',
      'plenary-reviews-learning',
      'mini-plenary',
      'pupil-talk',
      'prior-learning-linked',
    ],
    strengths: ['starter-linked-to-objectives:linked', 'mini-plenary:planned'],
  },
  '05-google-docs-computing.html': {
    prompts: [],
    plainlyHas: [
      'prior-learning-linked',
      'mini-plenary',
      'modelling-planned',
      'explaining-planned',
      'timings-add-up',
      'sen-adjustments',
      'eal-support',
      'pupil-talk',
    ],
    strengths: [
      'modelling-planned:thinkAloud',
      'explaining-planned:planned',
      'timings-add-up:timed',
      'independence-supported:supported',
    ],
  },
  '06-table-flattened-pe.txt': {
    prompts: ['inclusion-gaps:notYetSaid'],
    plainlyHas: [
      'timings-add-up',
      'episodes-structured',
      'plenary-reviews-learning',
      'mini-plenary',
      'peer-self-assessment',
      'sen-adjustments',
      'differentiation-by-support',
    ],
    strengths: ['timings-add-up:timed', 'episodes-structured:structured', 'peer-self-assessment:planned'],
  },
  '07-half-written-re.txt': {
    prompts: [
      'objectives-stated:activity',
      'success-criteria-stated:missing',
      'starter-linked-to-objectives:unlinked',
      'empty-sections:empty',
      'plenary-reviews-learning:missing',
    ],
    plainlyHas: ['guided-group-planned', 'teaching-assistant-deployment', 'intervention-sequence'],
    strengths: [],
  },
  '08-tuition-maths-one-to-one.md': {
    prompts: ['questioning-planned:missing'],
    plainlyHas: [
      'intervention-sequence',
      'objectives-stated',
      'success-criteria-stated',
      'modelling-planned',
      'prior-learning-linked',
      'starter-linked-to-objectives',
      'plenary-reviews-learning',
    ],
    strengths: ['intervention-sequence:sequenced', 'modelling-planned:thinkAloud', 'timings-add-up:timed'],
  },
  '09-intervention-phonics-incomplete.txt': {
    prompts: [
      'success-criteria-stated:stepsFromObjectives',
      'intervention-sequence:missingStages',
      'intervention-sequence:noClassroomLink',
    ],
    plainlyHas: ['objectives-stated', 'prior-learning-linked', 'plenary-reviews-learning', 'pupil-talk'],
    strengths: ['objectives-stated:sharp'],
  },
  '10-primary-guided-reading.md': {
    prompts: [
      'starter-linked-to-objectives:noStarter',
      'prior-learning-linked:missing',
      'guided-group-planned:size',
      'guided-group-planned:timing',
      'guided-group-planned:beforeMainTeaching',
      'guided-group-planned:stages',
      'guided-group-planned:restOfClass',
      'differentiation-by-support:missing',
    ],
    plainlyHas: ['plenary-reviews-learning', 'success-criteria-stated', 'explaining-planned'],
    strengths: ['plenary-reviews-learning:reviews', 'explaining-planned:planned'],
  },
  '11-secondary-geography-caps.txt': {
    prompts: [
      'inclusion-gaps:notYetSaid',
      'objectives-taught:notTaught',
      'differentiation-by-support:easierWork',
      'teaching-assistant-deployment:delegated',
    ],
    plainlyHas: [
      'objectives-stated',
      'success-criteria-stated',
      'sen-adjustments',
      'timings-add-up',
      'starter-linked-to-objectives',
      'prior-learning-linked',
    ],
    strengths: ['timings-add-up:timed', 'starter-linked-to-objectives:linked'],
  },
  '12-web-page-french.html': {
    prompts: ['questioning-planned:noHigherOrder'],
    plainlyHas: [
      'mini-plenary',
      'eal-support',
      'sen-adjustments',
      'independence-supported',
      'most-able-challenge',
      'peer-self-assessment',
      'timings-add-up',
    ],
    strengths: [
      'mini-plenary:planned',
      'eal-support:planned',
      'timings-add-up:timed',
      'independence-supported:supported',
    ],
  },
  '13-ks1-phonics-table.txt': {
    prompts: ['teaching-assistant-deployment:delegated', 'pupil-talk:noJustify', 'inclusion-gaps:notYetSaid'],
    plainlyHas: [
      'starter-linked-to-objectives',
      'timings-add-up',
      'success-criteria-stated',
      'modelling-planned',
      'most-able-challenge',
      'independence-supported',
      'plenary-reviews-learning',
      'eal-support',
    ],
    strengths: [
      'starter-linked-to-objectives:linked',
      'timings-add-up:timed',
      'modelling-planned:thinkAloud',
      'most-able-challenge:planned',
      'independence-supported:supported',
      'eal-support:planned',
    ],
  },
  '14-secondary-maths-i-do-we-do.txt': {
    prompts: ['success-criteria-stated:stepsFromObjectives', 'inclusion-gaps:notYetSaid'],
    plainlyHas: [
      'starter-linked-to-objectives',
      'independence-supported',
      'modelling-planned',
      'mini-plenary',
      'most-able-challenge',
      'plenary-reviews-learning',
      'timings-add-up',
      'sen-adjustments',
    ],
    strengths: [
      'modelling-planned:thinkAloud',
      'most-able-challenge:planned',
      'plenary-reviews-learning:reviews',
      'timings-add-up:timed',
      'episodes-structured:structured',
    ],
  },
  '15-a-level-biology-numbered.txt': {
    prompts: ['modelling-planned:modelTask', 'inclusion-gaps:notYetSaid'],
    plainlyHas: [
      'objectives-stated',
      'success-criteria-stated',
      'prior-learning-linked',
      'timings-add-up',
      'episodes-structured',
      'plenary-reviews-learning',
      'most-able-challenge',
    ],
    strengths: [
      'objectives-stated:sharp',
      'timings-add-up:timed',
      'episodes-structured:structured',
      'plenary-reviews-learning:reviews',
      'pupil-talk:talkToLearn',
    ],
  },
  '16-eyfs-reception-number.txt': {
    prompts: [
      'prior-learning-linked:missing',
      'timings-add-up:untimed',
      'guided-group-planned:stages',
      'independence-supported:missing',
      'inclusion-gaps:notYetSaid',
    ],
    plainlyHas: [
      'objectives-stated',
      'success-criteria-stated',
      'starter-linked-to-objectives',
      'modelling-planned',
      'plenary-reviews-learning',
      'sen-adjustments',
      'eal-support',
      'pupil-talk',
    ],
    strengths: [
      'starter-linked-to-objectives:linked',
      'modelling-planned:thinkAloud',
      'sen-adjustments:planned',
      'eal-support:planned',
    ],
  },
  '17-scottish-cfe-persuasive.txt': {
    prompts: [],
    plainlyHas: [
      'objectives-stated',
      'success-criteria-stated',
      'explaining-planned',
      'modelling-planned',
      'timings-add-up',
      'plenary-reviews-learning',
      'peer-self-assessment',
      'teaching-assistant-deployment',
    ],
    strengths: [
      'explaining-planned:planned',
      'modelling-planned:thinkAloud',
      'timings-add-up:timed',
      'episodes-structured:structured',
      'teaching-assistant-deployment:planned',
    ],
  },
  '18-pdf-paste-history.txt': {
    prompts: [
      'starter-linked-to-objectives:unlinked',
      'prior-learning-linked:missing',
      'differentiation-by-support:byOutcome',
      'modelling-planned:missing',
    ],
    plainlyHas: [
      'objectives-stated',
      'success-criteria-stated',
      'plenary-reviews-learning',
      'timings-add-up',
      'mini-plenary',
      'most-able-challenge',
    ],
    strengths: [
      'objectives-stated:sharp',
      'success-criteria-stated:stated',
      'plenary-reviews-learning:reviews',
      'timings-add-up:timed',
    ],
  },
  '19-welsh-science-insulators.txt': {
    prompts: ['prior-learning-linked:missing', 'inclusion-gaps:notYetSaid'],
    plainlyHas: [
      'success-criteria-stated',
      'sen-adjustments',
      'modelling-planned',
      'peer-self-assessment',
      'plenary-reviews-learning',
      'timings-add-up',
      'teaching-assistant-deployment',
    ],
    strengths: [
      'success-criteria-stated:stated',
      'sen-adjustments:planned',
      'modelling-planned:thinkAloud',
      'peer-self-assessment:planned',
      'plenary-reviews-learning:reviews',
      'timings-add-up:timed',
    ],
  },
  // Words that name a need or a resource somewhere else in the plan are not provision: "disabled" in
  // a config note, a power "adaptor", a program that "displays the count", "dictionary order".
  'audit/20-computing-practical-words-out-of-place.md': {
    prompts: [
      'success-criteria-stated:stepsFromCheck',
      'differentiation-by-support:missing',
      'modelling-planned:modelTask',
      'inclusion-gaps:notYetSaid',
    ],
    plainlyHas: [
      'plenary-reviews-learning',
      'timings-add-up',
      'starter-linked-to-objectives',
      'prior-learning-linked',
    ],
    // "Lesson 3 of 6 in the ... unit" says where the lesson is filed, not what pupils bring to it.
    strengths: ['timings-add-up:timed', 'explaining-planned:planned', 'plenary-reviews-learning:reviews'],
  },
  // A Code.org-style page: a teaching summary whose timings the lesson itself does not keep.
  'audit/21-us-teaching-summary-pacing.md': {
    prompts: [
      'success-criteria-stated:stepsFromCheck',
      'objectives-taught:notRevisited',
      'timings-add-up:pacingDiffers',
      'pupil-talk:noJustify',
      'differentiation-by-support:missing',
      'explaining-planned:missing',
    ],
    plainlyHas: ['objectives-stated', 'starter-linked-to-objectives'],
    strengths: ['objectives-stated:sharp', 'starter-linked-to-objectives:linked'],
  },
  // Not a plan at all: one honest line, and never "nothing is missing".
  'audit/22-department-meeting-minutes.txt': {
    prompts: ['plan-recognised:notAPlan'],
    plainlyHas: [],
    strengths: [],
  },
};

/** The shared fixtures, and the audit's own in audit/ (plans that test where evidence belongs). */
const audited = [
  ...fixtureNames,
  ...readdirSync(join(FIXTURES, 'audit'))
    .sort()
    .map((name) => `audit/${name}`),
].sort();

const key = (finding: { rule: string; messageId: string }) =>
  `${finding.rule.replace(/^lesson\//, '')}:${finding.messageId}`;

describe('never a false all-clear', () => {
  it.each(audited)(
    '%s: no prompt at all only where the plan has objectives, episodes and an ending',
    (name) => {
      const analysis = analyseLessonPlan(fixture(name));
      if (analysis.prompts.length === 0) expect(lessonToJson(analysis).complete).toBe(true);
    },
  );

  it("a trainee's prose plan with no plenary is asked how the lesson ends, not told nothing is missing", () => {
    const text = [
      'WALT: We are learning to write persuasively using a range of persuasive techniques.',
      'WILF:',
      '- I can use at least three persuasive techniques in my writing',
      '',
      'At the start of the lesson I will greet the students at the door and then show them the starter, a charity advert video, and ask them how it makes them feel and why.',
      '',
      'After the starter I will recap the AFOREST acronym from last lesson and put them in pairs to find examples of each technique in a model letter.',
      '',
      'The main part of the lesson will be the students writing their own persuasive letter to the headteacher arguing for or against school uniform.',
      '',
      'Reflection on targets from last observation: my target was to work on my timings as I ran out of time for the plenary.',
    ].join('\n');
    const prompts = analyseLessonPlan({ text }).prompts.map(key);
    expect(prompts).toContain('plenary-reviews-learning:missing');
  });
});

describe('the ranking', () => {
  it('places every lesson rule once, so a new rule is ranked rather than left at the end', () => {
    expect(PROMPT_ORDER.map((entry) => entry.rule).sort()).toEqual(rules.map((rule) => rule.id).sort());
    expect(rulesInPromptOrder().map((rule) => rule.id)).toEqual(PROMPT_ORDER.map((entry) => entry.rule));
  });

  it('a check the teacher switched off frees its place in the list', () => {
    const text =
      'Learning objective: to understand fractions\nStarter: recap halves\nMain: fraction worksheet\nIndependent: more fractions\nPlenary: pack away';
    const all = analyseLessonPlan({ text }).prompts.map(key);
    const without = analyseLessonPlan({ text }, { hiddenRules: ['lesson/timings-add-up'] }).prompts.map(key);
    expect(all).toContain('timings-add-up:noTimings');
    expect(without).not.toContain('timings-add-up:noTimings');
    expect(without.length).toBe(all.length);
    expect(without).toEqual(
      expect.arrayContaining(all.filter((entry) => !entry.startsWith('timings-add-up'))),
    );
  });

  it('puts the planning flow first, then the teaching, then inclusion', () => {
    const areas = PROMPT_ORDER.map((entry) => entry.area);
    expect(areas.indexOf('teaching')).toBeGreaterThan(areas.lastIndexOf('planning'));
    expect(areas.indexOf('inclusion')).toBeGreaterThan(areas.lastIndexOf('teaching'));
  });
});

describe('evidence in the right place', () => {
  it('quotes the words under a bare heading, never the heading, and nothing for an absence', () => {
    const analysis = analyseLessonPlan({
      text: [
        'Learning objective: To explain how temperature affects the rate of reaction',
        'Starter',
        'Recap the difference between a fast and a slow reaction, and what rate of reaction means.',
        'Main',
        'Pupils time the reaction at three temperatures.',
        'Plenary',
        'Which temperature gave the fastest rate of reaction? Next lesson: concentration.',
      ].join('\n'),
    });
    const quotes = analysis.strengths.map((finding) => finding.quote);
    for (const heading of ['Starter', 'Main', 'Plenary']) expect(quotes).not.toContain(heading);
    expect(quotes).toContain(
      'Recap the difference between a fast and a slow reaction, and what rate of reaction means.',
    );
    const explaining = analysis.prompts.find((finding) => finding.rule === 'lesson/explaining-planned');
    expect(explaining?.messageId).toBe('missing');
    expect(explaining?.quote).toBeUndefined();
  });

  it('never quotes a row of column labels, and quotes what a heading inside a part introduces', () => {
    const text = [
      'Objectives: Be able to use the "Dw i\'n" pattern', // line 1
      'Mins / Tutor Activity / Trainee Activity / Extension activity / Resources', // line 2
      '10 / Introduce the pattern "Dw i\'n hoffi" with three examples / Whole group: repeat each phrase / - / Audio', // line 3
      '## Main', // line 4
      'Pupils build sentences with the pattern in pairs.', // line 5
      '#### Poll students -', // line 6
      '* Which of these sentences uses the pattern correctly?', // line 7
      '## Plenary', // line 8
      'Each pupil says one sentence with the pattern. Next lesson: questions.', // line 9
    ].join('\n');
    const analysis = analyseLessonPlan({ text });
    const quotes = [...analysis.strengths, ...analysis.prompts].map((finding) => finding.quote);
    expect(quotes).not.toContain('Mins / Tutor Activity / Trainee Activity / Extension activity / Resources');
    expect(quotes).not.toContain('Poll students -');
    for (const quote of quotes) if (quote !== undefined) expect(text).toContain(quote);
  });

  it('puts an objective no episode teaches before the wording of another objective', () => {
    const analysis = analyseLessonPlan({
      text: [
        '## Learning objectives',
        '- Understand that reactions happen when reacting particles collide successfully',
        '- Understand that temperature affects the rate of reaction',
        '## Starter',
        '- Recap the difference between a chemical and a physical change.',
        '## Measuring',
        '- Pupils time the reaction at three temperatures and plot the rate.',
        '- Each pair warms the thiosulphate in a water bath, adds the acid and times how long the cross takes to disappear.',
        '- They repeat each temperature twice, record the times in a table and work out an average for each one.',
        '## Plenary',
        '- What happened to the rate as the temperature rose?',
      ].join('\n'),
    });
    const keys = analysis.prompts.map((finding) => `${finding.rule}:${finding.messageId}`);
    expect(keys[0]).toBe('lesson/objectives-taught:notTaught');
  });

  it('counts a stretch task once, not as both support and most-able challenge', () => {
    const analysis = analyseLessonPlan({
      text: [
        'Learning objective: To add fractions with different denominators',
        'Starter (5 mins): recap equivalent fractions',
        'Main (30 mins): pupils add fractions from the sheet',
        'Extension: if pupils finish, they add three fractions with different denominators',
        'Plenary (5 mins): exit ticket; next lesson: subtracting fractions',
      ].join('\n'),
    });
    const onExtension = analysis.strengths.filter(
      (finding) => finding.where?.kind === 'plan' && finding.where.line === 4,
    );
    expect(onExtension.map((finding) => finding.rule)).not.toContain('lesson/differentiation-by-support');
  });

  it('gives no strength for a need or a resource named somewhere it does not belong', () => {
    const strengths = analyseLessonPlan(
      fixture('audit/20-computing-practical-words-out-of-place.md'),
    ).strengths.map(key);
    for (const unearned of [
      'sen-adjustments:planned',
      'differentiation-by-support:bySupport',
      'independence-supported:supported',
      'most-able-challenge:planned',
      'eal-support:planned',
    ])
      expect(strengths).not.toContain(unearned);
  });
});

describe('fixture plans', () => {
  it('has at least twelve fixtures, each with expectations', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(12);
    expect(audited).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(audited)('%s', (name) => {
    const analysis = analyseLessonPlan(fixture(name));
    const expected = EXPECTED[name]!;

    it('raises exactly the expected prompts', () => {
      expect(analysis.prompts.map(key).sort()).toEqual([...expected.prompts].sort());
    });

    it('stays silent where the plan plainly does the thing', () => {
      const prompted = new Set(analysis.prompts.map((finding) => finding.rule.replace(/^lesson\//, '')));
      expect(expected.plainlyHas.filter((rule) => prompted.has(rule))).toEqual([]);
    });

    it('credits its strengths', () => {
      expect(analysis.strengths.map(key)).toEqual(expect.arrayContaining(expected.strengths));
    });

    it('points every finding at a line that exists and has text', () => {
      for (const finding of [...analysis.prompts, ...analysis.strengths]) {
        const line = finding.where?.kind === 'plan' ? finding.where.line : undefined;
        if (line === undefined) continue;
        expect(line).toBeGreaterThanOrEqual(1);
        expect(analysis.plan.lines[line - 1]?.trim(), `${finding.rule} at line ${line}`).not.toBe('');
      }
    });

    it('names only registered rules', () => {
      const ids = new Set(rules.map((rule) => rule.id));
      expect([...analysis.prompts, ...analysis.strengths].every((finding) => ids.has(finding.rule))).toBe(
        true,
      );
    });
  });
});

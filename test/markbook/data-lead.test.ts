import { describe, expect, it } from 'vitest';
import { analyseMarkbook, type CellValue, type PupilResult } from '../../shared/markbook/index';

/**
 * What a data lead reading every pupil's line would check, on small markbooks of our own: the
 * forecast is believable, waves are staffable without hiding a pupil under the target, a 0
 * is a data query, stretch advice goes only to the flat most able, a tracker of several
 * subjects counts pupils, the printed numbers agree with the printed rule, and support is not
 * withdrawn at the first good grade.
 */

const rulesOf = (pupil: PupilResult) => pupil.flags.map((flag) => flag.rule);
const named = (results: PupilResult[], name: string) => results.find((p) => p.name === name)!;

/** A Y10 GCSE tracker with a target for the end of Y11: a two-year course. */
const gcse = (rows: CellValue[][], extra: string[] = []) =>
  analyseMarkbook([
    ['Name', 'FFT20 Target (Y11)', 'Y10 Aut 1', 'Y10 Aut 2', 'Y10 Spr 1', 'Y10 Spr 2', ...extra],
    ...rows,
  ]);

/** GCSE points of a label: 4- is 10, 4 is 11, 4+ is 12 (three fine grades to a grade). */
const gcsePoints = (label: string) => {
  const grade = Number(label[0]);
  return 3 * grade - 1 + (label.endsWith('+') ? 1 : label.endsWith('-') ? -1 : 0);
};

describe('forecasts a data lead can believe', () => {
  const a = gcse([
    ['Sliding Four', '5', '6', '5+', '5-', '4'],
    ['Dipped Above', '5', '7', '7', '6', '6'],
    ['Flat Noisy', '5', '4-', '4', '3+', '4-'],
    ['Quick Riser', '4', '3', '3+', '4-', '4'],
    ['Two Points', '5', '5', '5-'],
  ]);

  it.each([
    // name, the lowest and highest forecast a data lead would accept
    ['Sliding Four', '3', '4'],
    ['Dipped Above', '5', '6'],
    ['Flat Noisy', '3', '4+'],
    // A grade in two terms: at most a grade a year more, by the end of Y11.
    ['Quick Riser', '4', '6-'],
  ])('%s: forecast between %s and %s, never U', (name, low, high) => {
    const forecast = named(a.pupils, name).forecast!;
    expect(forecast.grade.label).not.toBe('U');
    expect(forecast.grade.points).toBeGreaterThanOrEqual(gcsePoints(low));
    expect(forecast.grade.points).toBeLessThanOrEqual(gcsePoints(high));
    // At most a whole grade a year either way.
    expect(Math.abs(forecast.ratePerYear)).toBeLessThanOrEqual(3);
  });

  it('gives no forecast, and no forecast concern, from fewer than three points', () => {
    const two = named(a.pupils, 'Two Points');
    expect(two.forecast).toBeNull();
    expect(rulesOf(two)).not.toContain('markbook/heading-below-target');
  });

  it('never forecasts a pupil working above the bottom of the scale into PKS or 0%', () => {
    const primary = analyseMarkbook([
      ['Name', 'Target', 'Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1'],
      ['Wobbly Writer', 'EXS', 'EXS', 'EXS', 'WTS', 'WTS', ''],
    ]).pupils[0]!;
    expect(primary.forecast?.grade.label).not.toBe('PKS');
    const marks = analyseMarkbook([
      ['Name', 'Target', 'Test 1 %', 'Test 2 %', 'Test 3 %'],
      ['Steep Drop', '50', '80', '60', '40'],
    ]).pupils[0]!;
    expect(marks.forecast!.grade.points).toBeGreaterThanOrEqual(30);
  });

  it('reads the trend over the last three points, with a dead band of one fine grade', () => {
    const t = gcse([
      ['Oscillates', '5', '5', '5-', '5', '5-'],
      ['Fell Then Held', '7', '7', '6', '5', '5'],
      ['Crept Up', '3', '2', '2+', '3-', '3'],
    ]);
    expect(named(t.pupils, 'Oscillates').trend).toBe('flat');
    expect(named(t.pupils, 'Fell Then Held').trend).toBe('falling');
    expect(named(t.pupils, 'Crept Up').trend).toBe('rising');
  });
});

describe('waves a school can staff, without hiding a pupil under the target', () => {
  const a = gcse(
    [
      ['On Line Heading Below', '6', '4+', '4+', '5-', '4+', '95'],
      ['Above But Dipping', '5', '7', '7', '6', '6', '96'],
      ['Flat On Line', '6', '5', '5', '5', '5', '97'],
      ['Stuck Below', '6', '4', '4', '4', '4', '95'],
      ['Collapsing', '6', '6', '5', '4', '4', '95'],
      ['Steady', '6', '5', '5+', '6-', '6', '95'],
    ],
    ['Attendance %'],
  );

  it.each([
    ['On Line Heading Below', 1],
    ['Above But Dipping', 1],
    ['Flat On Line', 1],
    ['Stuck Below', 2],
    ['Collapsing', 2],
    ['Steady', 1],
  ] as const)('%s: wave %i', (name, wave) => {
    expect(named(a.pupils, name).wave).toBe(wave);
  });

  it('puts the wave-1 concerns on a watch list, saying why', () => {
    expect(named(a.pupils, 'Flat On Line').waveReasons.some((r) => r.startsWith('Watch:'))).toBe(true);
    expect(named(a.pupils, 'Above But Dipping').waveReasons[0]).toMatch(/still at or over the target/);
  });

  it('keeps every pupil under the target of a test-score markbook below or well below', () => {
    const marks = analyseMarkbook([
      ['Name', 'Target', 'Autumn %', 'Spring %'],
      ['Just Under', '50', '52', '49'],
      ['Under Twice', '50', '45', '47'],
      ['Far Under', '50', '30', '25'],
      ['At Target', '50', '48', '50'],
      ['Over', '50', '60', '64'],
    ]);
    for (const pupil of marks.pupils) {
      const under = pupil.latest!.points < pupil.target!.points;
      expect([pupil.name, pupil.status === 'below' || pupil.status === 'well-below']).toEqual([
        pupil.name,
        under,
      ]);
    }
  });
});

describe('a 0, or a score under 10% after 40% or more, is a data query', () => {
  const a = analyseMarkbook([
    ['Name', 'Target', 'Test 1 %', 'Test 2 %', 'Test 3 %', 'Test 4 %'],
    ['Missed Last', '50', '62', '58', '60', '0'],
    ['Slip Between', '50', '62', '4', '60', '61'],
    ['Real Slide', '50', '60', '45', '30', '0'],
  ]);

  it('keeps a 0 after 60% out of status, trend, waves and the forecast', () => {
    const pupil = named(a.pupils, 'Missed Last');
    expect(pupil).toMatchObject({ status: 'above', trend: 'flat', wave: 1, latest: { points: 60 } });
    expect(pupil.dataQueries.map((q) => q.kind)).toEqual(['zero']);
    expect(rulesOf(pupil)).toEqual(['markbook/data-query']);
    expect(pupil.waveReasons[0]).toMatch(/^Pending a data check/);
    expect(pupil.forecast!.grade.points).toBeGreaterThan(40);
  });

  it('queries 4% between scores of 60% or more', () => {
    const pupil = named(a.pupils, 'Slip Between');
    expect(pupil.dataQueries.map((q) => [q.kind, q.assessment])).toEqual([['zero', 'Test 2 %']]);
    expect(pupil.status).toBe('above');
  });

  it('keeps a 0 at the end of a real slide as both a fall and a query', () => {
    const pupil = named(a.pupils, 'Real Slide');
    expect(pupil.dataQueries.map((q) => q.kind)).toEqual(['zeroAfterFall']);
    expect(rulesOf(pupil)).toContain('markbook/falling');
  });
});

describe('one flag per fact', () => {
  const a = gcse(
    [
      ['Sliding Able', '7', '7', '6', '5', '5', 'Y', '96', '84'],
      ['Flat Able', '8', '8', '8', '8', '8', 'Y', '97', '97'],
      ['Away A Lot', '5', '5', '5', '5-', '5', '', '60', '45'],
    ],
    ['G&T', 'Attendance Aut %', 'Attendance Spr %'],
  );

  it.each([
    // name, flags that must fire, flags that must not (they would only repeat one that did)
    [
      'Sliding Able',
      ['markbook/well-below-trajectory', 'markbook/falling', 'markbook/wider-needs'],
      ['markbook/below-trajectory', 'markbook/most-able-not-stretched', 'markbook/persistent-absence'],
    ],
    ['Flat Able', ['markbook/most-able-not-stretched'], []],
    ['Away A Lot', ['markbook/severe-absence'], ['markbook/persistent-absence']],
  ])('%s', (name, fire, quiet) => {
    const rules = rulesOf(named(a.pupils, name));
    for (const rule of fire) expect(rules).toContain(rule);
    for (const rule of quiet) expect(rules).not.toContain(rule);
  });

  it('makes stretch for the flat most able a wave-1 suggestion, not a small group', () => {
    const able = named(a.pupils, 'Flat Able');
    expect(able.wave).toBe(1);
    expect(able.flags.find((f) => f.rule === 'markbook/most-able-not-stretched')?.severity).toBe(
      'suggestion',
    );
  });
});

describe('a tracker of several subjects counts pupils, not pupil-subjects', () => {
  const a = analyseMarkbook([
    [
      'Pupil',
      'PP',
      'KS1 Reading',
      'KS1 Maths',
      'Reading Aut',
      'Reading Spr',
      'Maths Aut',
      'Maths Spr',
      'Attendance',
    ],
    ['Ada Low', 'Y', 'EXS', 'EXS', 'EXS', 'WTS', 'EXS', 'WTS', '84'],
    ['Ben Fine', 'Y', 'EXS', 'EXS', 'EXS', 'EXS', 'EXS', 'EXS', '97'],
    ['Cal Half', '', 'EXS', 'EXS', 'EXS', 'EXS', 'WTS', 'WTS', '86'],
  ]);

  it('gives the headline, the waves and the groups in pupils', () => {
    expect(a.subjects?.map((s) => s.subject)).toEqual(['Reading', 'Maths']);
    expect(a.summary.pupils).toBe(3);
    const { 1: one, 2: two, 3: three } = a.summary.byWave;
    expect(one + two + three + a.summary.noWave).toBe(3);
    // Ada is under the target in both subjects: one pupil in wave 2, not two.
    expect(two).toBe(2);
    expect(a.summary.groups.find((g) => g.group === 'Disadvantaged')).toMatchObject({
      pupils: 2,
      atOrAboveTarget: 1,
    });
  });

  it('says each pupil’s attendance once, not once per subject', () => {
    for (const name of ['Ada Low', 'Cal Half']) {
      const attendance = a.pupils
        .filter((p) => p.name === name)
        .flatMap((p) => p.flags)
        .filter((f) => f.rule === 'markbook/persistent-absence' || f.rule === 'markbook/wider-needs');
      expect(attendance).toHaveLength(1);
    }
  });
});

describe('an estimated target on marks', () => {
  const a = analyseMarkbook([
    ['Name', 'Target Grade', 'Test 1 (/40)', 'Test 2 (/40)', 'Test 3 (/40)'],
    ['Low Every Time', '6', '14', '15', '14'],
  ]);

  it('gives wave 2 before any one-to-one, and says the grade-to-% conversion in the method line', () => {
    const pupil = a.pupils[0]!;
    expect(pupil).toMatchObject({ targetSource: 'estimate', status: 'well-below', wave: 2 });
    expect(rulesOf(pupil)).toContain('markbook/well-below-trajectory');
    expect(a.basis?.method).toContain('grade 6 as 60%');
  });
});

describe('the printed numbers agree with the printed rule', () => {
  const a = gcse([
    ['Two Fine Under', '4', '3', '3', '3', '3-'],
    ['Two Grades Under', '7', '7-', '6', '6-', '5'],
    ['One Fine Under', '5', '5', '5-', '5-', '5-'],
    ['Level', '6', '5', '5+', '6-', '6'],
  ]);

  it.each(['Two Fine Under', 'Two Grades Under', 'One Fine Under', 'Level'])(
    '%s: each point’s status follows the gap between the grades shown',
    (name) => {
      for (const point of named(a.pupils, name).assessments) {
        if (point.grade === null || point.expected === null) continue;
        const gap = gcsePoints(point.expected.label) - gcsePoints(point.grade.label);
        const expected = gap >= 6 ? 'well-below' : gap >= 2 ? 'below' : gap <= -3 ? 'above' : 'on';
        expect([point.assessment, point.status]).toEqual([point.assessment, expected]);
      }
    },
  );

  it('calls 3- against a printed 3+ below', () => {
    const pupil = named(a.pupils, 'Two Fine Under');
    expect(pupil.expectedNow?.label).toBe('3+');
    expect(pupil.status).toBe('below');
  });
});

describe('support kept while it is working, and not escalated in circles', () => {
  const a = analyseMarkbook([
    [
      'Name',
      'Target',
      'DD1 Working At',
      'DD2 Working At',
      'DD3 Working At',
      'Intervention',
      'Intervention start',
    ],
    ['Just Got There', '4', '3', '3+', '4', 'Reading group', 'DD1'],
    ['Held Two', '4', '3+', '4', '4', 'Reading group', 'DD1'],
    ['Stuck In One To One', '4', '3', '3', '3-', 'Literacy 1:1', 'DD1'],
  ]);

  it.each([
    ['Just Got There', 2],
    ['Held Two', 1],
    ['Stuck In One To One', 3],
  ] as const)('%s: wave %i', (name, wave) => {
    expect(named(a.pupils, name).wave).toBe(wave);
  });

  it('does not tell a pupil already in one-to-one to escalate to one-to-one', () => {
    const flag = named(a.pupils, 'Stuck In One To One').flags.find(
      (f) => f.rule === 'markbook/intervention-not-working',
    )!;
    expect(flag.messageId).toBe('oneToOneNotImproved');
    expect(flag.message).toMatch(/SENCo/);
  });
});

describe('one assessment the whole class dipped on', () => {
  const header = ['Name', 'Target', 'Test 1 (/40)', 'Source (/10)', 'Test 2 (/40)', 'Test 3 (/40)'];
  const a = analyseMarkbook([
    header,
    ['Pupil A', '50', '26', '4', '28', '27'],
    ['Pupil B', '60', '30', '5', '31', '30'],
    ['Pupil C', '40', '18', '3', '19', '18'],
    ['Pupil D', '50', '22', '2', '23', '24'],
    ['Pupil E', '60', '28', '4', '29', '0'],
    ['Pupil F', '50', '21', '5', '22', '21'],
  ]);

  it('says so once for the class, and judges no pupil on it', () => {
    expect(a.classFindings.map((f) => [f.rule, f.messageId])).toEqual([
      ['markbook/class-wide-dip', 'classDip'],
    ]);
    for (const pupil of a.pupils) expect(pupil.assessments[1]!.status).toBe('unknown');
    // Pupil E's 0 after 72%: a data query, and judged on the valid tests, not the dip.
    expect(named(a.pupils, 'Pupil E')).toMatchObject({
      status: 'above',
      wave: 1,
      latest: { label: '29/40' },
    });
    expect(rulesOf(named(a.pupils, 'Pupil E'))).toEqual(['markbook/data-query']);
  });

  it('sets nothing aside when the class did about as well on every test', () => {
    const even = analyseMarkbook([
      header,
      ...['A', 'B', 'C', 'D', 'E'].map((n, i) => [
        `Pupil ${n}`,
        '50',
        `${20 + i}`,
        `${5 + (i % 2)}`,
        `${21 + i}`,
        `${22 + i}`,
      ]),
    ]);
    expect(even.classFindings.map((f) => f.rule)).not.toContain('markbook/class-wide-dip');
  });
});

describe('a primary pupil at the expected standard with a greater-depth target', () => {
  const a = analyseMarkbook([
    ['Pupil', 'Target', 'Autumn', 'Spring'],
    ['At Expected', 'GDS', 'EXS', 'EXS'],
    ['Under Expected', 'EXS', 'WTS', 'WTS'],
  ]);

  it.each([
    ['At Expected', 'below', 1],
    ['Under Expected', 'below', 2],
  ] as const)('%s: %s the target, wave %i', (name, status, wave) => {
    expect(named(a.pupils, name)).toMatchObject({ status, wave });
  });

  it('says greater-depth challenge belongs in class', () => {
    expect(named(a.pupils, 'At Expected').waveReasons[0]).toMatch(/greater-depth challenge in class/);
  });
});

describe('a forecast is judged as printed', () => {
  it('calls a forecast shown as 2+ against a target of 3 short of it', () => {
    const pupil = analyseMarkbook([
      ['Name', 'Target', 'DD1 Working At', 'DD2 Working At', 'DD3 Working At'],
      ['Creeping', '3', '2', '2', '2+'],
    ]).pupils[0]!;
    if (pupil.forecast?.grade.label === '2+') expect(pupil.forecast.standing).toBe('below');
    expect(['below', 'well-below']).toContain(pupil.forecast?.standing);
  });
});

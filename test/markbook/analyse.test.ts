import { describe, expect, it } from 'vitest';
import { analyseMarkbook, type CellValue, markbookRules } from '../../shared/markbook/index';

const header = ['Name', 'KS2 Level', 'Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2'];
const row = (name: string, ...grades: CellValue[]): CellValue[] => [name, ...grades];

describe('the progress model', () => {
  const a = analyseMarkbook([
    header,
    row('On Track', '4b', '4b', '4b', '4a', '4a'),
    row('Well Below', '4b', '4b', '4c', '3a', '3a'),
    row('Above', '4b', '4a', '5c', '5b', '5a'),
    row('No Grades', '4b'),
  ]);
  const pupil = (name: string) => a.pupils.find((p) => p.name === name)!;

  it('uses prior attainment as the baseline and computes a target of expected progress', () => {
    // 4b (27) plus one year at 3 points, rounded up to a sub-level: 5c (31).
    expect(pupil('On Track')).toMatchObject({
      baseline: { label: '4b' },
      target: { label: '5c' },
      targetSource: 'computed',
    });
  });

  it('expects the higher of the pathway to the target and the line from the baseline', () => {
    // The target 5c (31) less 3 points a year for the time left: at Spring 2 (4/6), 31 - 3 x 2/6 = 30,
    // above the line from 4b (27 + 4 x 4/6), because a target above expected progress asks for more.
    expect(pupil('On Track').expectedNow?.points).toBeCloseTo(30);
    expect(pupil('On Track').assessments.map((x) => x.expected?.points)).toEqual([
      expect.closeTo(28.5),
      expect.closeTo(29),
      expect.closeTo(29.5),
      expect.closeTo(30),
    ]);
  });

  it('never lets the expected line slope down to a target under the baseline', () => {
    const down = analyseMarkbook([
      ['Name', 'Target', 'Aut 1 WAG', 'Aut 2 WAG', 'Spr 1 WAG', 'Spr 2 WAG'],
      ['Falling Above Target', '5', '7', '7', '6', '6'],
    ]).pupils[0]!;
    expect(down.assessments.map((x) => x.expected?.label)).toEqual(['7', '7', '7', '7']);
    // Below their own line but a grade over the target: a fall to talk about in class, not a group.
    expect(down).toMatchObject({ status: 'below', againstTarget: { standing: 'above' }, wave: 1 });
    expect(down.waveReasons).toEqual([
      'Below their own line but still at or over the target: talk to the pupil and watch the next point in class',
    ]);
    expect(down.flags.map((f) => `${f.rule}:${f.messageId}`)).toContain('markbook/falling:fromPeak');
  });

  it('judges status with the stated tolerance and reads the trend', () => {
    // The trend is read over the last three points: 4b, 4a, 4a has gained a sub-level.
    expect(pupil('On Track')).toMatchObject({ status: 'on', trend: 'rising', progress: 2, wave: 1 });
    expect(pupil('Above')).toMatchObject({ status: 'above', trend: 'rising' });
    expect(pupil('Well Below')).toMatchObject({ status: 'well-below', trend: 'falling' });
    expect(pupil('No Grades')).toMatchObject({
      status: 'unknown',
      trend: 'unknown',
      latest: null,
      progress: null,
    });
    expect(a.basis?.tolerance).toBe(
      'On National Curriculum levels: 2 sub-levels or more under it is below; 3 sub-levels or more under is well below; 2 sub-levels or more over is above.',
    );
  });

  it('puts a pupil well below at two points in wave 2, and at three in wave 3, with the reasons', () => {
    expect(pupil('Well Below').wave).toBe(2);
    expect(pupil('Well Below').waveReasons).toEqual([
      'Well below at the latest point (markbook/well-below-trajectory)',
      'Attainment falling (markbook/falling)',
    ]);
    const three = analyseMarkbook([header, row('Stuck', '4b', '3a', '3a', '3a', '3a')]).pupils[0]!;
    expect(three.wave).toBe(3);
    expect(three.waveReasons).toEqual([
      'Well below at each of the last three or more points (markbook/well-below-trajectory)',
    ]);
    expect(pupil('On Track').waveReasons).toEqual([
      'Quality-first teaching in class: at or near the target, no flag calls for more',
    ]);
    // Well below three times but rising: progress is being made, so wave 2 first.
    const rising = analyseMarkbook([header, row('Rising', '4b', '3c', '3c', '3b', '3a')]).pupils[0]!;
    expect(rising.flags.map((f) => `${f.rule}:${f.messageId}`)).toContain(
      'markbook/well-below-trajectory:persistent',
    );
    expect(rising.wave).toBe(2);
  });

  it('never goes straight to wave 3 on one data point', () => {
    const once = analyseMarkbook([header, row('Dipped', '4b', '4b', '4a', '4a', '3b')]);
    expect(once.pupils[0]).toMatchObject({ status: 'well-below', wave: 2 });
  });

  it('layers curricular targets: the grade, then the unit, then the next lessons', () => {
    expect(pupil('On Track').curricularTargets).toEqual({
      longTerm: 'Aim for 5c by the end of the year (an estimate: set a target with the pupil).',
      mediumTerm: 'Secure the key ideas of the current unit of work.',
      shortTerm:
        'In the next few lessons, act on the feedback from Spring 2, checking your work against the success criteria.',
    });
  });

  it('summarises the cohort by status, wave and assessment point', () => {
    expect(a.summary).toMatchObject({
      pupils: 4,
      onTrackRate: expect.closeTo(66.7, 1),
      byStatus: { above: 1, on: 1, below: 0, 'well-below': 1, unknown: 1 },
      byWave: { 1: 2, 2: 1, 3: 0 },
      noWave: 1,
    });
    expect(a.summary.byAssessment.map((p) => p.assessment)).toEqual([
      'Autumn 1',
      'Autumn 2',
      'Spring 1',
      'Spring 2',
    ]);
    expect(a.summary.byAssessment[3]!.byStatus).toEqual({
      above: 1,
      on: 1,
      below: 0,
      'well-below': 1,
      unknown: 1,
    });
  });
});

describe('when targets fall due', () => {
  const tracker = (target: string) => [
    ['Year 10 Maths tracker'],
    ['Name', target, 'Aut 1 WAG', 'Spr 1 WAG'],
    ['Amy', '6', '4', '4+'],
  ];

  it('reads a plain target over GCSE grades in Y10 as the final grade, due at the end of Y11', () => {
    const a = analyseMarkbook(tracker('Target'));
    expect(a.basis).toMatchObject({ due: 'the end of Y11' });
    expect(a.pupils[0]).toMatchObject({ status: 'on', wave: 1 });
  });

  it('takes the due date from the header, and from the settings over both', () => {
    expect(analyseMarkbook(tracker('End of Y10 target')).basis?.due).toBe('the end of Y10');
    expect(analyseMarkbook(tracker('FFT50 estimate')).basis?.due).toBe('the end of Y11');
    // Due this July, 4+ against 6 is well behind.
    const july = analyseMarkbook(tracker('Target'), { targets: { due: 'end of Y10' } });
    expect(july.basis?.dueSource).toBe('settings targets.due "end of Y10"');
    expect(july.pupils[0]!.status).toBe('below');
  });
});

describe('estimated targets', () => {
  it("estimate a missing target from the subject's own prior attainment: KS2 Maths for maths", () => {
    const a = analyseMarkbook([
      ['Year 10 Maths tracker'],
      ['Name', 'KS2 Reading SS', 'KS2 Maths SS', 'Target', 'Aut 1 WAG', 'Spr 1 WAG'],
      ['Amy', '92', '110', 'TBC', '6', '6+'],
    ]);
    expect(a.pupils[0]).toMatchObject({ targetSource: 'estimate', target: { label: '7' } });
    expect(a.pupils[0]!.targetNote).toBe('KS2 scaled score to GCSE, from 110');
  });
});

describe('settings change the analysis', () => {
  const values = [header, row('Pupil', '4b', '4b', '4b', '4b', '4b')];

  it('a flat trajectory judges against the target all year', () => {
    const flat = analyseMarkbook(values, { targets: { model: 'flat' } });
    expect(flat.pupils[0]).toMatchObject({ status: 'below', expectedNow: { label: '5c' } });
    // On the pathway, 4b at Spring 2 is one and a half sub-levels behind 30 points: close enough, but stalled.
    const linear = analyseMarkbook(values).pupils[0]!;
    expect(linear.status).toBe('on');
    expect(linear.flags.map((f) => f.rule)).toContain('markbook/stalled');
  });

  it('ambition raises computed targets', () => {
    expect(analyseMarkbook(values, { targets: { ambition: 'above' } }).pupils[0]!.target?.label).toBe('5b');
    expect(analyseMarkbook(values, { targets: { ambition: 'aspirational' } }).pupils[0]!.target?.label).toBe(
      '5a',
    );
  });

  it('a column can be given a role and the header row fixed', () => {
    const a = analyseMarkbook([['Register'], ['Who', 'Start', 'Latest'], ['Amy', '4b', '4a']], {
      headerRow: 2,
      columns: { A: 'name', Start: 'prior-attainment', C: { role: 'assessment', scale: 'nc-levels' } },
    });
    expect(a.headerRow).toBe(2);
    expect(a.pupils[0]).toMatchObject({ name: 'Amy', baseline: { label: '4b' }, latest: { label: '4a' } });
  });

  it('an unknown scale in the settings is reported on the header cell', () => {
    const a = analyseMarkbook(values, { columns: { C: { scale: 'levels' } } });
    expect(a.diagnostics[0]).toMatchObject({ cell: 'C1', severity: 'error' });
    expect(a.diagnostics[0]!.message).toContain("the scale 'levels', which is not a known scale");
  });

  it('a fixed target that is not on the scale is reported and targets are computed instead', () => {
    const a = analyseMarkbook(values, { targets: { fixed: 'A*' } });
    expect(a.diagnostics.map((d) => d.cell)).toEqual(['settings']);
    expect(a.pupils[0]!.targetSource).toBe('computed');
  });

  it("the teacher's targets can be set aside", () => {
    const withTarget = [
      ['Name', 'Target', 'Aut 1', 'Aut 2'],
      ['Amy', '6c', '4b', '4b'],
    ];
    expect(analyseMarkbook(withTarget).pupils[0]).toMatchObject({
      targetSource: 'teacher',
      target: { label: '6c' },
    });
    expect(
      analyseMarkbook(withTarget, { targets: { useTeacherTargets: false } }).pupils[0]!.targetSource,
    ).toBe('computed');
  });

  it('the school can replace target bank wording and add absence markers', () => {
    const foci = [
      ['Name', 'Aut 1', 'Reading', 'Writing'],
      ['Amy', 'Ill', '5c', '4c'],
    ];
    const a = analyseMarkbook(foci, {
      absentMarkers: ['ill'],
      targetBank: { writing: { mediumTerm: 'Write in paragraphs.', shortTerm: 'Plan before writing.' } },
    });
    expect(a.diagnostics).toEqual([]);
    expect(a.pupils[0]!.curricularTargets).toMatchObject({
      mediumTerm: 'Write in paragraphs.',
      shortTerm: 'Plan before writing.',
    });
  });
});

describe('cells as Sheets gives them', () => {
  it('reads Date headers, numbers, booleans and fractions of a percentage', () => {
    const a = analyseMarkbook([
      ['Name', 'EAL', new Date(2025, 9, 17), new Date(2026, 1, 6), 'Attendance'],
      ['Amy', true, 6, 7, 0.955],
      ['Ben', false, 5, 5, 0.88],
    ]);
    expect(a.assessments).toEqual(['2025-10-17', '2026-02-06']);
    expect(a.basis?.scale).toBe('gcse-9-1');
    expect(a.pupils[0]).toMatchObject({
      attributes: { eal: true },
      latest: { label: '7', points: 21 },
      attendance: 95.5,
    });
    expect(a.pupils[1]).toMatchObject({ attributes: { eal: false }, attendance: 88 });
  });

  it('reads attendance of 0.88 among whole percentages as 88%, and says so', () => {
    const a = analyseMarkbook([
      ['Name', 'Aut 1', 'Attendance'],
      ['Amy', '5', '96'],
      ['Ben', '5', '0.88'],
    ]);
    expect(a.pupils.map((p) => p.attendance)).toEqual([96, 88]);
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      "C3: '0.88' read as 88% (a fraction of 1 among percentages)",
    ]);
  });

  it('reads a % formatted column of numbers as percentages, 1 being 100%', () => {
    const a = analyseMarkbook([
      ['Name', 'Test 1 %', 'Test 2 %'],
      ['Amy', 0.67, 1],
      ['Ben', 0.5, 0.45],
    ]);
    expect(a.pupils.map((p) => p.latest?.label)).toEqual(['100%', '45%']);
    expect(a.diagnostics).toEqual([]);
  });
});

describe('a current judgement beside the assessment points', () => {
  it('is an assessment point when it is the only one', () => {
    const a = analyseMarkbook([
      ['Name', 'Current grade'],
      ['Amy', '5'],
    ]);
    expect(a.assessments).toEqual(['Current grade']);
  });

  it('is not another point after termly ones', () => {
    const a = analyseMarkbook([
      ['Name', 'Aut 1', 'Aut 2', 'Latest'],
      ['Amy', '5', '5+', '5+'],
    ]);
    expect(a.assessments).toEqual(['Aut 1', 'Aut 2']);
    expect(a.diagnostics.map((d) => d.cell)).toEqual(['D1']);
  });
});

describe('pupil characteristics as MIS exports write them', () => {
  it.each([
    ['K - SEN Support', 'support'],
    ['E - EHC Plan', 'ehcp'],
    ['N - No Special Educational Need', 'none'],
    ['No SEN', 'none'],
  ])('reads the SEN status %j as %s', (value, sen) => {
    const a = analyseMarkbook([
      ['Name', 'SEN Status', 'Aut 1'],
      ['Amy', value, '5'],
    ]);
    expect(a.pupils[0]!.attributes.sen).toBe(sen);
    expect(a.diagnostics).toEqual([]);
  });

  it.each([
    ['Eligible', true],
    ['Not eligible', false],
  ])('reads the pupil premium %j as %s', (value, disadvantaged) => {
    const a = analyseMarkbook([
      ['Name', 'Pupil Premium', 'Aut 1'],
      ['Amy', value, '5'],
    ]);
    expect(a.pupils[0]!.attributes.disadvantaged).toBe(disadvantaged);
    expect(a.diagnostics).toEqual([]);
  });
});

describe('dates as headers', () => {
  it('reads whole GCSE grades under UK dates as grades, not marks out of the year', () => {
    const a = analyseMarkbook([
      ['Name', '12/10/2026', '23/11/26'],
      ['Amy', '5', '6'],
      ['Ben', '6', '6'],
    ]);
    expect(a.basis?.scale).toBe('gcse-9-1');
    expect(a.pupils[0]!.latest?.label).toBe('6');
    expect(a.diagnostics).toEqual([]);
  });
});

describe('dated points over two school years', () => {
  it('are ordered by date, year included, and the target falls due at the end of the second year', () => {
    const a = analyseMarkbook([
      ['Name', '25/01/2027', '12/10/2025', '12/10/2026', 'Feb 2026'],
      ['Amy', '5', '4-', '4+', '4'],
    ]);
    expect(a.assessments).toEqual(['12/10/2025', 'Feb 2026', '12/10/2026', '25/01/2027']);
    expect(a.pupils[0]!.trend).toBe('rising');
    // 4- (11) in October 2025 plus a grade a year for nearly two years, rounded up: 6- (17).
    expect(a.pupils[0]!.target?.label).toBe('6-');
  });

  it('orders terms named with their year', () => {
    const a = analyseMarkbook([
      ['Name', 'Autumn 2026', 'Summer 2026', 'Autumn 2025', 'Spring 1 2027'],
      ['Amy', '5', '4+', '4', '5+'],
    ]);
    expect(a.assessments).toEqual(['Autumn 2025', 'Summer 2026', 'Autumn 2026', 'Spring 1 2027']);
  });

  it('places an intervention start date in its own school year', () => {
    const a = analyseMarkbook([
      ['Name', '12/10/2025', '25/01/2026', '12/10/2026', '25/01/2027', 'Intervention', 'Since'],
      ['Amy', '4', '4', '4', '4', 'Maths catch-up', '10/11/2025'],
    ]);
    // Started in the first year, so two points have passed since: escalate.
    expect(a.pupils[0]!.flags.map((f) => f.rule)).toContain('markbook/intervention-not-working');
  });
});

describe('columns the reader cannot place', () => {
  it('reports assessment columns no scale reads in one line with the fix, not cell by cell', () => {
    const a = analyseMarkbook([
      ['Name', 'Aut 1', 'Aut 2'],
      ['Amy', 'Good', 'Poor'],
      ['Ben', 'Poor', 'ABS'],
    ]);
    expect(a.assessments).toEqual([]);
    expect(a.diagnostics.map((d) => [d.cell, d.severity])).toEqual([['B1', 'error']]);
    expect(a.diagnostics[0]!.message).toMatch(
      /^B1: 'Aut 1', 'Aut 2': no scale Trajectory knows reads 'Good', 'Poor', so these 3 entries are not assessment points .*add a key row under the table listing the grades lowest first/,
    );
    // The same line leads the report, and no status or wave is guessed.
    expect(a.problems).toEqual([a.diagnostics[0]!.message]);
    expect(a.pupils.map((p) => [p.status, p.wave])).toEqual([
      ['unknown', null],
      ['unknown', null],
    ]);
    expect(a.summary.noWave).toBe(2);
  });

  it('are reported once at the header, not dropped silently', () => {
    const a = analyseMarkbook([
      ['Name', 'Aut 1', '', 'Favourite colour', 'Notes'],
      ['Amy', '4b', '4a', 'blue', 'Kind'],
      ['Ben', '4c', '', '', ''],
    ]);
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      'C1: column C has no header, so its 1 entry was not read (the settings can say what it holds)',
      "D1: 'Favourite colour' is not a column Trajectory recognises, so its 1 entry was not read (the settings can say what it holds)",
    ]);
  });
});

describe('headers on two rows', () => {
  it('reads a banner row above the headers into each header under it, in time order', () => {
    const a = analyseMarkbook([
      ['Set 9X2 maths', '', '', '', ''],
      ['', 'Autumn', '', 'Spring', ''],
      ['Name', 'Test 1', 'Test 2', 'Test 1', 'Test 2'],
      ['Amy', '4c', '4b', '4a', '5c'],
    ]);
    expect(a.headerRow).toBe(3);
    expect(a.assessments).toEqual(['Autumn Test 1', 'Autumn Test 2', 'Spring Test 1', 'Spring Test 2']);
    expect(a.pupils[0]!.latest?.label).toBe('5c');
  });
});

describe('a row of maximum marks', () => {
  it('reads each column out of its maximum and reports a mark above it', () => {
    const a = analyseMarkbook([
      ['Name', 'Test A', 'Test B'],
      ['Max marks', '/40', 25],
      ['Amy', 30, 45],
      ['Ben', 20, 10],
    ]);
    expect(a.pupils.map((p) => p.name)).toEqual(['Amy', 'Ben']);
    expect(a.pupils[1]!.assessments.map((x) => x.grade?.label)).toEqual(['20/40', '10/25']);
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      "A2: 'Max marks' gives each column's maximum mark, so row 2 was read as that, not as a pupil",
      "C3: '45' is not a mark between 0 and 25",
    ]);
  });

  it('takes a pupil called Max for a pupil, and "Max:" for the maximum marks', () => {
    const a = analyseMarkbook([
      ['Surname', 'Forename', 'Test A'],
      ['', 'Max:', 40],
      ['Smith', 'Max', 30],
    ]);
    expect(a.pupils.map((p) => p.name)).toEqual(['Max Smith']);
    expect(a.pupils[0]!.latest?.label).toBe('30/40');
    const first = analyseMarkbook([
      ['Surname', 'Forename', 'Test A (/40)'],
      ['Smith', 'Max', 30],
      ['Jones', 'Amy', 20],
    ]);
    expect(first.pupils.map((p) => p.name)).toEqual(['Max Smith', 'Amy Jones']);
  });

  it('says once that bare numbers with no maximum are read as percentages', () => {
    const a = analyseMarkbook([
      ['Name', 'Cells test', 'Energy test', 'Forces %'],
      ['Amy', 32, 41, 60],
      ['Ben', 18, 22, 55],
    ]);
    expect(a.basis?.scale).toBe('percentage');
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      `B1: 'Cells test' and 'Energy test' hold bare numbers and do not say what they are out of, so the numbers are read as percentages; if they are marks, give the maximum (e.g. "Cells test (/40)", or an "Out of" row under the headers)`,
    ]);
  });

  it('keeps a "(/40)" column on marks when one mark is over 40', () => {
    const a = analyseMarkbook([
      ['Name', 'Test (/40)'],
      ['Amy', 30],
      ['Ben', 45],
      ['Cal', 52],
    ]);
    expect(a.basis?.scale).toBe('marks');
    expect(a.diagnostics.map((d) => d.cell)).toEqual(['B3', 'B4']);
  });
});

describe('rows that are not pupils', () => {
  it('leaves out a repeated header row and a summary row, and says so', () => {
    const a = analyseMarkbook([
      ['Name', 'Aut 1'],
      ['Amy', '4b'],
      ['Mean', '4b'],
      ['Name', 'Aut 1'],
      ['Ben', '4a'],
    ]);
    expect(a.pupils.map((p) => p.name)).toEqual(['Amy', 'Ben']);
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      "A3: 'Mean' looks like a summary row, not a pupil, so it was left out",
      "A4: 'Name' looks like a repeated header row, not a pupil, so it was left out",
    ]);
  });

  it('leaves out a key under the table, and keeps a pupil with no grades yet', () => {
    const a = analyseMarkbook([
      ['Name', 'Aut 1'],
      ['Amy', 'EXS'],
      ['New Arrival', ''],
      ['Key: WTS = working towards, EXS = expected'],
    ]);
    expect(a.pupils.map((p) => p.name)).toEqual(['Amy', 'New Arrival']);
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      "A4: 'Key: WTS = working towards, EXS = expected' looks like a note, not a pupil, so it was left out",
    ]);
  });
});

describe('guided groups', () => {
  const foci = ['Name', 'Aut 1', 'Number', 'Algebra', 'Geometry'];
  const pupils = Array.from({ length: 15 }, (_, i) => [
    `Pupil ${i + 1}`,
    '5',
    i < 13 ? '6' : '4',
    i < 13 ? '4' : '6',
    '6',
  ]);
  const a = analyseMarkbook([foci, ...pupils]);

  it('groups pupils sharing a weakest focus, about six to a group and never more than eight', () => {
    expect(a.groups.map((g) => [g.name, g.pupils.length])).toEqual([
      ['Number', 2],
      ['Algebra (group 1 of 3)', 4],
      ['Algebra (group 2 of 3)', 5],
      ['Algebra (group 3 of 3)', 4],
    ]);
    expect(a.groups.every((g) => g.pupils.length <= 8)).toBe(true);
    expect(new Set(a.groups.flatMap((g) => g.pupils.map((p) => p.row))).size).toBe(15);
  });

  it('names a focus only one pupil has as support for that pupil, not a guided group', () => {
    const one = analyseMarkbook([foci, ...pupils.slice(0, 14)]);
    expect(one.groups.map((g) => g.name)).toContain(
      'Number (one pupil: support in class, or join another group)',
    );
  });

  it('notices a weakness shared by most of the class', () => {
    expect(a.classFindings.map((f) => [f.rule, f.message])).toEqual([
      ['markbook/class-wide-weakness', 'Algebra is a relative weakness for 13 of 15 pupils (87%).'],
    ]);
  });
});

describe('the cohort summary', () => {
  it('compares each group with the rest of the class', () => {
    const a = analyseMarkbook([
      ['Name', 'SEN', 'PP', 'Gender', 'KS2 Level', 'Aut 1', 'Aut 2'],
      ['A', 'K', 'Y', 'F', '4b', '4b', '4c'],
      ['B', 'N', 'Y', 'M', '4b', '4b', '4b'],
      ['C', 'N', 'N', 'F', '4b', '4b', '4a'],
      ['D', 'E', 'N', 'M', '4b', '4b', '3a'],
    ]);
    // Two pupils: counts, never a percentage gap (meaningless, and it can identify a child).
    const sen = a.summary.groups.find((g) => g.group === 'SEN')!;
    expect(sen).toMatchObject({
      group: 'SEN',
      pupils: 2,
      small: true,
      onTrackRate: null,
      onTrackGap: null,
      progressGap: null,
      atOrAboveTarget: 0,
    });
    expect(a.summary.groups.map((g) => g.group)).toEqual(['SEN', 'EHCP', 'Disadvantaged', 'Boys', 'Girls']);
  });
});

describe('the rule registry', () => {
  it('gives every rule a suggested response', () => {
    for (const rule of markbookRules) expect(rule.response, rule.id).toMatch(/\w/);
  });
});

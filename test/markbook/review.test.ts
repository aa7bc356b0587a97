import { describe, expect, it } from 'vitest';
import { markbookToJson } from '../../shared/markbook/index';
import { analyseFixture, pupilNamed, ruleIds } from './fixture';

/**
 * What a data lead expects, one case per expectation of the markbook review, each on a
 * fixture of our own in the same situation (a Y10 FFT tracker, an A-level group, raw marks,
 * a Go 4 Schools export, a school scale the tool does not know...).
 */
const rulesOf = (ids: string[]) => ids.map((id) => id.split(':')[0]);

describe('a Y10 GCSE tracker whose FFT targets are for the end of Y11', () => {
  const a = analyseFixture('y10-fft-two-year.csv');

  it('reads the target as due at the end of Y11, and says so in the one line on status', () => {
    expect(a.basis).toMatchObject({ due: 'the end of Y11', kind: 'growth' });
    expect(a.basis?.method).toContain("due the end of Y11 (the header 'FFT50 (Y11)')");
    expect(a.basis?.method).toContain('never slopes down');
  });

  it('gives no one-to-one support to pupils on a two-year path', () => {
    expect(a.summary.byWave[3]).toBe(0);
    // Rising from 3+ to 4 against a Y11 target of 5: on the path, quality-first teaching.
    expect(pupilNamed(a, 'Aziz Omar')).toMatchObject({ status: 'on', wave: 1 });
  });

  it('estimates a TBC target from KS2 through the flight path, and says it is an estimate', () => {
    const chi = pupilNamed(a, 'Ekwueme Chi');
    expect(chi).toMatchObject({ targetSource: 'estimate', target: { label: '4' } });
    expect(ruleIds(a, 'Ekwueme Chi')).toContain('markbook/target-estimated:estimate');
    expect(chi.curricularTargets.longTerm).toContain('an estimate');
  });

  it('queries a U or an X between entries instead of reading it as attainment', () => {
    expect(pupilNamed(a, 'Frost Ned')).toMatchObject({ status: 'on', wave: 1 });
    expect(pupilNamed(a, 'Frost Ned').dataQueries).toEqual([
      { kind: 'zero', assessment: 'Dec WAG', cell: 'H9', value: 'U' },
    ]);
    expect(pupilNamed(a, 'Gill Maya').dataQueries).toEqual([
      { kind: 'gap', assessment: 'Feb WAG', cell: 'I10', value: 'X' },
    ]);
  });

  it('calls 7, 6, 5, 5 a fall, though it has levelled off', () => {
    expect(ruleIds(a, 'Bell Poppy')).toContain('markbook/falling:fromPeak');
    expect(pupilNamed(a, 'Bell Poppy').wave).toBe(2);
  });

  it('never lets the line slope down: 7, 7, 6, 6 against a target of 5 is falling, not on', () => {
    const lewis = pupilNamed(a, 'Carr Lewis');
    expect(lewis.status).toBe('below');
    expect(lewis.againstTarget.standing).toBe('above');
    expect(lewis.assessments.map((x) => x.expected?.label)).toEqual(['7', '7', '7', '7']);
    expect(rulesOf(ruleIds(a, 'Carr Lewis'))).toContain('markbook/falling');
  });

  it('does not call a pupil on 9 every time stalled or flat', () => {
    expect(ruleIds(a, 'Dale Imogen')).toEqual([]);
  });

  it('calls a flat 4 against a target of 6 stuck, a concern for a small group', () => {
    // 4 against an expected 5- is two fine grades under, as printed: below, and stalled there.
    expect(pupilNamed(a, 'Hayes Kit')).toMatchObject({ status: 'below', wave: 2 });
    // Stalled says why the forecast is short: heading-below would only repeat it.
    expect(rulesOf(ruleIds(a, 'Hayes Kit'))).toEqual(['markbook/stalled']);
  });

  it('refers severe absence to the pastoral lead, never "wave 1, nothing to do"', () => {
    const tara = pupilNamed(a, 'Jones Tara');
    expect(tara.pastoralReferral).toBe(true);
    expect(tara.wave).toBe(2);
    expect(tara.waveReasons[0]).toMatch(/^Pastoral referral: Attendance is 45%/);
  });
});

describe('the same tracker with an empty column for next year', () => {
  it('changes no status, wave or target', () => {
    const without = analyseFixture('y10-fft-two-year.csv');
    const withColumn = analyseFixture('y10-fft-two-year-future-column.csv');
    const digest = (a: typeof without) =>
      a.pupils.map((p) => [p.name, p.status, p.wave, p.target?.label ?? null, p.againstTarget.standing]);
    expect(digest(withColumn)).toEqual(digest(without));
    const queries = (x: typeof without) =>
      x.pupils.flatMap((p) => p.dataQueries.map((q) => [q.kind, q.cell, q.value]));
    expect(queries(withColumn)).toEqual(queries(without));
  });
});

describe('a school scale the tool does not know, with no settings', () => {
  const a = analyseFixture('y8-school-steps-unread.csv');

  it('gives status unknown and no wave, rather than wave 1 for all', () => {
    expect(a.pupils.map((p) => [p.status, p.wave])).toEqual(a.pupils.map(() => ['unknown', null]));
    expect(a.summary.noWave).toBe(5);
  });

  it('says so in one line with the fix, instead of a line per cell', () => {
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatch(
      /^E1: 'Term 1', 'Term 2', 'Term 3': no scale Trajectory knows reads 'Bronze'/,
    );
    expect(a.problems[0]).toContain('"grades": [');
    // No line per assessment cell (E2 to G6).
    expect(a.diagnostics.filter((d) => /^[EFG][2-6]$/.test(d.cell))).toEqual([]);
  });
});

describe('a primary tracker on WTS / EXS / GDS', () => {
  const a = analyseFixture('y3-primary-bands.csv');

  it('counts one band as one step: EXS to WTS is below, not well below, and not wave 3', () => {
    expect(pupilNamed(a, 'Cole Dunn')).toMatchObject({ status: 'below', wave: 2 });
    expect(pupilNamed(a, 'Enzo Fry')).toMatchObject({ status: 'below', wave: 2 });
    expect(a.summary.byWave[3]).toBe(0);
    expect(a.basis?.tolerance).toContain(
      '1 band or more under it is below; 2 bands or more under is well below',
    );
  });

  it('takes the KS1 judgement as the baseline and target on the same scale', () => {
    expect(pupilNamed(a, 'Bo Chen')).toMatchObject({ baseline: { label: 'WTS' }, status: 'above' });
  });
});

describe('an A-level group a whole grade under target at every point', () => {
  const a = analyseFixture('y12-alevel-grade-under.csv');

  it('is below, at each point, and in a small group, not wave 1', () => {
    for (const name of ['Asha Rees', 'Blake Sim', 'Cleo Tait']) {
      const pupil = pupilNamed(a, name);
      expect(pupil.assessments.map((x) => x.status)).toEqual(['below', 'below', 'below', 'below', 'below']);
      expect(pupil.wave).toBe(2);
    }
  });

  it('judges A-level grades against the target all course', () => {
    expect(a.basis).toMatchObject({ expectedPerYear: 0, due: 'the end of Y13' });
    expect(pupilNamed(a, 'Dan Umar')).toMatchObject({ status: 'on', wave: 1 });
  });

  it('treats one high grade it comes back from as a spike, and a U between Bs as a query', () => {
    expect(pupilNamed(a, 'Finn Webb')).toMatchObject({ status: 'on', wave: 1 });
    expect(ruleIds(a, 'Finn Webb')).toEqual([]);
    expect(ruleIds(a, 'Gus Yeo')).toEqual(['markbook/data-query:zero']);
  });

  it('shows a group of three disadvantaged students as counts, never a percentage gap', () => {
    const disadvantaged = a.summary.groups.find((g) => g.group === 'Disadvantaged')!;
    expect(disadvantaged).toMatchObject({ pupils: 3, small: true, onTrackRate: null, onTrackGap: null });
    // Finn Webb is at his target; Asha Rees and Cleo Tait are a grade under theirs.
    expect(disadvantaged.atOrAboveTarget).toBe(1);
  });
});

describe('raw marks with a target grade', () => {
  const a = analyseFixture('y8-geography-marks.csv');

  it("uses the teacher's target grade, read as a percentage estimate, not the pupil's own first test", () => {
    expect(pupilNamed(a, 'Boyd Sam')).toMatchObject({ targetSource: 'estimate', target: { label: '50%' } });
    expect(a.basis?.kind).toBe('test-score');
    expect(a.diagnostics.find((d) => d.cell === 'C2')?.message).toContain('read as a percentage');
  });

  it('calls a pupil on about a third of the marks every test well below, from the first test', () => {
    expect(pupilNamed(a, 'Boyd Sam').assessments.map((x) => x.status)).toEqual([
      'well-below',
      'well-below',
      'well-below',
    ]);
  });

  it('queries a 0 and an impossible mark rather than acting on them', () => {
    expect(pupilNamed(a, 'Dunne Tom')).toMatchObject({ wave: 1, latest: { label: '12/20' } });
    expect(ruleIds(a, 'Dunne Tom')).toEqual(['markbook/data-query:zero']);
    expect(pupilNamed(a, 'Egan Zoe').dataQueries.map((q) => [q.kind, q.value])).toEqual([['gap', '30']]);
  });
});

describe('a Go 4 Schools export with data drops and interventions', () => {
  const a = analyseFixture('y11-data-drops.csv');

  it('calls working at 5 against a target of 6 below, not urgent', () => {
    const sara = pupilNamed(a, 'Ali, Sara');
    expect(sara.status).toBe('below');
    expect(sara.flags.some((f) => f.severity === 'urgent')).toBe(false);
  });

  it('evaluates an intervention that began before the first data drop', () => {
    expect(ruleIds(a, 'Bond, Jay')).toContain('markbook/intervention-not-working:notImproved');
    expect(pupilNamed(a, 'Bond, Jay').wave).toBe(3);
  });

  it('counts a pupil already in one-to-one support as wave 3', () => {
    expect(pupilNamed(a, 'Cope, Ian').wave).toBe(3);
    expect(pupilNamed(a, 'Cope, Ian').waveReasons.join(' ')).toContain('Already in one-to-one support');
  });

  it('keeps a working intervention until the target has held for two points', () => {
    // 3, 3+, 4 against a target of 4: at the target at the latest point only, so support stays.
    expect(pupilNamed(a, 'Dowd, Ava')).toMatchObject({ status: 'on', wave: 2 });
    expect(pupilNamed(a, 'Dowd, Ava').waveReasons).toEqual([
      'In "Maths catch-up group", and at the target at the latest point: keep it until the target has held for two points',
    ]);
  });
});

describe('percentage tests against a 50% target', () => {
  const a = analyseFixture('percent-under-target.csv');

  it('calls 25%, 30%, 35% against 50% below from the first point, rising or not', () => {
    expect(pupilNamed(a, 'Ali Khan').assessments.map((x) => x.status)).toEqual([
      'well-below',
      'well-below',
      'well-below',
    ]);
    // Rising 5 points a test, damped by half and capped at 10 points a year: 38%, not 40%.
    expect(pupilNamed(a, 'Ali Khan').forecast).toMatchObject({
      grade: { label: '38%' },
      standing: 'well-below',
    });
  });

  it('queries 70, 0, 68 as a missed test, and keeps it out of status and waves', () => {
    expect(pupilNamed(a, 'Dee Nash')).toMatchObject({ status: 'above', wave: 1 });
    expect(ruleIds(a, 'Dee Nash')).toEqual(['markbook/data-query:zero']);
  });

  it('says the forecast in the scale’s words', () => {
    const json = markbookToJson(a);
    expect(json.pupils.find((p) => p.name === 'Ali Khan')?.forecast?.words).toBe(
      'at this rate: 38% by the end of the year against a target of 50%',
    );
  });

  it('gives the share at or above target now and on track by forecast', () => {
    expect(a.summary).toMatchObject({ atOrAboveTargetRate: 80, onTrackByForecastRate: 80 });
  });
});

describe('a primary tracker of three subjects', () => {
  it('counts a group by its pupils, not their results in each subject: one SEN pupil is one, shown as a count', () => {
    const a = analyseFixture('primary-rwm-tracker.csv');
    const sen = a.summary.groups.find((g) => g.group === 'SEN')!;
    expect(sen).toMatchObject({ pupils: 1, small: true, onTrackGap: null });
  });
});

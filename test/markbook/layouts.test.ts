import { describe, expect, it } from 'vitest';
import { analyseMarkbook, parseDelimited } from '../../shared/markbook/index';
import { analyseFixture, fixtureText, pupilNamed, roleOf } from './fixture';

// Scales and layouts schools use, each a situation a data lead met in a real markbook.
describe('scales and layouts schools use', () => {
  it('Emerging / Developing / Secure / Mastered, written short (Dev, Sec) and with + and −, is read with no settings', () => {
    const a = analyseFixture('ks3-mastery-strands.csv');
    expect(a.basis?.scale).toBe('emerging-mastered');
    expect(a.assessments).toEqual(['Autumn', 'Spring', 'Summer']);
    expect(roleOf(a, 'Y7 Target')).toMatchObject({ role: 'target', scale: 'emerging-mastered' });
    expect(pupilNamed(a, 'Adebayo Tunde').assessments.map((x) => x.grade?.points)).toEqual([6, 7, 8]);
    expect(pupilNamed(a, 'Chen Wei').target?.label).toBe('Secure');
    expect(roleOf(a, 'Physics')).toMatchObject({ role: 'focus', focus: 'Physics' });
    expect(a.diagnostics).toEqual([]);
  });

  it('a scale no built-in one reads is one line with the fix, not a line per cell, and gives no points', () => {
    const a = analyseFixture('school-scale-unknown.csv');
    expect(a.assessments).toEqual([]);
    expect(a.basis).toBeNull();
    expect(a.diagnostics).toHaveLength(1);
    expect(a.diagnostics[0]).toMatchObject({ cell: 'C1', severity: 'error' });
    expect(a.diagnostics[0]!.message).toMatch(
      /^C1: 'Autumn 1', 'Autumn 2', 'Spring 1': no scale Trajectory knows reads 'Silver', 'Bronze', 'Gold', 'Platinum', so these 14 entries are not assessment points/,
    );
    expect(a.diagnostics[0]!.message).toMatch(/"scales"/);
  });

  it('a key row under the table defines the scale, lowest first, and its absence code', () => {
    const a = analyseFixture('school-scale-key.csv');
    expect(a.basis?.scale).toBe('key');
    expect(a.assessments).toEqual(['Autumn 1', 'Autumn 2', 'Spring 1']);
    expect(pupilNamed(a, 'Ben Hughes').assessments.map((x) => x.grade?.points)).toEqual([0, 0, 1]);
    expect(pupilNamed(a, 'Chloe Park').target).toMatchObject({ label: 'E', points: 3 });
    // X is absent, as the key says: a gap, not a bad grade.
    expect(pupilNamed(a, 'Dan Ross').assessments[1]!.grade).toBeNull();
    expect(a.diagnostics.map((d) => [d.cell, d.severity])).toEqual([
      ['A7', 'warning'],
      ['F6', 'error'],
    ]);
    expect(a.diagnostics[0]!.message).toBe(
      "A7: 'Key:' is read as a scale of grades, lowest first: B, A, M, E (if it runs the other way, give the scale in the settings)",
    );
    expect(a.pupils.map((p) => p.name)).not.toContain('Key:');
  });

  it('a primary tracker with Reading / Writing / Maths banners over its terms gets one analysis per subject', () => {
    const a = analyseFixture('primary-rwm-tracker.csv');
    expect(a.subjects?.map((s) => s.subject)).toEqual(['Reading', 'Writing', 'Maths']);
    expect(a.subjects?.map((s) => s.assessments)).toEqual([
      ['Reading Aut', 'Reading Spr', 'Reading Sum'],
      ['Writing Aut', 'Writing Spr', 'Writing Sum'],
      ['Maths Aut', 'Maths Spr', 'Maths Sum'],
    ]);
    const amelia = a.pupils.filter((p) => p.name === 'Amelia Ford');
    expect(amelia.map((p) => [p.subject, p.baseline?.label, p.latest?.label])).toEqual([
      ['Reading', 'EXS', 'EXS'],
      ['Writing', 'EXS', 'EXS'],
      // Maths from KS1 maths, not KS1 reading.
      ['Maths', 'WTS', 'EXS'],
    ]);
    // Each flag names its subject; attendance is the pupil's, under no subject.
    const erin = a.pupils.find((p) => p.name === 'Erin Walsh' && p.subject === 'Reading')!;
    const attendance = new Set(['markbook/persistent-absence', 'markbook/severe-absence']);
    // One attendance fact per pupil: her Reading drop with 89% attendance (wider needs), and no
    // persistent-absence flag repeated under each subject.
    const erinFlags = a.pupils
      .filter((p) => p.name === 'Erin Walsh')
      .flatMap((p) => p.flags.map((f) => f.rule));
    expect(erinFlags.filter((rule) => rule === 'markbook/wider-needs')).toHaveLength(1);
    expect(erinFlags).not.toContain('markbook/persistent-absence');
    expect(erin.flags.some((f) => !attendance.has(f.rule))).toBe(true);
    for (const flag of erin.flags)
      expect([flag.rule, flag.message.startsWith('Reading: ')]).toEqual([
        flag.rule,
        !attendance.has(flag.rule),
      ]);
    expect(roleOf(a, 'Writing Spr')).toMatchObject({ role: 'assessment', scale: 'wts-exs-gds' });
  });

  it('pre-key stage is read, a band below working towards, and one band is one band', () => {
    const a = analyseFixture('primary-rwm-tracker.csv');
    const cerys = a.pupils.filter((p) => p.name === 'Cerys Lloyd');
    expect(cerys.map((p) => p.latest?.label)).toEqual(['PKS', 'PKS', 'WTS']);
    const maths = cerys[2]!;
    expect(maths.latest!.points - maths.baseline!.points).toBe(3);
    expect(a.diagnostics.map((d) => d.cell)).toEqual(['Q4']);
  });

  it('a sheet with pupils as columns is said to look transposed', () => {
    const a = analyseFixture('pupils-as-columns.csv');
    expect(a.pupils).toEqual([]);
    expect(a.diagnostics).toHaveLength(1);
    expect(a.diagnostics[0]!.message).toBe(
      "A1: the sheet looks transposed: pupils run across row 1 ('Oscar Bell', 'Priya Nair', 'Sam Cole', ...) and 'SEN', 'PP', 'Target', ... run down column A; Trajectory reads one pupil per row, so transpose the table (in Sheets: copy it, then Edit › Paste special › Transposed) and run it again",
    );
  });

  it('an empty column for next year changes nothing', () => {
    const withColumn = parseDelimited(fixtureText('gcse-y11-empty-column.csv'));
    const withoutColumn = withColumn.map((row) => row.filter((_cell, c) => c !== 8));
    expect(withColumn[0]![8]).toBe('Y11 Aut');
    const judged = (values: typeof withColumn) =>
      analyseMarkbook(values).pupils.map((p) => ({
        name: p.name,
        status: p.status,
        wave: p.wave,
        target: p.target?.label,
        expectedNow: p.expectedNow?.label,
        flags: p.flags.map((f) => f.messageId),
      }));
    expect(judged(withColumn)).toEqual(judged(withoutColumn));
    expect(analyseMarkbook(withColumn).assessments).toEqual(['Y10 Aut', 'Y10 Spr', 'Y10 Sum']);
  });
});

describe('prior attainment bands', () => {
  it('a PA band of H, M and L is prior attainment on its own scale, not a column of bad grades', () => {
    const a = analyseMarkbook([
      ['Name', 'PA Band', 'Target', 'Aut 1', 'Aut 2'],
      ['Ava', 'H', '7', '6', '6'],
      ['Ben', 'M', '5', '5', '5'],
      ['Cal', 'L', '4', '3', '4'],
    ]);
    expect(a.columns.find((c) => c.header === 'PA Band')).toMatchObject({
      role: 'prior-attainment',
      scale: 'prior-band',
    });
    expect(a.pupils.map((p) => p.priorAttainment?.label)).toEqual(['H', 'M', 'L']);
    expect(a.diagnostics).toEqual([]);
  });
});

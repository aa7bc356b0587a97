import { describe, expect, it } from 'vitest';
import { readMarkbook } from '../../shared/markbook/reader';
import { analyseFixture, pupilNamed, roleOf, ruleIds } from './fixture';

const rulesOf = (ids: string[]) => ids.map((id) => id.split(':')[0]);

describe('reading realistic markbooks', () => {
  it('a primary NC-levels tracker under a title, with a P-scale pupil', () => {
    const a = analyseFixture('primary-nc-levels.csv');
    expect(a.headerRow).toBe(3);
    expect(a.basis?.scale).toBe('nc-levels');
    expect(a.assessments).toEqual(['Aut', 'Spr', 'Sum']);
    expect(roleOf(a, 'KS1 Writing')).toMatchObject({ role: 'prior-attainment', scale: 'nc-levels' });
    expect(roleOf(a, 'FSM')?.role).toBe('disadvantaged');
    expect(roleOf(a, 'Sex')?.role).toBe('gender');
    expect(a.pupils).toHaveLength(10);
    expect(a.pupils[0]).toMatchObject({
      row: 4,
      name: 'Aisha Begum',
      baseline: { label: '2b' },
      latest: { label: '3c' },
    });
    expect(pupilNamed(a, 'Ben Carter').attributes).toMatchObject({
      sen: 'support',
      disadvantaged: true,
      gender: 'M',
    });
    expect(pupilNamed(a, 'Finley Grant').attributes.sen).toBe('ehcp');
    expect(a.diagnostics.map((d) => d.cell)).toEqual(['G9', 'F9']);
    expect(a.diagnostics[0]!.message).toBe(
      "G9: 'P8' is on P-scales, not National Curriculum levels, so it is left out of progress",
    );
    // Summer is still empty: nobody is flagged for missing it.
    expect(
      a.pupils.flatMap((p) => p.flags).filter((f) => f.rule === 'markbook/no-recent-assessment'),
    ).toEqual([]);
  });

  it('KS3 sub-levels over two years, with APP Low/Secure/High AF columns', () => {
    const a = analyseFixture('ks3-sublevels-af.csv');
    expect(a.assessments).toEqual(['Y7 Aut', 'Y7 Spr', 'Y7 Sum', 'Y8 Aut', 'Y8 Spr']);
    expect(roleOf(a, 'AF3 Reading')).toMatchObject({ role: 'focus', focus: 'AF3', scale: 'nc-levels' });
    expect(roleOf(a, 'Form')?.role).toBe('ignore');
    const olivia = pupilNamed(a, 'Olivia Brown');
    expect(olivia.foci.find((f) => f.focus === 'AF3')?.grade).toMatchObject({ label: '4 High', points: 29 });
    // KS2 4a (29) plus 3 points a year for two years, rounded up to a sub-level: 5a (35).
    expect(olivia.target?.label).toBe('5a');
    expect(olivia.targetSource).toBe('computed');
    expect(a.classFindings.map((f) => `${f.rule}:${f.message}`)).toEqual([
      'markbook/class-wide-weakness:AF3 is a relative weakness for 7 of 8 pupils (88%).',
    ]);
    expect(a.groups.map((g) => g.name)).toEqual([
      'AF3 (group 1 of 2)',
      'AF3 (group 2 of 2)',
      'AF5 (one pupil: support in class, or join another group)',
    ]);
    expect(a.diagnostics).toEqual([]);
  });

  it('GCSE 9-1 with fine grades, a teacher target column and a KS2 scaled-score baseline', () => {
    const a = analyseFixture('gcse-fine-grades-target.csv');
    expect(roleOf(a, 'Target Grade')).toMatchObject({ role: 'target', scale: 'gcse-9-1' });
    expect(roleOf(a, 'KS2 SS')).toMatchObject({ role: 'prior-attainment', scale: 'ks2-scaled' });
    expect(roleOf(a, 'Statistics')).toMatchObject({ role: 'focus', scale: 'percentage' });
    expect(roleOf(a, 'Candidate No')?.role).toBe('id');
    expect(a.assessments).toEqual(['Mock 1', 'Mock 2', 'PPE']);
    const tobi = pupilNamed(a, 'Adeyemi Tobi');
    expect(tobi).toMatchObject({
      id: '4001',
      targetSource: 'teacher',
      target: { label: '6' },
      latest: { label: '5+' },
    });
    // The KS2 score is on another scale, so the baseline is the first mock.
    expect(tobi.baseline?.label).toBe('5-');
    expect(pupilNamed(a, 'Brooks Hannah').assessments[1]!.grade).toMatchObject({
      label: 'Grade 7',
      points: 21,
    });
    expect(pupilNamed(a, 'Hart Sophie').assessments[0]!.grade).toBeNull();
    expect(a.diagnostics).toEqual([
      { cell: 'J4', value: '6/7', message: "J4: '6/7' read as between 6 and 7", severity: 'warning' },
    ]);
    // Most urgent first.
    // A U after 8-, 8 is a data query (absent, or not entered?), not a collapse.
    // On the line at 8 with two valid points: no stretch group, no forecast yet.
    expect(ruleIds(a, 'Gill Arjun')).toEqual(['markbook/data-query:zero']);
    expect(pupilNamed(a, 'Gill Arjun')).toMatchObject({ wave: 1, forecast: null });
    // Below at two points and stalled: wave 2 first; wave 3 waits for wave 2 not working.
    expect(pupilNamed(a, 'Dunn Megan').wave).toBe(2);
  });

  it('KS2 scaled scores as a baseline: high prior attainment counts as most able', () => {
    const a = analyseFixture('ks2-scaled-baseline.csv');
    expect(roleOf(a, 'KS2 Reading SS')).toMatchObject({ role: 'prior-attainment', scale: 'ks2-scaled' });
    expect(a.assessments).toEqual(['Term 1', 'Term 2', 'Term 3']);
    const freya = pupilNamed(a, 'Freya Hunt');
    expect(freya.priorAttainment).toMatchObject({ label: '120', points: 120, scale: 'ks2-scaled' });
    expect(pupilNamed(a, 'Freya Hunt').priorAttainment?.points).toBeGreaterThanOrEqual(110);
    // Falling from 5- to 4: catch-up, not "plan stretch".
    expect(rulesOf(ruleIds(a, 'Freya Hunt'))).toContain('markbook/falling');
    expect(rulesOf(ruleIds(a, 'Freya Hunt'))).not.toContain('markbook/most-able-not-stretched');
    expect(rulesOf(ruleIds(a, 'Theo Cole'))).not.toContain('markbook/most-able-not-stretched');
  });

  it('percentages with title rows above the headers, a summary row and attendance kept as fractions', () => {
    const a = analyseFixture('percentage-title-row.csv');
    expect(a.headerRow).toBe(4);
    expect(a.basis?.scale).toBe('percentage');
    expect(a.pupils.map((p) => p.row)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(pupilNamed(a, 'Harvey Moss').attendance).toBeCloseTo(93.1);
    expect(ruleIds(a, 'Jamal Osei')).toContain('markbook/persistent-absence:persistent');
    expect(pupilNamed(a, 'Nadia Rossi').latest?.label).toBe('69%');
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      "A12: 'Class average' looks like a summary row, not a pupil, so it was left out",
    ]);
  });

  it('an MIS export with first and last name columns, dated assessment columns and WTS/EXS/GDS', () => {
    const a = analyseFixture('first-last-names.csv');
    expect(roleOf(a, 'Legal Surname')?.role).toBe('last-name');
    expect(roleOf(a, 'Legal Forename')?.role).toBe('first-name');
    expect(a.basis?.scale).toBe('wts-exs-gds');
    expect(a.assessments).toEqual(['Dec 2025', 'Feb 2026', 'Apr 2026']);
    expect(a.pupils.map((p) => p.name)).toEqual([
      "Siobhan O'Connor",
      'James Smith',
      'Linh Nguyen',
      'Kai Taylor-Brown',
      'Ola Zielinska',
      'Sam Abbott, Jr',
    ]);
    expect(pupilNamed(a, "Siobhan O'Connor")).toMatchObject({ id: 'B123', status: 'above' });
    expect(pupilNamed(a, 'Ola Zielinska').latest).toMatchObject({ label: 'Expected', points: 6 });
    expect(a.diagnostics).toEqual([]);
  });

  it('intervention columns with start dates and terms, and attendance from sessions', () => {
    const a = analyseFixture('intervention-columns.csv');
    expect(roleOf(a, 'Intervention start')?.role).toBe('intervention-start');
    expect(pupilNamed(a, 'Bella Irwin').attendance).toBeCloseTo(97.5);
    expect(pupilNamed(a, 'Ellie Lowe').intervention).toBeNull();
    const callum = pupilNamed(a, 'Callum Jakes');
    expect(callum.intervention).toBe('Maths booster (wave 2)');
    expect(ruleIds(a, 'Callum Jakes')).toContain('markbook/intervention-not-working:notImproved');
    expect(callum.wave).toBe(3);
    expect(ruleIds(a, 'Felix Moore')).toEqual(
      expect.arrayContaining([
        'markbook/intervention-not-working:noGainUnknownStart',
        'markbook/wider-needs:dropAndLowAttendance',
      ]),
    );
    // Gaining since the catch-up group started: not escalated.
    expect(ruleIds(a, 'Abdi Hassan')).not.toContain('markbook/intervention-not-working:notImproved');
  });

  it('a markbook full of bad cells: every one reported by address, the rest analysed', () => {
    const a = analyseFixture('bad-cells.csv');
    expect(a.headerRow).toBe(2);
    expect(a.pupils.map((p) => p.name)).toEqual([
      'Amy Able',
      'Ben Broken',
      'Cara Clean',
      'Dev Dots',
      'Erin Empty',
    ]);
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      'A6: row 6 has entries but no pupil name, so it was left out',
      "A9: 'Class average' looks like a summary row, not a pupil, so it was left out",
      "F4: 'maybe' is not a yes/no value for EAL",
      "E4: 'ninety' is not an attendance percentage (0-100)",
      "B4: '4bb' is not a NC sub-level (e.g. 4c, 4b, 4a)",
      "C4: '5d' is not a NC sub-level (e.g. 4c, 4b, 4a)",
      "E5: '101' is not an attendance percentage (0-100)",
      "C5: '5a+' read as 5a (National Curriculum levels has no + grades)",
      "D5: '6/7' read as between 6 and 7",
      "B7: '??' is not a NC sub-level (e.g. 4c, 4b, 4a)",
    ]);
    expect(pupilNamed(a, 'Amy Able').assessments.map((x) => x.grade?.points)).toEqual([27, 27, 29]);
    expect(pupilNamed(a, 'Ben Broken').latest?.label).toBe('4c');
    expect(ruleIds(a, 'Dev Dots')).toContain('markbook/no-recent-assessment:never');
  });

  it('a TSV of US letter grades with quarters and strands', () => {
    const a = analyseFixture('us-letter-grades.tsv');
    expect(a.basis?.scale).toBe('us-letter');
    expect(a.assessments).toEqual(['Quarter 1', 'Quarter 2', 'Quarter 3']);
    expect(roleOf(a, 'Reading')).toMatchObject({ role: 'focus', scale: 'us-letter' });
    // C+, C, C- against C+: within a letter of the target, but falling.
    expect(pupilNamed(a, 'Taylor Kim')).toMatchObject({ status: 'on', wave: 2 });
    expect(a.diagnostics).toEqual([]);
  });

  it('marks out of 20 on a school scale from the settings, with one fixed target', () => {
    const a = analyseFixture('marks-out-of-20.csv', 'marks-out-of-20.settings.json');
    expect(a.basis).toMatchObject({ scale: 'quiz20', model: 'flat' });
    expect(pupilNamed(a, 'Rob Stone')).toMatchObject({
      target: { label: '10' },
      targetSource: 'fixed',
      status: 'well-below',
    });
    expect(pupilNamed(a, 'Tom Urwin').status).toBe('on');
    expect(pupilNamed(a, 'Sue Tate').status).toBe('above');
  });

  it('the same marks without settings are read as marks out of 20 (percentages)', () => {
    const a = analyseFixture('marks-out-of-20.csv');
    expect(roleOf(a, 'Quiz 1 (/20)')).toMatchObject({ role: 'assessment', scale: 'marks' });
    expect(pupilNamed(a, 'Pat Quill').latest).toMatchObject({ label: '16/20', points: 80 });
  });

  it('a SIMS/Arbor export: legal surname, preferred forename, True/False and Yes/No flags', () => {
    const a = analyseFixture('sims-arbor-export.csv');
    expect(roleOf(a, 'Preferred Forename')?.role).toBe('first-name');
    expect(roleOf(a, 'Reg Group')?.role).toBe('ignore');
    expect(roleOf(a, 'KS2 Maths Scaled Score')).toMatchObject({
      role: 'prior-attainment',
      scale: 'ks2-scaled',
    });
    expect(a.assessments).toEqual(['Y9 Aut Assessment', 'Y9 Spr Assessment', 'Y9 Sum Assessment']);
    expect(a.pupils.map((p) => p.name)).toEqual([
      'Yusuf Ahmed',
      'Ellie Baker',
      'Jack Cooper',
      'Thandi Dlamini',
      'Rhys Evans',
      'Molly Fraser',
      'Pawel Gorecki',
      'Isla Hughes',
    ]);
    expect(pupilNamed(a, 'Ellie Baker').attributes).toMatchObject({
      sen: 'support',
      disadvantaged: true,
      eal: false,
    });
    expect(pupilNamed(a, 'Jack Cooper').attributes.sen).toBe('ehcp');
    expect(pupilNamed(a, 'Yusuf Ahmed').attributes).toMatchObject({ eal: true, disadvantaged: false });
    expect(a.diagnostics).toEqual([]);
  });

  it('an MIS export with legal and preferred names: the preferred name is used, whichever column comes first', () => {
    const a = analyseFixture('legal-preferred-names.csv');
    expect(roleOf(a, 'Legal Forename')?.role).toBe('first-name');
    expect(roleOf(a, 'Preferred Surname')?.role).toBe('last-name');
    // A blank preferred name falls back to the legal one.
    expect(a.pupils.map((p) => p.name)).toEqual([
      'Sasha Petrov',
      'Seun Adeyemi',
      'Mary-Kate Byrne',
      'Zee Hussain',
    ]);
    expect(a.diagnostics).toEqual([]);
  });

  it('percentages written "67%" in some cells and 0.67 in others', () => {
    const a = analyseFixture('mixed-percent-formats.csv');
    expect(a.basis?.scale).toBe('percentage');
    expect(pupilNamed(a, 'Aaron Blake').assessments.map((x) => x.grade?.label)).toEqual([
      '67%',
      '71%',
      '74%',
      '70%',
    ]);
    expect(pupilNamed(a, 'Bethany Cole')).toMatchObject({
      baseline: { points: 45 },
      target: { label: '45%' },
    });
    // A test score under its target is below it: 49% against 58%.
    expect(pupilNamed(a, 'Demi Evans').status).toBe('below');
    // Every fraction is read, and said so by its address.
    expect(a.diagnostics).toHaveLength(14);
    expect(a.diagnostics[0]).toEqual({
      cell: 'D2',
      value: '0.71',
      message: "D2: '0.71' read as 71% (a fraction of 1 among percentages)",
      severity: 'warning',
    });
  });

  it('a primary writing tracker with WTS/EXS/GDS and + / - within each standard', () => {
    const a = analyseFixture('primary-writing-tracker.csv');
    expect(a.headerRow).toBe(4);
    expect(a.basis?.scale).toBe('wts-exs-gds');
    expect(roleOf(a, 'End KS1 Writing')).toMatchObject({ role: 'prior-attainment', scale: 'wts-exs-gds' });
    expect(pupilNamed(a, 'Ava Bennett').assessments.map((x) => x.grade?.points)).toEqual([6, 7, 8]);
    // From EXS at KS1 to WTS: a whole standard (one step) below expected, and falling.
    expect(pupilNamed(a, 'Harry Iqbal')).toMatchObject({ status: 'below', trend: 'falling' });
    // EXS- against an expected EXS is within one step.
    expect(pupilNamed(a, 'Freddie Green').status).toBe('on');
    // WTS+ against a WTS target is within the band: on, and rising (a band over would be above).
    expect(pupilNamed(a, 'Bilal Chaudhry')).toMatchObject({ status: 'on', trend: 'rising' });
    expect(a.diagnostics).toEqual([]);
  });

  it('raw marks with a row of maximum marks under the headers', () => {
    const a = analyseFixture('science-max-marks-row.csv');
    expect(a.basis?.scale).toBe('marks');
    expect(roleOf(a, 'Required practical')).toMatchObject({ role: 'assessment', scale: 'marks' });
    expect(a.assessments).toEqual(['Cells test', 'Particles test', 'Energy test', 'Required practical']);
    // The "Out of:" row is not a pupil.
    expect(a.pupils.map((p) => p.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(pupilNamed(a, 'Amara Obi').assessments.map((x) => x.grade?.label)).toEqual([
      '32/40',
      '28/35',
      '41/50',
      '17/20',
    ]);
    expect(pupilNamed(a, 'Gemma Usher').assessments[1]!.grade).toBeNull();
    expect(pupilNamed(a, 'Finn Tate').status).toBe('well-below');
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      "A2: 'Out of:' gives each column's maximum mark, so row 2 was read as that, not as a pupil",
    ]);
  });

  it('two header rows: a banner row "Autumn | Spring" above "Test 1 | Test 2"', () => {
    const a = analyseFixture('two-header-rows.csv');
    expect(a.headerRow).toBe(2);
    expect(a.assessments).toEqual(['Autumn Test 1', 'Autumn Test 2', 'Spring Test 1', 'Spring Test 2']);
    expect(roleOf(a, 'Attendance')?.role).toBe('attendance');
    expect(a.pupils.map((p) => p.row)).toEqual([3, 4, 5, 6, 7, 8]);
    // Every test is read, those under the blank banner cells too.
    expect(pupilNamed(a, 'Caleb Dunn').assessments.map((x) => x.grade?.label)).toEqual([
      '45%',
      '41%',
      '38%',
      '35%',
    ]);
    // Each drop is under half a step, but together they come to one: a steady fall.
    expect(ruleIds(a, 'Caleb Dunn')).toContain('markbook/falling:sustainedFall');
    expect(pupilNamed(a, 'Farah Gill')).toMatchObject({ latest: { label: '55%' }, status: 'above' });
    expect(a.diagnostics).toEqual([]);
  });

  it('a GCSE tracker with working-at grades (WAG) by term beside FFT and MEG targets', () => {
    const a = analyseFixture('gcse-wag-tracker.csv');
    expect(roleOf(a, 'FFT Target')).toMatchObject({ role: 'target', scale: 'gcse-9-1' });
    expect(roleOf(a, 'MEG')?.role).toBe('target');
    // What the pupil is working at each term is an assessment point, not a target.
    expect(roleOf(a, 'Aut WAG')).toMatchObject({ role: 'assessment', scale: 'gcse-9-1' });
    expect(a.assessments).toEqual(['Aut WAG', 'Spr WAG', 'Sum WAG']);
    expect(pupilNamed(a, 'Ali, Imran')).toMatchObject({
      targetSource: 'teacher',
      target: { label: '6' },
      baseline: { label: '4' },
      latest: { label: '5-' },
    });
    expect(pupilNamed(a, 'Clarke, Owen').status).toBe('well-below');
    // The undated "Current WAG" is the teacher's judgement now, not a fourth point.
    // Only one target column sets the targets; the other is named, not dropped silently.
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      "J1: 'Current WAG' is a current judgement with no date, so it is not counted as another assessment point; progress is judged on the dated or numbered points",
      "F1: 'MEG' is another target column; targets come from 'FFT Target' (to use this one, set 'FFT Target' to \"ignore\" in the settings' columns)",
    ]);
  });

  it('beside two target columns, the settings choose which sets the targets', () => {
    const a = analyseFixture('gcse-wag-tracker.csv', 'gcse-wag-tracker.meg.settings.json');
    expect(pupilNamed(a, 'Ali, Imran').target).toMatchObject({ label: '5' });
    expect(a.diagnostics.map((d) => d.cell)).toEqual(['J1']);
  });

  it('a KS4 tracker with UK dates as headers and a "Current Working At" column', () => {
    const a = analyseFixture('ks4-tracker-dates.csv');
    expect(roleOf(a, 'Target')).toMatchObject({ role: 'target', scale: 'gcse-9-1' });
    // The dated points, in date order; the undated current judgement is not a fourth point.
    expect(a.assessments).toEqual(['12/10/2026', '23/11/2026', '25/01/2027']);
    const liam = pupilNamed(a, 'Quinn, Liam');
    expect(liam).toMatchObject({ targetSource: 'teacher', latest: { label: '2+' }, status: 'below' });
    // Below and falling: small-group catch-up, not straight to one-to-one.
    expect(liam.wave).toBe(2);
    expect(pupilNamed(a, 'Reid, Sophie').status).toBe('on');
    expect(a.diagnostics.map((d) => d.cell)).toEqual(['K1', 'J1']);
    expect(a.diagnostics[0]!.message).toBe(
      "K1: 'Predicted' is a prediction, neither attainment nor a target, so its 7 entries were not read (the settings can say what it holds)",
    );
    expect(a.diagnostics[1]!.message).toBe(
      "J1: 'Current Working At' is a current judgement with no date, so it is not counted as another assessment point; progress is judged on the dated or numbered points",
    );
  });
});

describe('what each assessment point held', () => {
  it('keeps the text and A1 cell of every point, parallel to the grades, so a marker is not lost as a gap', () => {
    const values = [
      ['Name', 'Autumn', 'Spring', 'Summer'],
      ['Ava Shah', '5', 'ABS', ''],
      ['Ben Cole', 'TBC', '4', '6'],
      ['Cara Ode', '6', '5', 'X'],
    ];
    const read = readMarkbook(values, {});
    expect(read.pupils.map((p) => p.entries)).toEqual([
      [
        { text: '5', cell: 'B2' },
        { text: 'ABS', cell: 'C2' },
        { text: '', cell: 'D2' },
      ],
      [
        { text: 'TBC', cell: 'B3' },
        { text: '4', cell: 'C3' },
        { text: '6', cell: 'D3' },
      ],
      [
        { text: '6', cell: 'B4' },
        { text: '5', cell: 'C4' },
        { text: 'X', cell: 'D4' },
      ],
    ]);
    expect(read.pupils[0]!.grades.map((g) => g?.label ?? null)).toEqual(['5', null, null]);
  });
});

describe('long runs in cells', () => {
  it('reads a 5, a million spaces and an x as an unreadable entry, in a grade and in an attendance column', () => {
    const long = `5${' '.repeat(1_000_000)}x`;
    const read = readMarkbook(
      [
        ['Name', 'Autumn %', 'Spring %', 'Attendance %'],
        ['Ava Shah', '55', long, long],
        ['Ben Cole', '60', '64', `96${' '.repeat(1_000_000)}%`],
      ],
      {},
    );
    expect(read.diagnostics.map((d) => [d.cell, d.severity])).toEqual([
      ['D2', 'error'],
      ['C2', 'error'],
    ]);
    expect(read.pupils[0]!.grades.map((g) => g?.points ?? null)).toEqual([55, null]);
    expect(read.pupils[1]!.attendance).toEqual([96]);
  });
});

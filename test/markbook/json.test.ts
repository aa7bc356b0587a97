import { describe, expect, it } from 'vitest';
import { analyseMarkbook, markbookToJson } from '../../shared/markbook/index';

describe('markbookToJson', () => {
  it('gives every field, null where unknown, for a markbook with no grades yet', () => {
    const json = markbookToJson(
      analyseMarkbook([
        ['Name', 'EAL'],
        ['Amy', 'Y'],
      ]),
    );
    expect(json.basis).toBeNull();
    expect(json.pupils).toEqual([
      {
        row: 2,
        name: 'Amy',
        subject: null,
        id: null,
        attributes: {
          sen: 'none',
          eal: true,
          disadvantaged: false,
          mostAble: false,
          lookedAfter: false,
          gender: null,
        },
        priorAttainment: null,
        baseline: null,
        latest: null,
        target: null,
        targetSource: 'none',
        targetNote: null,
        expectedNow: null,
        progress: null,
        status: 'unknown',
        againstTarget: { standing: 'unknown', gap: null },
        forecast: null,
        dataQueries: [],
        trend: 'unknown',
        attendance: null,
        intervention: null,
        wave: null,
        waveReasons: [
          'No wave: no status could be judged, because the scale could not be read (see the summary for the fix).',
        ],
        pastoralReferral: false,
        weakestFocus: null,
        flags: [],
        curricularTargets: {
          longTerm: 'No long-term target yet: record a baseline or a target so one can be set.',
          mediumTerm: 'Secure the key ideas of the current unit of work.',
          shortTerm:
            'In the next few lessons, show what you know in a short assessment so that a starting point can be set.',
        },
        assessments: [],
      },
    ]);
  });

  it('names each flag with its rule, guidance, citation, response and cell', () => {
    const json = markbookToJson(
      analyseMarkbook([
        ['Name', 'Aut 1', 'Aut 2', 'Attendance'],
        ['Ben', '4b', '3a', '45'],
      ]),
    );
    expect(json.pupils[0]!.flags.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ['markbook/severe-absence', 'urgent', null],
      ['markbook/well-below-trajectory', 'urgent', 'C2'],
      ['markbook/wider-needs', 'urgent', 'C2'],
      ['markbook/falling', 'warning', 'C2'],
    ]);
    expect(json.pupils[0]!.flags.every((f) => f.messageId.length > 0)).toBe(true);
    const flag = json.pupils[0]!.flags[0]!;
    expect(flag.guidance).toBe('wider-needs/early-identification');
    expect(flag.citation).toContain('Supporting children');
    expect(flag.response).toMatch(/personal tutor/);
    expect(json.pupils[0]!.assessments.map((a) => a.cell)).toEqual(['B2', 'C2']);
  });
});

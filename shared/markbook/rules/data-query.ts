import { defineRule } from '../../rule';
import { type PupilSubject, pupilWhere } from '../subject';

const hasDigit = (value: string | null) => value !== null && /\d/.test(value.slice(0, 100));

/**
 * Entries to check before anyone acts on them: a blank or ABS between entries, a 0 or U, one
 * extreme entry its neighbours contradict (70, 0, 68). They are kept out of status and waves;
 * a data lead asks "absent, or not entered?" before reading them as attainment.
 */
export const dataQuery = defineRule<
  PupilSubject,
  'gap' | 'absent' | 'zero' | 'outlier' | 'zeroAfterFall' | 'notAGrade'
>({
  id: 'markbook/data-query',
  title: 'Check this entry',
  guidance: 'targets/regular-data',
  severity: 'info',
  messages: {
    gap: 'Check {cell} ({assessment}): {what} between entries (absent, or not entered?), so it is left out of status.',
    // A '55' in a column of grades, a 45 in a /25 column: a typo, not an absence.
    notAGrade:
      "Check {cell} ({assessment}): '{value}' is not a grade on this scale (a typo?), so it is left out of status until it is corrected.",
    absent:
      "Check {cell} ({assessment}): '{value}' is no grade (absent, or not entered?): arrange a catch-up, or record why, so the pupil is judged on all the points.",
    zero: 'Check {cell} ({assessment}): {value} is more often a missed test than attainment (absent, or not entered?), so it is left out of status.',
    outlier:
      'Check {cell} ({assessment}): {value} is far from the entries either side of it, which agree; a slip or a missed test? It is left out of status.',
    zeroAfterFall:
      'Check {cell} ({assessment}): {value} after a fall: the fall is flagged, but confirm the pupil sat it (absent, or not entered?).',
  },
  response:
    'Confirm the entry with the class teacher: record ABS for an absence, or correct the mark, then re-run.',
  check(pupil) {
    return pupil.dataQueries.map((query) => ({
      messageId: query.kind === 'gap' && hasDigit(query.value) ? 'notAGrade' : query.kind,
      data: {
        cell: query.cell,
        assessment: query.assessment,
        value: query.value ?? '',
        what: query.value === null ? 'no grade' : `'${query.value}'`,
      },
      where: pupilWhere(pupil, query.cell),
      ...(query.value === null ? {} : { quote: query.value }),
    }));
  },
});

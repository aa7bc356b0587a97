import { defineRule } from '../../rule';
import { oneDecimal } from '../stats';
import type { PupilSubject } from '../subject';
import { pupilWhere } from '../subject';

/** England counts a pupil missing 10% or more of sessions as persistently absent (90% attendance or less). */
export const persistentAbsence = defineRule<PupilSubject, 'persistent' | 'low'>({
  id: 'markbook/persistent-absence',
  title: 'Persistent absence',
  guidance: 'targets/other-data',
  severity: 'warning',
  messages: {
    persistent: 'Attendance is {attendance}%: missing 10% or more of sessions is persistent absence.',
    low: 'Attendance is {attendance}%, under {line}%: the pupil misses at least one day in five.',
  },
  response:
    'Share the attendance picture with the pastoral team and the family; plan how the pupil will catch up on missed learning rather than judge attainment alone.',
  check(pupil) {
    const current = pupil.attendance[pupil.attendance.length - 1];
    const { persistentAbsence: line, lowAttendance, severeAbsence } = pupil.thresholds;
    // Missing 10% or more of sessions: 90% itself is persistent absence. A pupil under the severe
    // line is persistently absent too, and the severe-absence rule says the rest.
    if (current === undefined || current > line + 1e-9) return [];
    const where = pupilWhere(pupil);
    if (current < lowAttendance && current >= severeAbsence) {
      return [{ messageId: 'low', data: { attendance: oneDecimal(current), line: lowAttendance }, where }];
    }
    return [{ messageId: 'persistent', data: { attendance: oneDecimal(current), line }, where }];
  },
});

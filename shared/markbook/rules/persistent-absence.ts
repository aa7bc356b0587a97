import { defineRule } from '../../rule';
import { oneDecimal } from '../stats';
import type { PupilSubject } from '../subject';
import { pupilWhere } from '../subject';

/** England counts a pupil missing 10% or more of sessions as persistently absent (attendance under 90%). */
export const persistentAbsence = defineRule<PupilSubject, 'persistent' | 'low'>({
  id: 'markbook/persistent-absence',
  title: 'Persistent absence',
  guidance: 'targets/other-data',
  severity: 'warning',
  messages: {
    persistent: 'Attendance is {attendance}%, under the {line}% persistent-absence line.',
    low: 'Attendance is {attendance}%, under {line}%: the pupil misses at least one day in five.',
  },
  response:
    'Share the attendance picture with the pastoral team and the family; plan how the pupil will catch up on missed learning rather than judge attainment alone.',
  check(pupil) {
    const current = pupil.attendance[pupil.attendance.length - 1];
    const { persistentAbsence: line, lowAttendance, severeAbsence } = pupil.thresholds;
    // A pupil under the severe line is persistently absent too; the severe-absence rule says the rest.
    if (current === undefined || current >= line) return [];
    const where = pupilWhere(pupil);
    if (current < lowAttendance && current >= severeAbsence) {
      return [{ messageId: 'low', data: { attendance: oneDecimal(current), line: lowAttendance }, where }];
    }
    return [{ messageId: 'persistent', data: { attendance: oneDecimal(current), line }, where }];
  },
});

import { defineRule } from '../../rule';
import { oneDecimal } from '../stats';
import type { PupilSubject } from '../subject';
import { pupilWhere } from '../subject';

/** England's severe-absence line: missing half of all sessions or more. */
export const severeAbsence = defineRule<PupilSubject, 'severe'>({
  id: 'markbook/severe-absence',
  title: 'Severe absence',
  guidance: 'wider-needs/early-identification',
  severity: 'urgent',
  messages: {
    severe: 'Attendance is {attendance}%, under the {line}% severe-absence line.',
  },
  response:
    'Raise it with the designated lead and the personal tutor today: the barrier is beyond the classroom, and the pupil will need a plan to re-engage and catch up.',
  check(pupil) {
    const current = pupil.attendance[pupil.attendance.length - 1];
    const line = pupil.thresholds.severeAbsence;
    if (current === undefined || current >= line) return [];
    return [
      {
        messageId: 'severe',
        data: { attendance: oneDecimal(current), line },
        where: pupilWhere(pupil),
      },
    ];
  },
});

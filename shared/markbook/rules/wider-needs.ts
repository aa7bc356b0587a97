import { defineRule } from '../../rule';
import { oneDecimal } from '../stats';
import { cellOf, type PupilSubject, pupilWhere } from '../subject';

/** A sharp drop in attainment with attendance falling or low: the cause may lie beyond the classroom. */
export const widerNeeds = defineRule<PupilSubject, 'dropAndFallingAttendance' | 'dropAndLowAttendance'>({
  id: 'markbook/wider-needs',
  title: 'Attainment and attendance both falling',
  guidance: 'wider-needs/personal-tutor',
  severity: 'urgent',
  messages: {
    dropAndFallingAttendance:
      'Attainment dropped to {label} at {latest} while attendance fell from {attendanceBefore}% to {attendanceNow}%.',
    dropAndLowAttendance: 'Attainment dropped to {label} at {latest} and attendance is {attendanceNow}%.',
  },
  response:
    'Look beyond the classroom: talk to the personal tutor or pastoral lead, consider a wider assessment of needs, and involve the family early.',
  check(pupil) {
    const { readings, scale, attendance, thresholds } = pupil;
    const n = readings.length;
    const latest = readings[n - 1];
    const previous = readings[n - 2];
    if (scale === null || latest === undefined || previous === undefined) return [];
    const sharp = thresholds.sharpDropSteps * scale.step;
    const twoBack = readings[n - 3];
    const dropped =
      previous.grade.points - latest.grade.points >= sharp ||
      (twoBack !== undefined &&
        twoBack.grade.points - latest.grade.points >= sharp &&
        previous.grade.points >= latest.grade.points);
    if (!dropped) return [];
    const now = attendance[attendance.length - 1];
    const before = attendance[attendance.length - 2];
    const where = pupilWhere(pupil, cellOf(pupil, latest));
    const data = { label: latest.grade.label, latest: latest.assessment };
    if (now !== undefined && before !== undefined && before - now >= 1) {
      return [
        {
          messageId: 'dropAndFallingAttendance',
          data: { ...data, attendanceBefore: oneDecimal(before), attendanceNow: oneDecimal(now) },
          where,
        },
      ];
    }
    if (now !== undefined && before === undefined && now < thresholds.persistentAbsence) {
      return [
        { messageId: 'dropAndLowAttendance', data: { ...data, attendanceNow: oneDecimal(now) }, where },
      ];
    }
    return [];
  },
});

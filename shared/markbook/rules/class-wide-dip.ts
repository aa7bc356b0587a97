import { defineRule } from '../../rule';
import type { ClassSubject } from '../subject';

/**
 * One assessment the whole class did far worse on than on the others (a class mean 15 points
 * or more under the rest): the paper or the mark scheme, not ten pupils' failings. It is set
 * aside for every pupil, never for one, until it is checked.
 */
export const classWideDip = defineRule<ClassSubject, 'classDip'>({
  id: 'markbook/class-wide-dip',
  title: 'The whole class dipped on one assessment',
  guidance: 'assessment/class-wide-weakness',
  severity: 'warning',
  messages: {
    classDip:
      '{assessment}: the class averaged {mean}% against {others}% on the other assessments, so it is left out of every pupil’s status and trend until the paper or the mark scheme is checked.',
  },
  response:
    'Check the paper, the mark scheme and the marking with the department; if the scores stand, reteach the content to the whole class (wave 1), and re-run.',
  check(subject) {
    return subject.dips.map((dip) => ({
      messageId: 'classDip' as const,
      data: { assessment: dip.assessment, mean: dip.mean, others: dip.others },
      where: { kind: 'markbook' as const, row: subject.headerRow, cell: dip.cell },
    }));
  },
});

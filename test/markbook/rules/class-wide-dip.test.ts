import { classWideDip } from '../../../shared/markbook/rules/class-wide-dip';
import { testRule } from '../../support/rule-tester';
import { classSubject } from '../support';

const withDips = (dips: { assessment: string; cell: string; mean: number; others: number }[]) => ({
  ...classSubject([]),
  dips,
});

testRule(classWideDip, withDips, {
  valid: [{ name: 'no assessment the whole class dipped on', input: [] }],
  invalid: [
    {
      name: 'the class averaged 42% on one paper against 65% elsewhere',
      input: [{ assessment: 'Source Q (/12)', cell: 'G3', mean: 42, others: 65 }],
      messages: [{ messageId: 'classDip', cell: 'G3' }],
    },
  ],
});

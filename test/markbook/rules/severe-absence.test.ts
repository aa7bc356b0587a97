import { severeAbsence } from '../../../shared/markbook/rules/severe-absence';
import { testRule } from '../../support/rule-tester';
import { pupilSubject } from '../support';

testRule(severeAbsence, pupilSubject, {
  valid: [
    { name: 'no attendance recorded', input: {} },
    { name: 'exactly 50%', input: { attendance: [50] } },
    { name: 'persistent but not severe', input: { attendance: [70] } },
  ],
  invalid: [
    {
      name: 'under half of sessions',
      input: { attendance: [60, 49.5] },
      messages: [{ messageId: 'severe', row: 5 }],
    },
  ],
});

import { persistentAbsence } from '../../../shared/markbook/rules/persistent-absence';
import { testRule } from '../../support/rule-tester';
import { pupilSubject } from '../support';

testRule(persistentAbsence, pupilSubject, {
  valid: [
    { name: 'no attendance recorded', input: {} },
    { name: 'exactly 90% is not under the line', input: { attendance: [90] } },
    { name: 'good attendance now after a poor term', input: { attendance: [85, 96.5] } },
  ],
  invalid: [
    { name: 'under 90%', input: { attendance: [89.9] }, messages: [{ messageId: 'persistent', row: 5 }] },
    { name: 'under 80%', input: { attendance: [95, 72] }, messages: ['low'] },
    {
      name: 'severe absence is persistent absence too (the severe-absence rule says the rest)',
      input: { attendance: [45] },
      messages: ['persistent'],
    },
  ],
});

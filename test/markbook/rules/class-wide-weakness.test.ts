import { classWideWeakness } from '../../../shared/markbook/rules/class-wide-weakness';
import { testRule } from '../../support/rule-tester';
import { classSubject } from '../support';

testRule(classWideWeakness, classSubject, {
  valid: [
    { name: 'no foci', input: [] },
    { name: 'a weakness for a few pupils', input: [['AF3', 28, 6]] },
    { name: 'too few pupils assessed to say', input: [['AF3', 3, 3]] },
  ],
  invalid: [
    {
      name: 'most of the class weak in one focus',
      input: [
        ['AF2', 28, 4],
        ['AF3', 28, 17],
      ],
      messages: [{ messageId: 'sharedWeakness', cell: 'L3' }],
    },
    { name: 'exactly half counts', input: [['Algebra', 20, 10]], messages: ['sharedWeakness'] },
  ],
});

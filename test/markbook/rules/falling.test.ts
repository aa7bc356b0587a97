import { falling } from '../../../shared/markbook/rules/falling';
import { testRule } from '../../support/rule-tester';
import { pupilSubject, track } from '../support';

testRule(falling, pupilSubject, {
  valid: [
    { name: 'rising', input: { readings: track(['4c', 'on'], ['4b', 'on'], ['4a', 'on']) } },
    {
      name: 'one dip of a sub-level is not a fall',
      input: { readings: track(['4b', 'on'], ['4a', 'on'], ['4b', 'on']) },
    },
    { name: 'dip then recovery', input: { readings: track(['4b', 'on'], ['4c', 'on'], ['4b', 'on']) } },
    { name: 'only one reading', input: { readings: track(['4b', 'on']) } },
    {
      name: 'no scale to judge on',
      input: { scale: null, readings: track(['5c', 'on'], ['4b', 'on'], ['4c', 'on']) },
    },
  ],
  invalid: [
    {
      name: 'fell at two points in a row',
      input: { readings: track(['5c', 'on'], ['4a', 'on'], ['4b', 'below', '5c']) },
      messages: [{ messageId: 'twoDrops', cell: 'F5' }],
    },
    {
      name: 'a sharp drop of two sub-levels at once',
      input: { readings: track(['4b', 'on'], ['5c', 'on'], ['4b', 'below', '5b']) },
      messages: ['sharpDrop'],
    },
  ],
});

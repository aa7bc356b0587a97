import { dataQuery } from '../../../shared/markbook/rules/data-query';
import { testRule } from '../../support/rule-tester';
import { pupilSubject } from '../support';

const query = (
  kind: 'gap' | 'absent' | 'zero' | 'outlier' | 'zeroAfterFall',
  cell: string,
  value: string | null,
) => ({
  kind,
  assessment: 'Spring 1',
  cell,
  value,
});

testRule(dataQuery, pupilSubject, {
  valid: [{ name: 'no entries to check', input: {} }],
  invalid: [
    {
      name: 'a blank or ABS between entries',
      input: { dataQueries: [query('gap', 'F5', 'ABS')] },
      messages: [{ messageId: 'gap', row: 5, cell: 'F5' }],
    },
    {
      name: 'an ABS before the first grade or after the last',
      input: { dataQueries: [query('absent', 'D5', 'ABS')] },
      messages: [{ messageId: 'absent', cell: 'D5' }],
    },
    {
      name: "a number that is no grade ('55' among GCSE grades, 45 in a /25 column): a typo, not an absence",
      input: { dataQueries: [query('gap', 'F5', '55')] },
      messages: [{ messageId: 'notAGrade', cell: 'F5' }],
    },
    { name: 'a 0 or U', input: { dataQueries: [query('zero', 'F5', 'U')] }, messages: ['zero'] },
    {
      name: 'an extreme entry its neighbours contradict (70, 0, 68)',
      input: { dataQueries: [query('outlier', 'F5', '7')] },
      messages: ['outlier'],
    },
    {
      name: 'a U at the latest point after a fall is a query as well as a fall',
      input: { dataQueries: [query('zeroAfterFall', 'G5', 'U')] },
      messages: [{ messageId: 'zeroAfterFall', cell: 'G5' }],
    },
    {
      name: 'each entry to check is its own report, in order',
      input: { dataQueries: [query('gap', 'E5', null), query('zero', 'G5', '0')] },
      messages: ['gap', 'zero'],
    },
  ],
});

import { noRecentAssessment } from '../../../shared/markbook/rules/no-recent-assessment';
import { testRule } from '../../support/rule-tester';
import { pupilSubject, track } from '../support';

const classPoints = (assessed: boolean[]) =>
  assessed.map((a, i) => ({ assessment: `Point ${i + 1}`, assessed: a }));

testRule(noRecentAssessment, pupilSubject, {
  valid: [
    { name: 'class has no assessments yet', input: { classPoints: [] } },
    { name: 'assessed at the latest point', input: { readings: track(['4b', 'on'], ['4a', 'on']) } },
    {
      name: 'missed an earlier point only',
      input: { readings: track(['4a', 'on']), classPoints: classPoints([false, true]) },
    },
  ],
  invalid: [
    {
      name: 'never assessed',
      input: { classPoints: classPoints([false, false]) },
      messages: [{ messageId: 'never', cell: 'A5' }],
    },
    {
      name: 'missing the latest point',
      input: { readings: track(['4b', 'on']), classPoints: classPoints([true, false]) },
      messages: ['missingLatest'],
    },
  ],
});

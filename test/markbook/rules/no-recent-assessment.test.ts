import { noRecentAssessment } from '../../../shared/markbook/rules/no-recent-assessment';
import { testRule } from '../../support/rule-tester';
import { pupilSubject, track } from '../support';

const latest = (assessed: boolean) => ({ latestClassPoint: { assessment: 'Spring 2', assessed } });

testRule(noRecentAssessment, pupilSubject, {
  valid: [
    { name: 'class has no assessments yet', input: { latestClassPoint: null } },
    { name: 'assessed at the latest point', input: { readings: track(['4b', 'on'], ['4a', 'on']) } },
    {
      name: 'assessed at the latest point, whatever came before',
      input: { readings: track(['4a', 'on']), ...latest(true) },
    },
  ],
  invalid: [
    {
      name: 'never assessed',
      input: latest(false),
      messages: [{ messageId: 'never', cell: 'A5' }],
    },
    {
      name: 'missing the latest point',
      input: { readings: track(['4b', 'on']), ...latest(false) },
      messages: ['missingLatest'],
    },
  ],
});

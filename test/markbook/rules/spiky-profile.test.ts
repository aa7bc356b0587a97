import { spikyProfile } from '../../../shared/markbook/rules/spiky-profile';
import { testRule } from '../../support/rule-tester';
import { foci, pupilSubject } from '../support';

testRule(spikyProfile, pupilSubject, {
  valid: [
    { name: 'no foci', input: {} },
    { name: 'two foci are not a profile', input: { foci: foci(['AF2', '5b'], ['AF3', '3b']) } },
    {
      name: 'an even profile',
      input: { foci: foci(['AF2', '5b'], ['AF3', '5c'], ['AF4', '5b'], ['AF5', '5a']) },
    },
    {
      name: 'one sub-level lower is not spiky',
      input: { foci: foci(['AF2', '5b'], ['AF3', '5c'], ['AF4', '5b']) },
    },
  ],
  invalid: [
    {
      name: 'one focus two sub-levels below the rest',
      input: { foci: foci(['AF2', '5b'], ['AF3', '4a'], ['AF4', '5b'], ['AF5', '5a']) },
      messages: [{ messageId: 'weakFocus', cell: 'L5' }],
    },
    {
      name: 'two weak foci are both reported',
      input: {
        foci: foci(
          ['Reading', '3a'],
          ['Writing', '5b'],
          ['Spelling', '5b'],
          ['Grammar', '3a'],
          ['Speaking', '5a'],
        ),
      },
      messages: ['weakFocus', 'weakFocus'],
    },
  ],
});

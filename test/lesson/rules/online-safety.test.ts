import { onlineSafety } from '../../../shared/lesson/rules/online-safety';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(onlineSafety, plan, {
  valid: [
    { name: 'no websites visited', input: wellPlanned, strengths: [] },
    {
      name: 'safe sites visited live are not flagged',
      input: [
        'LO: To recognise a safe website',
        'Main: visit the BBC Bitesize site together and find the quiz',
      ],
      strengths: [],
    },
    {
      name: 'a red button on a site is not a red category of site',
      input: ['LO: To make a web page', 'Main: open the website builder and click the red button to publish'],
      strengths: [],
    },
    {
      name: 'unsafe sites discussed from screenshots, not visited',
      input: [
        'LO: To recognise unsafe websites',
        'Main: sort the printed screenshots into green, yellow and red sites',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'navigating to "red" sites in front of the class',
      input: [
        'LO: To recognise websites that are right for them', // line 1
        'Main: If you have a computer, navigate to sites that showcase each type (using caution with your RED selection).', // line 2
      ],
      messages: [{ messageId: 'liveUnsafeSites', line: 2 }],
    },
    {
      name: 'showing an inappropriate website live',
      input: [
        'LO: To spot a scam', // line 1
        'Starter: show the class a website that is not suitable for children and ask what gives it away', // line 2
      ],
      messages: [{ messageId: 'liveUnsafeSites', line: 2 }],
    },
  ],
});

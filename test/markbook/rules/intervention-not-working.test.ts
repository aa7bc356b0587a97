import { interventionNotWorking } from '../../../shared/markbook/rules/intervention-not-working';
import { testRule } from '../../support/rule-tester';
import { pupilSubject, track } from '../support';

const since = (start: number | null) => ({
  text: 'Reading catch-up',
  start,
  startLabel: start === null ? null : 'Autumn 2',
});

testRule(interventionNotWorking, pupilSubject, {
  valid: [
    {
      name: 'no intervention',
      input: { readings: track(['4b', 'below'], ['4b', 'below'], ['4b', 'below']) },
    },
    {
      name: 'in an intervention and now on trajectory',
      input: {
        intervention: since(0.3),
        readings: track(['4c', 'below'], ['4b', 'on'], ['4a', 'on'], ['5c', 'on']),
      },
    },
    {
      name: 'too soon to judge: one point since the start',
      input: {
        intervention: since(0.45),
        readings: track(['4c', 'below'], ['4c', 'below'], ['4c', 'below']),
      },
    },
    {
      name: 'progress sped up since the start, though still below',
      input: {
        intervention: since(0.3),
        readings: track(['4c', 'below'], ['4c', 'below'], ['4a', 'below'], ['5b', 'below']),
      },
    },
    {
      name: 'no start date, but gaining',
      input: {
        intervention: since(null),
        readings: track(['4c', 'below'], ['4b', 'below'], ['4a', 'below']),
      },
    },
  ],
  invalid: [
    {
      name: 'rate of progress unchanged two points after the start',
      input: {
        intervention: since(0.4),
        readings: track(['4c', 'below'], ['4b', 'below'], ['4b', 'below'], ['4b', 'below']),
      },
      messages: [{ messageId: 'notImproved', cell: 'G5' }],
    },
    {
      name: 'already in one-to-one and not improving: review it, not "escalate to one-to-one"',
      input: {
        intervention: { ...since(0.4), text: 'Literacy 1:1' },
        readings: track(['4c', 'below'], ['4b', 'below'], ['4b', 'below'], ['4b', 'below']),
      },
      messages: [{ messageId: 'oneToOneNotImproved', cell: 'G5' }],
    },
    {
      name: 'no start date and no gain over two points',
      input: {
        intervention: since(null),
        readings: track(['4b', 'below'], ['4b', 'below'], ['4b', 'well-below']),
      },
      messages: ['noGainUnknownStart'],
    },
  ],
});

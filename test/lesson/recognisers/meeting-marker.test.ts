import { meetingMarker } from '../../../shared/lesson/read/recognisers/meeting-marker';
import { recogniserTable } from './table';

recogniserTable(meetingMarker, {
  accept: ['Minutes of the maths department meeting', 'Apologies: J. Evans', 'Action points', 'AOB'],
  reject: ['10 minutes', 'Actionable feedback for pupils', 'Presentation of work'],
});

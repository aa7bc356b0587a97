import { pacingHeading } from '../../../shared/lesson/read/recognisers/pacing-heading';
import { normaliseLabel } from '../../../shared/lesson/vocabulary';
import { recogniserTable } from './table';

const normalised = { ...pacingHeading, read: (text: string) => pacingHeading.read(normaliseLabel(text)) };

recogniserTable(normalised, {
  accept: ['Pacing Guide', 'Teaching Summary', 'Timings', 'Lesson at a glance', 'Agenda'],
  reject: ['Lesson summary', 'Lesson outline', 'Starter', 'Time'],
});

import { tuitionSession } from '../../../shared/lesson/read/recognisers/tuition-session';
import { recogniserTable } from './table';

recogniserTable(tuitionSession, {
  accept: [
    'Lesson Overview for Individual Year 5 English Tutoring Lesson - 30 Minutes',
    'One-to-one tuition: fractions',
    'PHONICS CATCH-UP INTERVENTION – WAVE 2',
    '1:1 session with J.',
  ],
  reject: [
    'HW Sparx. Sam + Priya out 2nd half for music, catch up Thurs',
    'Year 9 English: persuasive openings',
    'The teacher intervenes when needed',
    'PGCE Primary (5-11)  |  Individual Lesson Plan  |  Template v3 (2023-24)',
  ],
});

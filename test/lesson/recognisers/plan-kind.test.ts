import {
  answerSpace,
  lessonHeading,
  meetingMarker,
  schemeTitle,
  tuitionSession,
  weekdayColumns,
} from '../../../shared/lesson/read/recognisers/plan-kind';
import { recogniserTable } from './table';

recogniserTable(lessonHeading, {
  accept: [
    ['Lesson 3: Maze - Sequence', 'Maze - Sequence'],
    ['Week 2 – Fractions', 'Fractions'],
    ['Session 4', 'Session 4'],
    ['Lesson 12 Conditionals (unplugged)', 'Conditionals (unplugged)'],
  ],
  reject: ['Lesson 2 of 6 in the Forces unit', 'Lesson summary', 'Lessons', 'Lesson 2.02: Booleans'],
});

recogniserTable(schemeTitle, {
  accept: [
    'Scheme of Work',
    'Year 8 unit overview',
    'Primary Language Learning Stage Planner: Primary 5',
    'Curriculum Framework',
  ],
  reject: ['Lesson overview', 'Working scheme for the experiment'],
});

recogniserTable(weekdayColumns, {
  accept: ['Mon Tue Thur s Revisit and Review', 'Monday | Tuesday | Wednesday | Thursday'],
  reject: ['Homework due Monday', 'Mon and Tue only'],
});

recogniserTable(tuitionSession, {
  accept: [
    'Lesson Overview for Individual Year 5 English Tutoring Lesson - 30 Minutes',
    'One-to-one tuition: fractions',
    'PHONICS CATCH-UP INTERVENTION – WAVE 2',
    '1:1 session with J.',
  ],
  reject: ['Year 9 English: persuasive openings', 'The teacher intervenes when needed'],
});

recogniserTable(meetingMarker, {
  accept: ['Minutes of the maths department meeting', 'Apologies: J. Evans', 'Action points', 'AOB'],
  reject: ['10 minutes', 'Actionable feedback for pupils', 'Presentation of work'],
});

recogniserTable(answerSpace, {
  accept: ['Name: ____________', 'Date:', '1. What is a fraction? ..............'],
  reject: ['Name the parts of a flower', 'Date of the Battle of Hastings: 1066'],
});

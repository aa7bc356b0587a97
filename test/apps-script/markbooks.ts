import type { Cell } from './fake-sheets';

/**
 * A Year 8 English markbook as a teacher keeps it: a title above the headers, pupil
 * attributes, a KS2 baseline, the teacher's own targets, three half-terms of NC sub-levels,
 * assessment-focus columns, attendance and an intervention column, with a few cells a
 * reader cannot use ("4bb", "see me", an attendance of 140).
 */
const HEADERS = [
  'Name',
  'Gender',
  'SEN',
  'EAL',
  'PP',
  'G&T',
  'KS2 Level',
  'Target',
  'Autumn 1',
  'Autumn 2',
  'Spring 1',
  'AF2 Reading',
  'AF3 Inference',
  'AF5 Language',
  'Attendance %',
  'Intervention',
];

type Pupil = [
  string,
  'M' | 'F',
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  number | string,
  string,
];

const PUPILS: Pupil[] = [
  ['Ava Thompson', 'F', '', '', '', 'Y', '5a', '6a', '6c', '6b', '6a', '6c', '6a', '6a', 98, ''],
  [
    'Ben Carter',
    'M',
    'K',
    '',
    'Y',
    '',
    '3c',
    '4c',
    '3c',
    '3c',
    '3c',
    '3b',
    '2a',
    '3c',
    86,
    'Reading catch-up since Sep',
  ],
  ['Chloe Evans', 'F', '', 'Y', '', '', '4b', '5b', '4b', '4a', '5c', '4b', '5c', '5c', 95, ''],
  ['Daniel Hughes', 'M', '', '', 'Y', '', '4c', '5c', '4c', '4c', '3a', '4c', '3b', '4c', 78, ''],
  ['Ella Roberts', 'F', '', '', '', '', '4a', '5a', '5c', '5b', '5b', '5b', '5b', '4a', 97, ''],
  [
    'Finley Walker',
    'M',
    'E',
    '',
    'Y',
    '',
    '2a',
    '3a',
    '2a',
    '4bb',
    '3c',
    '3c',
    '2b',
    '3c',
    91,
    'Wave 3 one-to-one',
  ],
  ['Grace Wright', 'F', '', '', '', 'Y', '5b', '6b', '5b', '5b', '5b', '5c', '5a', '5a', 99, ''],
  ['Harry Green', 'M', '', 'Y', '', '', '4b', '5b', '4b', '4b', '4a', '4a', '4a', '4c', 93, ''],
  ['Isla Hall', 'F', 'K', '', '', '', '3b', '4b', '3b', '3a', '3a', '3a', '3c', '3a', 88, ''],
  ['Jack Wood', 'M', '', '', 'Y', '', '4c', '5c', '4c', 'abs', '4b', '4b', '3b', '4b', 140, ''],
  ['Katie Clarke', 'F', '', '', '', '', '4a', '5a', '4a', '5c', '5b', '4b', '5b', '5b', 96, ''],
  ['Liam Turner', 'M', '', '', '', '', '4b', '5b', '4b', '4a', '4a', 'see me', '4c', '4a', 94, ''],
  [
    'Mia Harris',
    'F',
    '',
    'Y',
    'Y',
    '',
    '3a',
    '4a',
    '3a',
    '3a',
    '3a',
    '3b',
    '3c',
    '3b',
    89,
    'Reading catch-up since Sep',
  ],
  ['Noah Lewis', 'M', '', '', '', '', '4b', '5b', '4a', '5c', '5b', '5b', '5b', '4b', 95, ''],
];

export const YEAR_8_ENGLISH: Cell[][] = [
  ['8EN2 English tracker 2026-27 (Mrs Patel)', ...HEADERS.slice(1).map(() => '')],
  HEADERS.map(() => ''),
  HEADERS,
  ...PUPILS,
];

export const PUPIL_COUNT = PUPILS.length;

/**
 * A Year 11 GCSE maths markbook as getValues returns it: assessment headers the teacher typed
 * as dates come back as Date objects, whole grades as numbers, fine grades ("5-", "6+") and
 * split grades ("6/7") as text.
 */
export const YEAR_11_MATHS: Cell[][] = [
  [
    'First name',
    'Surname',
    'Gender',
    'PP',
    'SEN',
    'KS2 scaled score',
    'Target',
    new Date(2026, 9, 10),
    new Date(2026, 11, 8),
    new Date(2027, 1, 2),
    'Number',
    'Algebra',
    'Geometry',
  ],
  ['Tobi', 'Adeyemi', 'M', 'Y', '', 104, 6, '5-', 5, '5+', '68%', '52%', '61%'],
  ['Hannah', 'Brooks', 'F', '', '', 115, 8, 7, 7, '7+', '88%', '91%', '79%'],
  ['Wei', 'Chen', 'M', '', '', 109, 7, 6, '6/7', '7-', '77%', '70%', '72%'],
  ['Megan', 'Dunn', 'F', 'Y', 'K', 92, 4, 3, '3-', 3, '41%', '22%', '38%'],
  ['Kofi', 'Ellis', 'M', '', '', 100, 5, '4+', 4, '4-', '55%', '40%', '49%'],
  ['Lily', 'Fox', 'F', '', '', 106, 6, '6-', 6, 6, '65%', '60%', '66%'],
];

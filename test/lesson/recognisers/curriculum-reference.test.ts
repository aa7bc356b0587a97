import { curriculumReference } from '../../../shared/lesson/read/recognisers/curriculum-reference';
import { recogniserTable } from './table';

recogniserTable(curriculumReference, {
  accept: [
    '(NC Y4: "recognise and show, using diagrams, families of common equivalent fractions")',
    '(KS2 reading content domain 2d – inference)',
    'NC Y4: recognise and show, using diagrams, families of common equivalent fractions',
    'National Curriculum: describe the changes as humans develop to old age',
    'NGSS MS-ESS2-2 – Construct an explanation based on evidence',
    'Curriculum link: KS3 chemistry – reactions of acids',
    '(taken from last week’s lesson)',
  ],
  reject: [
    'To recognise and show equivalent fractions using diagrams',
    'I can explain why 2/4 is the same as 1/2 (using a fraction wall)',
    'To describe the causes (long- and short-term) of the revolt',
    '(a) name two agents of erosion and (b) explain one',
    'Nice use of the number line',
  ],
});

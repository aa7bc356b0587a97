import { provenanceNote } from '../../../shared/lesson/read/recognisers/provenance-note';
import { recogniserTable } from './table';

recogniserTable(provenanceNote, {
  accept: [
    '# source: github example/lessons, lesson-1/lesson.md @ 1234abcd; licence: CC BY 4.0',
    '# form: UK secondary lesson plan, Markdown headings',
    "<%= partial('curriculum_header', :title=> 'Lesson 3') %>",
  ],
  reject: ['# Lesson 1 - How Do Computers Think?', 'Source: BBC Bitesize', '## Sources of evidence'],
});

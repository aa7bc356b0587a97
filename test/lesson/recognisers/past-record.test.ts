import { pastRecord } from '../../../shared/lesson/read/recognisers/past-record';
import { recogniserTable } from './table';

recogniserTable(pastRecord, {
  accept: [
    'We began by reviewing the features of a persuasive letter, such as rhetorical questions.',
    'Next, we analysed a model paragraph, discussing how the writer builds tension.',
    'Reviewed the concept of place value, including tens and ones.',
    'We practised reading the tricky words on flashcards.',
    '(She/He) was introduced to the concept of column subtraction.',
    'Together we worked through three long division examples.',
    "{Student's name} completed two examples with prompts.",
    '(She/He) effectively applied strategies to compare and order fractions.',
  ],
  reject: [
    'Last lesson we looked at the water cycle.',
    'Pupils will review the features of a persuasive letter.',
    'Review the concept of place value with the whole class.',
    'Students were sitting in pairs when the fire alarm went.',
    'Introduce the word "hefyd" and model it in a sentence.',
    'We are learning to compare fractions.',
    'Pupils complete two examples with a partner.',
    'She will show her working on the whiteboard.',
  ],
});

import { LESSON_CONTEXTS } from '../support/adversarial-inputs';
import { adversarialSuite } from '../support/adversarial-suite';

adversarialSuite('lesson', Object.keys(LESSON_CONTEXTS));

import { MARKBOOK_CONTEXTS } from '../support/adversarial-inputs';
import { adversarialSuite } from '../support/adversarial-suite';

adversarialSuite('markbook', Object.keys(MARKBOOK_CONTEXTS));

import { planRecognised } from '../../../shared/lesson/rules/plan-recognised';
import type { LessonPlan, PlanKind } from '../../../shared/lesson/types';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

/** A plan as the reader would hand it over once it has decided what the document is. */
const readAs = (kind: PlanKind, text: string[]): LessonPlan => ({ ...plan(text), kind });

/** A plan the reader has not decided about, as an older reader or another source hands it over. */
function undecided(text: string[]): LessonPlan {
  const { kind: _, ...rest } = plan(text);
  return rest;
}

testRule<LessonPlan, LessonPlan>(planRecognised, (subject) => subject, {
  valid: [
    {
      name: 'a lesson with an objective',
      input: plan(['LO: To explain how levers work', 'Main: test three levers']),
      strengths: [],
    },
    {
      name: 'episodes without an objective are still a lesson (objectives-stated asks for one)',
      input: plan(['Starter: quiz', 'Main: worksheet', 'Plenary: recap']),
      strengths: [],
    },
    {
      name: 'a tuition session by its title',
      input: plan(['1:1 tuition: fractions', 'We began by reviewing halves']),
      strengths: [],
    },
    {
      name: 'the reader calls it a lesson',
      input: readAs('lesson', ['LO: To explain how levers work', 'Main: test three levers']),
      strengths: [],
    },
  ],
  invalid: [
    { name: 'nothing but spaces', input: plan(['   ', '\t']), messages: ['nothingToRead'] },
    {
      name: 'a note the reader calls not a plan: one honest line',
      input: plan(['fractions – worksheet p.34 / HW finish sheet']),
      messages: ['notAPlan'],
    },
    {
      name: 'prose with no headings, not yet decided: what the planning flow expects',
      input: undecided(['We met on Tuesday. Present: Ann, Bob.', 'Action: Bob to order books.']),
      messages: ['unrecognised'],
    },
    {
      name: 'meeting minutes the reader calls not a plan',
      input: readAs('not-a-plan', ['Minutes of the department meeting', 'Action: Bob to order books.']),
      messages: ['notAPlan'],
    },
    {
      name: 'a pupil worksheet',
      input: readAs('pupil-facing', ['Name: ______', '1. Add 3/4 and 1/8', '2. Explain your method']),
      messages: ['pupilFacing'],
    },
    {
      name: 'a scheme the reader recognised',
      input: readAs('scheme', ['LO: To add fractions', 'Main: worksheet']),
      messages: ['scheme'],
    },
    {
      name: 'a page headed as a scheme of work, read as one before the reader decides',
      input: undecided(['# Lessons', '## Scheme of Work', '### Year 7', '* Place value', '* Ratio']),
      messages: ['scheme'],
    },
    {
      name: 'three numbered lessons, read as a scheme',
      input: undecided([
        '## Lesson 1: Graph paper programming',
        'Objectives:',
        '- Understand algorithms',
        '## Lesson 2: Paper airplanes',
        'Objectives:',
        '- Decompose activities',
        '## Lesson 3: Maze',
        'Objectives:',
        '- Order commands',
      ]),
      messages: ['scheme'],
    },
  ],
});

import { parseLessonPlan } from '../../shared/lesson';
import type { LessonPlan } from '../../shared/lesson/types';

/** Reads a plan written as lines, so a test can count the line a prompt should point at. */
export const plan = (text: string | string[]): LessonPlan =>
  parseLessonPlan({ text: Array.isArray(text) ? text.join('\n') : text });

/** A compact plan that satisfies most checks; tests vary one part of it. */
export const wellPlanned = [
  'Year 5 Science – Forces: friction', // line 1
  'Lesson 2 of 6 in the Forces unit. Builds on last lesson on gravity.', // line 2
  'Learning objective: To explain how friction affects the motion of an object', // line 3
  'Success criteria: I can describe friction as a force that opposes motion', // line 4
  'Starter (5 mins): Whole class: push a book across the desk. Why did it stop? Revisit the objective.', // line 5
  'Main (20 mins): Teacher models the investigation, thinking aloud about a fair test, then explains friction with a diagram.', // line 6
  'Now that we can explain it, we move on to testing it.', // line 7
  'Independent (20 mins): In pairs, pupils test three surfaces and discuss why the results differ, using because.', // line 8
  'Mini-plenary: show-me boards on which surface had most friction.', // line 9
  'Plenary (10 mins): Pupils self-assess against the success criteria. Next lesson: air resistance.', // line 10
];

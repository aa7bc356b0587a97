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

/** A class's "Pupils to note" list: JT's note says what the lesson does for him, AK's only what he knows. */
export const pupilsToNote = [
  'LO: To recognise equivalent fractions',
  'Prior learning: unit fractions in Y3.',
  'Pupils to note:', // line 3
  '- JT – EHCP, ASD. Visual timetable + now/next board. Can sit on a chair at the back.', // line 4
  '- AK – EAL, Romanian, arrived Sept. Good number knowledge from school in Romania.', // line 5
  'Main (20 mins): fold paper strips and build a fraction wall.',
];

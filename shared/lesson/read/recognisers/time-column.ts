import { recogniser } from '../recogniser';
import { wordCount } from '../text';

/** The name of a grid's time column: "Time", "Timing", "Mins", "Duration". */
export const timeColumn = recogniser('time-column', (text) =>
  /^(?:time|timing|timings|mins?|minutes|duration)$/i.test(text.trim()) ? true : undefined,
);

/** The longest a column's name runs: "Differentiation / STEP", "Teaching Points". */
const NAME_WORDS = 4;

/**
 * The name of one of a grid's columns, alone on its line where a Doc's table was flattened a cell to a
 * line: "Activity", "Teaching Points", "Differentiation / STEP", "Organisation". A few words with no
 * figures and no sentence in them.
 */
export const columnName = recogniser('column-name', (text) => {
  const name = text.trim();
  if (name === '' || name.length > 40 || /[\d.?!:;,]/.test(name)) return undefined;
  return wordCount(name, NAME_WORDS + 1) <= NAME_WORDS ? true : undefined;
});

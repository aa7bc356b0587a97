import { recogniser } from '../recogniser';

/** More cells than any lesson grid has: a longer run of bars is text, and is not split further. */
export const MAX_CELLS = 64;

/** "| 5 Minutes | Do Now |" or tab-separated cells: a table row and its cells, empty cells left out. */
export const tableRow = recogniser('table-row', (text) => {
  if (!text.includes('|') && !text.includes('\t')) return undefined;
  const cells = text
    .split(/[|\t]/, MAX_CELLS)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  return cells.length >= 2 ? cells : undefined;
});

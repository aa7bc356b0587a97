import { recogniser } from '../recogniser';

/** The marker of the nth item in a run: "(1)", or "1)" where the text carries no brackets round its numbers. */
function markerOf(n: number, bracketed: boolean): string {
  return bracketed ? `(${n})` : `${n})`;
}

/** Fewest items that make a run: a lone "(1)" is a bracketed aside, not a list. */
const FEWEST = 2;

/**
 * "(1) Outline the original and revised hypotheses, (2) Evaluate the hypothesis using research
 * evidence, (3) Plan a 16-mark essay." A list typed inline, its items numbered in brackets from 1:
 * gives each item, without its number or the joining comma and "and". Found by looking for each
 * next number in turn, so a long line is read once.
 */
export const numberedRun = recogniser('numbered-run', (text): string[] | undefined => {
  const bracketed = text.startsWith('(1)');
  if (!bracketed && !text.startsWith('1)')) return undefined;
  const starts: number[] = [];
  let from = 0;
  for (let n = 1; ; n += 1) {
    const marker = markerOf(n, bracketed);
    const at = n === 1 ? 0 : text.indexOf(` ${marker} `, from);
    if (at === -1) break;
    starts.push(at);
    from = at + marker.length + 1;
  }
  if (starts.length < FEWEST) return undefined;
  return starts.map((start, index) => {
    const marker = markerOf(index + 1, bracketed);
    const end = starts[index + 1] ?? text.length;
    return trimJoint(text.slice(start, end).trim().slice(marker.length).trim());
  });
});

/** ", and" or ";" that joined an item to the next, and a final full stop. */
function trimJoint(item: string): string {
  let end = item.length;
  for (const joint of [' and', ' or', ',', ';', '.'])
    if (item.slice(0, end).endsWith(joint)) end -= joint.length;
  return item.slice(0, end).trimEnd();
}

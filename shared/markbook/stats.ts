/**
 * For each value, the median of all the other values: how a focus compares with the rest of
 * a pupil's profile. One sort serves every value.
 */
export function mediansOfOthers(values: number[]): number[] {
  const n = values.length;
  if (n < 2) return values.map(() => Number.NaN);
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const rank = new Array<number>(n);
  for (let k = 0; k < n; k++) rank[order[k]!] = k;
  const rest = n - 1;
  const without = (k: number, j: number) => values[order[j < k ? j : j + 1]!]!;
  return values.map((_, i) => {
    const k = rank[i]!;
    const middle = Math.floor(rest / 2);
    return rest % 2 ? without(k, middle) : (without(k, middle - 1) + without(k, middle)) / 2;
  });
}

/** One decimal place, as a teacher reads a percentage or a step count ("88.6%", "2.5 steps"). */
export const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** A benchmark row: the median of repeated runs, and the target it is held to. */
export interface BenchResult {
  name: string;
  medianMs: number;
  runs: number;
  /** The target from the issue, in milliseconds, when there is one. */
  targetMs?: number;
  /** The first, cold run, before the engine's code is compiled for speed: what a page's first read costs. */
  firstMs: number;
}

/**
 * Times `work` after a warm-up and reports the median, which shrugs off the odd garbage
 * collection or scheduler hiccup that would skew a mean on a shared two-core machine.
 */
export function measure(
  name: string,
  work: () => unknown,
  options: { runs?: number; warmup?: number; targetMs?: number } = {},
): BenchResult {
  const { runs = 15, warmup = 3, targetMs } = options;
  const first = performance.now();
  work();
  const firstMs = performance.now() - first;
  for (let i = 1; i < warmup; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const medianMs = times.length % 2 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return targetMs === undefined
    ? { name, medianMs, runs, firstMs }
    : { name, medianMs, runs, targetMs, firstMs };
}

export function formatResults(results: BenchResult[]): string {
  const width = Math.max(...results.map((r) => r.name.length));
  return results
    .map((r) => {
      const verdict =
        r.targetMs === undefined
          ? ''
          : r.medianMs <= r.targetMs
            ? `  (target ${r.targetMs.toFixed(0)} ms: met)`
            : `  (target ${r.targetMs.toFixed(0)} ms: MISSED)`;
      return `${r.name.padEnd(width)}  median ${r.medianMs.toFixed(2).padStart(9)} ms over ${r.runs} runs, first run ${r.firstMs.toFixed(1)} ms${verdict}`;
    })
    .join('\n');
}

/**
 * The property both engines must have (issue 8): on a long run of any one kind of character,
 * wherever a teacher's text goes, the engine finishes within a bound proportional to the
 * input's length. A backtracking regex takes quadratic time on such a run: the 40,000
 * spaces took 5.3 s, 250,000 "( " 83 s, so at 100 KB either is many times over the bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, RUNS, SIZES } from './adversarial-inputs';
import { BoundedRunner, boundMs, FIXED_MS, MICROSECONDS_PER_CHARACTER } from './bounded-run';

/** A run is stopped a little past its bound: it has failed by then, and waiting longer only slows the suite. */
const STOP_FACTOR = 1.2;

export function adversarialSuite(engine: Engine, contexts: string[]): void {
  const runner = new BoundedRunner();
  beforeAll(() => runner.setUp(), 60_000);
  afterAll(() => runner.tearDown());

  describe(`the ${engine} engine finishes within ${FIXED_MS} ms + ${MICROSECONDS_PER_CHARACTER} µs a character on a long run`, () => {
    const cases = contexts.flatMap((context) =>
      Object.entries(SIZES).flatMap(([size, length]) =>
        Object.entries(RUNS).map(([name, unit]) => ({ context, size, length, name, unit })),
      ),
    );
    it.each(cases)(
      '$size of $name in $context',
      async ({ context, length, unit }) => {
        const bound = boundMs(length);
        const outcome = await runner.time(engine, context, unit, length, bound * STOP_FACTOR);
        const took =
          'cpuMs' in outcome
            ? `${Math.round(outcome.cpuMs)} ms`
            : `over ${Math.round(outcome.stoppedAfterCpuMs)} ms of CPU (stopped)`;
        expect('cpuMs' in outcome && outcome.cpuMs <= bound, `took ${took}; the bound is ${bound} ms`).toBe(
          true,
        );
      },
      // A busy machine can keep a run waiting for a core well past its CPU bound.
      120_000,
    );
  });
}

import { describe, expect, it } from 'vitest';
import { analyseMarkbook, type CellValue, type PupilResult } from '../../shared/markbook/index';

/**
 * A percentage class like the real ones the model is checked on: Autumn %, Spring %, a 50%
 * target, attendance, and a final outcome that is known. Each pupil has a level, a drift
 * through the year and noise on each test; attendance pulls the final result down. The
 * model flags a pupil when wave >= 2 or status is below / well below, and it must catch at
 * least 85% of those who go on to fail at 50% precision or better, and do at least as well as
 * the plain rule "latest point below target".
 */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number) {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

interface SyntheticPupil {
  autumn: number;
  spring: number;
  attendance: number;
  final: number;
}

/** The shape of a class: tuned so the plain rule scores on it about as it does on the real ones. */
interface ClassShape {
  seed: number;
  size: number;
  mean: number;
  spread: number;
  /** Noise on each test, and on the final outcome. */
  testNoise: number;
  finalNoise: number;
  /** A pupil's drift through the year (points by Spring; twice that by the final). */
  drift: number;
  /** How much the final outcome runs above the year's tests (revision, an easier paper). */
  lift: number;
}

function syntheticClass(shape: ClassShape): SyntheticPupil[] {
  const random = prng(shape.seed);
  return Array.from({ length: shape.size }, () => {
    const level = shape.mean + shape.spread * normal(random);
    const drift = shape.drift * normal(random);
    const attendance = Math.max(30, Math.min(100, 96 - Math.abs(5 * normal(random))));
    const absence = Math.max(0, 94 - attendance) * 0.3;
    return {
      autumn: clamp(level + shape.testNoise * normal(random)),
      spring: clamp(level + drift + shape.testNoise * normal(random)),
      attendance: Math.round(attendance * 10) / 10,
      final: clamp(level + 2 * drift + shape.lift - absence + shape.finalNoise * normal(random)),
    };
  });
}

function markbook(pupils: SyntheticPupil[]): CellValue[][] {
  return [
    ['Name', 'Autumn %', 'Spring %', 'Target', 'Attendance %'],
    ...pupils.map((p, i): CellValue[] => [`Pupil ${i + 1}`, p.autumn, p.spring, 50, p.attendance]),
  ];
}

function scores(pupils: SyntheticPupil[], flagged: (p: SyntheticPupil, i: number) => boolean) {
  let caught = 0;
  let failed = 0;
  let flags = 0;
  pupils.forEach((p, i) => {
    const fail = p.final < 50;
    const flag = flagged(p, i);
    if (fail) failed++;
    if (flag) flags++;
    if (fail && flag) caught++;
  });
  return { recall: caught / failed, precision: caught / flags, flagged: flags, failed };
}

const isFlagged = (pupil: PupilResult) =>
  (pupil.wave ?? 0) >= 2 || pupil.status === 'below' || pupil.status === 'well-below';

describe.each([
  {
    // The real class: 63% at target at Spring; the plain rule catches 94% of failures at 84%.
    name: 'a class like the 395',
    shape: { seed: 395, size: 395, mean: 54, spread: 15, testNoise: 3, finalNoise: 3, drift: 1, lift: 1.5 },
  },
  {
    // The real class: most at target; the plain rule catches 89% at 61%. (With a final noise of 6
    // the plain rule caught only 82% here, a harder class than the real one; at 5 it catches 89%
    // at 59%, as on the real class. Two points give no forecast, so status carries the catch.)
    name: 'a class like the 649',
    shape: { seed: 649, size: 649, mean: 60, spread: 14, testNoise: 4, finalNoise: 5, drift: 2, lift: 5 },
  },
])('a synthetic percentage class: $name', ({ shape }) => {
  const size = shape.size;
  const pupils = syntheticClass(shape);
  const analysis = analyseMarkbook(markbook(pupils));
  const model = scores(pupils, (_, i) => isFlagged(analysis.pupils[i]!));
  const plain = scores(pupils, (p) => p.spring < 50);

  it('catches at least 85% of the pupils who go on to fail, at 50% precision or better', () => {
    console.info(
      `${size} pupils: model recall ${(100 * model.recall).toFixed(1)}% at ${(100 * model.precision).toFixed(1)}% precision (${model.flagged} flagged of ${model.failed} who failed); ` +
        `plain "latest below target" ${(100 * plain.recall).toFixed(1)}% at ${(100 * plain.precision).toFixed(1)}%; ` +
        `waves ${JSON.stringify(analysis.summary.byWave)}; at or above target ${analysis.summary.atOrAboveTargetRate}%, on track by forecast ${analysis.summary.onTrackByForecastRate}%`,
    );
    expect(model.recall).toBeGreaterThanOrEqual(0.85);
    expect(model.precision).toBeGreaterThanOrEqual(0.5);
    expect(model.recall).toBeGreaterThanOrEqual(plain.recall);
  });

  it('never calls a pupil under the target "on", rising or not', () => {
    analysis.pupils.forEach((pupil, i) => {
      if (pupils[i]!.spring < 50) expect(pupil.status, pupil.name).toMatch(/below/);
    });
  });

  it('flags persistent absence exactly (under 90%), and reads the clean file without a diagnostic', () => {
    analysis.pupils.forEach((pupil, i) => {
      const flagged = pupil.flags.some((flag) => flag.rule === 'markbook/persistent-absence');
      expect(flagged, pupil.name).toBe(pupils[i]!.attendance < 90);
    });
    expect(analysis.diagnostics).toEqual([]);
  });

  it('keeps one-to-one support for the few: wave 3 is under 5% of the class', () => {
    expect(analysis.summary.byWave[3] / size).toBeLessThan(0.05);
  });

  it('reports the share at or above target now beside the trajectory counts', () => {
    const atTarget = pupils.filter((p) => p.spring >= 50).length;
    expect(analysis.summary.atOrAboveTargetRate).toBeCloseTo((100 * atTarget) / size, 0);
  });
});

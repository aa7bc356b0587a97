/**
 * What the progress model uses when the settings do not say. Kept apart from the settings
 * schema so the sidebar can name the defaults without carrying zod.
 */

export interface Thresholds {
  onWithinSteps: number;
  wellBelowSteps: number;
  aboveSteps: number;
  persistentAbsence: number;
  lowAttendance: number;
  severeAbsence: number;
  spikySteps: number;
  classWideShare: number;
  sharpDropSteps: number;
  groupSize: number;
  interventionPoints: number;
}

/** How targets are set when the settings do not say; the sidebar names these as "the default". */
export const DEFAULT_TARGETS = {
  ambition: 'expected',
  model: 'linear',
  useTeacherTargets: true,
} as const satisfies {
  ambition: 'expected' | 'above' | 'aspirational';
  model: 'linear' | 'flat';
  useTeacherTargets: boolean;
};

export const DEFAULT_THRESHOLDS: Thresholds = {
  onWithinSteps: 1,
  wellBelowSteps: 2,
  aboveSteps: 1,
  persistentAbsence: 90,
  lowAttendance: 80,
  severeAbsence: 50,
  spikySteps: 2,
  classWideShare: 0.5,
  sharpDropSteps: 2,
  groupSize: 6,
  interventionPoints: 2,
};

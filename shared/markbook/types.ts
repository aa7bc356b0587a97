import type { Finding } from '../rule';

/**
 * The markbook engine's public shapes: what the Sheets add-on writes and the command line
 * prints. Keep these names stable; add fields rather than rename them.
 */

export type { CellValue } from '../sheet/cell';

export type TrajectoryStatus = 'above' | 'on' | 'below' | 'well-below' | 'unknown';
export type Trend = 'rising' | 'flat' | 'falling' | 'unknown';
export type Wave = 1 | 2 | 3;
/** The latest grade against the target itself, in the scale's tolerance ("at" includes close enough). */
export type TargetStanding = 'above' | 'at' | 'below' | 'well-below' | 'unknown';

export interface AgainstTarget {
  standing: TargetStanding;
  /** Latest minus target, in points of the scale (negative: under the target). */
  gap: number | null;
}

/** Where the pupil's own recent rate leads by the target's due date. A concern, never a status. */
export interface Forecast {
  grade: Grade;
  /** The due date in words: "the end of Y11". */
  by: string;
  /** The forecast against the target. */
  standing: TargetStanding;
  ratePerYear: number;
}

/** An entry to check before it is judged: kept out of status and waves. */
export interface DataQueryResult {
  kind: 'gap' | 'absent' | 'zero' | 'outlier' | 'zeroAfterFall';
  assessment: string;
  cell: string;
  value: string | null;
}

/** A cell the reader could not use: `cell` is its A1 address, e.g. "D14". */
export interface Diagnostic {
  cell: string;
  value: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface PupilAttributes {
  sen: 'none' | 'support' | 'ehcp';
  eal: boolean;
  disadvantaged: boolean;
  mostAble: boolean;
  lookedAfter: boolean;
  gender?: string;
}

/** A grade as the teacher wrote it and as points on its scale. */
export interface Grade {
  label: string;
  points: number;
  scale: string;
}

export interface CurricularTargets {
  longTerm: string;
  mediumTerm: string;
  shortTerm: string;
}

/** One assessment point for one pupil: the grade read, where the trajectory put them, and the status. */
export interface AssessmentResult {
  assessment: string;
  /** A1 column letters of the grade's cell; with the pupil's row they make its address. */
  column: string;
  grade: Grade | null;
  expected: Grade | null;
  status: TrajectoryStatus;
}

/** A pupil's latest grade in one assessment focus or strand. */
export interface FocusResult {
  focus: string;
  cell: string;
  grade: Grade;
}

export interface PupilResult {
  /** 1-based row in the sheet. */
  row: number;
  name: string;
  /** In a tracker of several subjects (Reading, Writing, Maths), the subject this result is for. */
  subject?: string;
  id?: string;
  attributes: PupilAttributes;
  /** Prior attainment as recorded (KS2, baseline test), whatever its scale. */
  priorAttainment: Grade | null;
  /** Where the target came from: the teacher's column, one fixed in the settings, an estimate from prior attainment, or computed. */
  targetSource: 'teacher' | 'fixed' | 'estimate' | 'computed' | 'none';
  /** For an estimated target: the flight path and prior score it came from. */
  targetNote: string | null;
  assessments: AssessmentResult[];
  foci: FocusResult[];
  weakestFocus: string | null;
  baseline: Grade | null;
  latest: Grade | null;
  target: Grade | null;
  /** Where the pupil would be now on a straight line from baseline to target. */
  expectedNow: Grade | null;
  /** Points gained from baseline to latest. */
  progress: number | null;
  status: TrajectoryStatus;
  /** The latest grade against the target itself. */
  againstTarget: AgainstTarget;
  forecast: Forecast | null;
  /** Entries to check ("absent, or not entered?"), left out of status and waves. */
  dataQueries: DataQueryResult[];
  trend: Trend;
  attendance: number | null;
  intervention: string | null;
  /** null when no status could be judged (the scale could not be read): no wave is guessed. */
  wave: Wave | null;
  /** Severe absence: a referral to the pastoral lead, whatever the wave. */
  pastoralReferral: boolean;
  waveReasons: string[];
  flags: Finding[];
  curricularTargets: CurricularTargets;
}

export interface GuidedGroup {
  focus: string;
  /** The focus, numbered when its pupils fill more than one group. */
  name: string;
  pupils: { row: number; name: string }[];
}

export interface GroupGap {
  group: string;
  pupils: number;
  onTrackRate: number | null;
  meanProgress: number | null;
  /** The group's on-track rate minus the rest's, in percentage points. */
  onTrackGap: number | null;
  progressGap: number | null;
  /** Fewer than five pupils: counts only, no rate or gap (meaningless, and it can identify a child). */
  small: boolean;
  /** How many are at or above target now, and how many are on/above trajectory. */
  atOrAboveTarget: number;
  onTrack: number;
}

export interface CohortSummary {
  pupils: number;
  onTrackRate: number | null;
  meanProgress: number | null;
  byStatus: Record<TrajectoryStatus, number>;
  byWave: Record<`${Wave}`, number>;
  /** Pupils with no wave, because no status could be judged. */
  noWave: number;
  /** Share (%) of pupils with a judged status who are at or above target now (within the tolerance). */
  atOrAboveTargetRate: number | null;
  /** Share (%) on track by forecast: their own rate reaches the target by its due date (the latest grade where there is no rate yet). */
  onTrackByForecastRate: number | null;
  groups: GroupGap[];
  /** Status counts at each assessment point, in time order. */
  byAssessment: { assessment: string; byStatus: Record<TrajectoryStatus, number> }[];
}

export interface ColumnInfo {
  /** A1 column letters, e.g. "D". */
  column: string;
  header: string;
  role: string;
  scale?: string;
  focus?: string;
}

/** The scale progress is measured on, and how status is judged, in words a teacher can check. */
export interface ProgressBasis {
  scale: string;
  scaleName: string;
  /** Points in one step (a sub-level, a fine grade). */
  step: number;
  expectedPerYear: number;
  model: 'linear' | 'flat';
  ambition: 'expected' | 'above' | 'aspirational';
  tolerance: string;
  /** test-score: each point against the target; growth: against an expected line to the target. */
  kind: 'test-score' | 'growth';
  /** When targets fall due, in words, and where that was read. */
  due: string;
  dueSource: string;
  /** One line: how status was reached for this markbook. */
  method: string;
}

export interface MarkbookAnalysis {
  headerRow: number;
  columns: ColumnInfo[];
  /** Assessment points in time order. */
  assessments: string[];
  basis: ProgressBasis | null;
  pupils: PupilResult[];
  groups: GuidedGroup[];
  /** Findings about the class as a whole (e.g. a weakness most pupils share). */
  classFindings: Finding[];
  summary: CohortSummary;
  /** One line per whole column or scale that could not be read, with the fix (instead of a line per cell). */
  problems: string[];
  /** In a tracker of several subjects, each subject's own points, basis and summary. */
  subjects?: SubjectSummary[];
  diagnostics: Diagnostic[];
}

/** One subject of a tracker that keeps several side by side. */
export interface SubjectSummary {
  subject: string;
  assessments: string[];
  basis: ProgressBasis | null;
  summary: CohortSummary;
}

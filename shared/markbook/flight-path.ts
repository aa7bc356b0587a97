/**
 * Flight paths: where prior attainment on another scale usually leads, so a pupil with no
 * target still has one to be judged against. Each is an estimate of the kind FFT and schools'
 * own flight-path tables publish, not a prediction; a school replaces a table in the settings
 * (`flightPaths`). Rows are "from this prior score upward, this grade", lowest first.
 */
export interface FlightPath {
  /** The prior attainment's scale id (a KS2 scaled score) and the assessments' scale id. */
  from: string;
  to: string;
  /** What the estimate is called in messages. */
  name: string;
  rows: { from: number; grade: string }[];
}

export const DEFAULT_FLIGHT_PATHS: FlightPath[] = [
  {
    from: 'ks2-scaled',
    to: 'gcse-9-1',
    name: 'KS2 scaled score to GCSE',
    rows: [
      { from: 0, grade: '2' },
      { from: 89, grade: '3' },
      { from: 94, grade: '4' },
      { from: 99, grade: '5' },
      { from: 104, grade: '6' },
      { from: 109, grade: '7' },
      { from: 113, grade: '8' },
      { from: 117, grade: '9' },
    ],
  },
  {
    // GCSE average point score (9-1) to A level, as sixth-form value-added tables run.
    from: 'gcse-aps',
    to: 'gcse-legacy',
    name: 'GCSE average point score to A level',
    rows: [
      { from: 0, grade: 'E' },
      { from: 5, grade: 'D' },
      { from: 5.8, grade: 'C' },
      { from: 6.5, grade: 'B' },
      { from: 7.3, grade: 'A' },
      { from: 8.2, grade: 'A*' },
    ],
  },
];

/** The grade a flight path gives for a prior score, or null when no table joins the two scales. */
export function estimateFromPrior(
  paths: FlightPath[],
  priorScale: string,
  priorPoints: number,
  toScale: string,
): { grade: string; path: FlightPath } | null {
  const path = paths.find((p) => p.from === priorScale && p.to === toScale);
  if (path === undefined) return null;
  let grade: string | null = null;
  for (const row of path.rows) if (priorPoints >= row.from) grade = row.grade;
  return grade === null ? null : { grade, path };
}

/**
 * A cell a reader could not use, as data: where it is, what it held and why it was not used.
 * The sentence a teacher reads ("D14: '4bb' is not a NC sub-level") is made at the edge, by
 * `sentence`, so a log can show cell, value and reason in columns of their own.
 */
export interface SheetDiagnostic {
  /** The A1 address, e.g. "D14". */
  cell: string;
  /** The cell's text as written. */
  value: string;
  /** Why it was not used: "is not a NC sub-level (e.g. 4c, 4b, 4a)". */
  reason: string;
  severity: 'error' | 'warning';
  /** False when the reason names what it is about in its own words ("row 9 has entries but no name"). */
  quoted?: boolean;
}

/** The sentence for a diagnostic: the cell, the value in quotes, then the reason. */
export function sentence(diagnostic: SheetDiagnostic): string {
  const { cell, value, reason, quoted } = diagnostic;
  return quoted === false ? `${cell}: ${reason}` : `${cell}: '${value}' ${reason}`;
}

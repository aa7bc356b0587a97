import type { MarkbookSettings } from '../../shared/markbook/settings';
import type { Diagnostic, TrajectoryStatus, Wave } from '../../shared/markbook/types';
import type { SelfReviewSummary } from '../../shared/selfreview';
import type { HiddenRows } from './outputs';

/**
 * What the sidebar gets back from the server. Plain JSON-able shapes, because
 * google.script.run serialises arguments and results.
 */
export interface AnalysisReport {
  /** The markbook sheet that was analysed. */
  sheet: string;
  /** Set when nothing was analysed or written, saying why in the teacher's words. */
  problem: string | null;
  pupils: number;
  headerRow: number | null;
  byStatus: Record<TrajectoryStatus, number>;
  byWave: Record<`${Wave}`, number>;
  onTrackRate: number | null;
  /** The share of pupils with a target who are at or above it now, and who reach it by forecast. */
  atOrAboveTargetRate: number | null;
  onTrackByForecastRate: number | null;
  flags: number;
  /** `name` tells apart groups that share a focus ("AF3 (group 1 of 2)"). */
  groups: { focus: string; name: string; pupils: string[] }[];
  /** The most pressing flags, for the sidebar; the Flags sheet has them all. */
  topFlags: { row: number | null; pupil: string; title: string; message: string }[];
  diagnostics: Diagnostic[];
  /**
   * The pupils' rows hidden in the markbook (by the teacher or a filter), and whether they
   * were left out (the teacher's choice, `AddOnOptions.hiddenRows`) or analysed with the rest.
   */
  hiddenRows: HiddenRows;
  /** The sheets Trajectory wrote, in order. */
  written: string[];
}

/** The add-on's own choices, kept apart from the engine's settings. */
export interface AddOnOptions {
  /** Rows hidden in the markbook: left out of the analysis (the default) or analysed too. */
  hiddenRows: 'skip' | 'analyse';
}

export interface SettingsView {
  /**
   * The saved settings, or {} when there are none. When `problems` is not empty they are
   * returned as saved, unchecked, so the teacher can correct them rather than lose them.
   */
  settings: MarkbookSettings;
  /** Why the saved settings can no longer be used, if they cannot. */
  problems: string[];
}

export type SaveSettingsResult = { ok: true } | { ok: false; problems: string[] };

export interface SelfReviewReport {
  /** The sheet holding the Annex grid, or null when this spreadsheet has none yet. */
  grid: string | null;
  /** Set when the grid cannot be summarised (or written), saying why in the leader's words. */
  problem: string | null;
  /** What the grid says; null when there is no grid or it needs fixing first. */
  summary: SelfReviewSummary | null;
  /** How many items the Annex has, for "4 of 32 rated". */
  items: number;
  /** Ratings and dates in the grid that could not be read, by cell. */
  diagnostics: Diagnostic[];
  /** The summary sheet, when this call wrote it. */
  written: string | null;
}

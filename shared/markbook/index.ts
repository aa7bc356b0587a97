export { analyseMarkbook } from './by-subject';
export { parseDelimited, readDelimited } from './delimited';
export { analyseMarkbookFile, analyseReadMarkbookFile, readMarkbookFile } from './file';
export { type MarkbookJson, markbookToJson } from './json';
export { FORECAST_MIN_POINTS } from './progress';
export { rules as markbookRules } from './rules/index';
export { BUILT_IN_SCALES, type ScaleDefinition } from './scales';
export {
  COLUMN_ROLES,
  type ColumnRole,
  DEFAULT_THRESHOLDS,
  type MarkbookSettings,
  markbookSettingsSchema,
  parseSettings,
  type Thresholds,
} from './settings';
export { DEFAULT_TARGET_BANK, type TargetWording } from './target-bank';
export type * from './types';

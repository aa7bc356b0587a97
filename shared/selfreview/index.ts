export {
  ANNEX_FEATURES,
  ANNEX_ITEMS,
  type AnnexFeature,
  type AnnexItem,
  MAX_PHASES,
  RATING_SCALE,
} from './grid';
export { type Phase, parseSelfReview, type Rating, type SelfReview, selfReviewSchema } from './review';
export { GRID_HEADER, GRID_TITLE, readSelfReviewGrid, selfReviewGrid } from './sheet';
export {
  type FeatureStanding,
  type ItemChange,
  type PhaseChange,
  type RatedItem,
  type SelfReviewSummary,
  summariseSelfReview,
} from './summary';

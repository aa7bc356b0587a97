import { recogniser } from '../recogniser';

/** "Scheme of work", "Unit overview", "Stage planner", "Medium term plan": a document of several lessons. */
export const schemeTitle = recogniser('scheme-title', (text) =>
  /\b(?:schemes? of work|unit (?:overview|plan)|course overview|curriculum (?:framework|map|overview)|stage planner|medium[- ]term plan|long[- ]term plan|weekly plan|unit of work|sow)\b/i.test(
    text,
  )
    ? true
    : undefined,
);

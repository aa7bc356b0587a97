import { ANNEX_FEATURES, ANNEX_ITEMS } from './grid';
import type { Rating, SelfReview } from './review';

export interface RatedItem {
  item: string;
  feature: string;
  text: string;
  rating: Rating;
}

export interface ItemChange {
  item: string;
  feature: string;
  text: string;
  from: Rating;
  to: Rating;
}

export interface PhaseChange {
  /** 1-based phase numbers. */
  from: number;
  to: number;
  /** Rating went down (towards 1, a strong feature). */
  improved: ItemChange[];
  /** Rating went up (towards 4, needing significant development). */
  declined: ItemChange[];
  unchanged: number;
}

export interface FeatureStanding {
  feature: string;
  title: string;
  rated: number;
  items: number;
  /** Mean rating in the latest rated phase; higher means more development needed. */
  meanRating: number | null;
}

export interface SelfReviewSummary {
  phases: { phase: number; date: string | null; rated: number; meanRating: number | null }[];
  /** 1-based number of the latest phase with any rating, or null when nothing is rated yet. */
  latestPhase: number | null;
  /** Items rated 4, then 3, in the latest phase: the development priorities, in grid order within a rating. */
  priorities: RatedItem[];
  /** Items rated 1 in the latest phase. */
  strengths: RatedItem[];
  /** Features in order of need (highest mean rating first); unrated features last. */
  features: FeatureStanding[];
  /** Change between each pair of successive phases, for items rated in both. */
  changes: PhaseChange[];
  /** Items not rated in the latest phase. */
  unrated: string[];
}

const round = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) =>
  values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0) / values.length);

/** Pure: the priorities of the latest phase and the change between phases. */
export function summariseSelfReview(review: SelfReview): SelfReviewSummary {
  const ratingOf = (item: string, phase: number): Rating | null => review.ratings[item]?.[phase] ?? null;

  const phases = review.phases.map((phase, index) => {
    const ratings = ANNEX_ITEMS.map((item) => ratingOf(item.id, index)).filter(
      (r): r is Rating => r !== null,
    );
    return { phase: index + 1, date: phase.date, rated: ratings.length, meanRating: mean(ratings) };
  });
  const latest = [...phases].reverse().find((phase) => phase.rated > 0);
  const latestIndex = latest === undefined ? null : latest.phase - 1;

  const ratedAtLatest: RatedItem[] =
    latestIndex === null
      ? []
      : ANNEX_ITEMS.flatMap((item) => {
          const rating = ratingOf(item.id, latestIndex);
          return rating === null
            ? []
            : [{ item: item.id, feature: item.feature.title, text: item.text, rating }];
        });

  const features = ANNEX_FEATURES.map((feature): FeatureStanding => {
    const ratings =
      latestIndex === null
        ? []
        : feature.items.map((item) => ratingOf(item.id, latestIndex)).filter((r): r is Rating => r !== null);
    return {
      feature: feature.id,
      title: feature.title,
      rated: ratings.length,
      items: feature.items.length,
      meanRating: mean(ratings),
    };
  });
  const gridOrder = new Map(ANNEX_FEATURES.map((feature, index) => [feature.id, index]));
  features.sort(
    (a, b) =>
      (b.meanRating ?? -1) - (a.meanRating ?? -1) || gridOrder.get(a.feature)! - gridOrder.get(b.feature)!,
  );

  const changes: PhaseChange[] = [];
  for (let to = 1; to < review.phases.length; to++) {
    const change: PhaseChange = { from: to, to: to + 1, improved: [], declined: [], unchanged: 0 };
    for (const item of ANNEX_ITEMS) {
      const before = ratingOf(item.id, to - 1);
      const after = ratingOf(item.id, to);
      if (before === null || after === null) continue;
      const row = { item: item.id, feature: item.feature.title, text: item.text, from: before, to: after };
      if (after < before) change.improved.push(row);
      else if (after > before) change.declined.push(row);
      else change.unchanged++;
    }
    changes.push(change);
  }

  return {
    phases,
    latestPhase: latest?.phase ?? null,
    priorities: [
      ...ratedAtLatest.filter((item) => item.rating === 4),
      ...ratedAtLatest.filter((item) => item.rating === 3),
    ],
    strengths: ratedAtLatest.filter((item) => item.rating === 1),
    features,
    changes,
    unrated: ANNEX_ITEMS.filter(
      (item) => latestIndex === null || ratingOf(item.id, latestIndex) === null,
    ).map((item) => item.id),
  };
}

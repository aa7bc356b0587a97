import * as z from 'zod';
import { ANNEX_ITEMS, MAX_PHASES } from './grid';

/** 1 is a strong feature of current practice, 4 an aspect needing significant development. */
export type Rating = 1 | 2 | 3 | 4;

export interface Phase {
  /** ISO date (yyyy-mm-dd) of the review, or null when the school has not dated it. */
  date: string | null;
}

/**
 * One school's (or department's) self-review: up to three dated phases, and for each Annex
 * item its rating in each phase (null where not rated) and the school's notes.
 */
export interface SelfReview {
  phases: Phase[];
  ratings: Record<string, (Rating | null)[]>;
  notes: Record<string, string>;
}

const knownItems = new Set(ANNEX_ITEMS.map((item) => item.id));

const rating = z
  .number({ error: 'A rating is a whole number from 1 to 4' })
  .int({ error: 'A rating is a whole number from 1 to 4' })
  .min(1, {
    error: 'A rating is a whole number from 1 (a strong feature) to 4 (needs significant development)',
  })
  .max(4, {
    error: 'A rating is a whole number from 1 (a strong feature) to 4 (needs significant development)',
  })
  .transform((value) => value as Rating);

const isoDate = z.iso.date({ error: 'A phase date is written as yyyy-mm-dd, e.g. 2026-09-14' });

export const selfReviewSchema = z
  .object({
    phases: z
      .array(z.object({ date: isoDate.nullable() }))
      .min(1, { error: 'A self-review needs at least one phase' })
      .max(MAX_PHASES, { error: `The Annex grid has at most ${MAX_PHASES} phases` }),
    ratings: z.record(z.string(), z.array(rating.nullable())),
    notes: z.record(z.string(), z.string()).default({}),
  })
  .superRefine((review, context) => {
    for (const [field, ids] of [
      ['ratings', Object.keys(review.ratings)],
      ['notes', Object.keys(review.notes)],
    ] as const) {
      for (const id of ids.filter((id) => !knownItems.has(id))) {
        context.addIssue({
          code: 'custom',
          path: [field, id],
          message: `'${id}' is not an item of the Annex grid`,
        });
      }
    }
    for (const [id, ratings] of Object.entries(review.ratings)) {
      if (ratings.length > review.phases.length) {
        context.addIssue({
          code: 'custom',
          path: ['ratings', id],
          message: `${id} has ${ratings.length} ratings but the review has ${review.phases.length} phase(s)`,
        });
      }
    }
    const dates = review.phases.map((phase) => phase.date).filter((date): date is string => date !== null);
    for (let i = 1; i < dates.length; i++) {
      if (dates[i]! <= dates[i - 1]!) {
        context.addIssue({
          code: 'custom',
          path: ['phases'],
          message: `Phase dates must follow one another: ${dates[i]} does not come after ${dates[i - 1]}`,
        });
      }
    }
  });

export type SelfReviewParse = { ok: true; review: SelfReview } | { ok: false; problems: string[] };

/** Validates a self-review from anywhere (a saved document property, a JSON file). */
export function parseSelfReview(input: unknown): SelfReviewParse {
  const result = selfReviewSchema.safeParse(input);
  if (result.success) return { ok: true, review: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    ),
  };
}

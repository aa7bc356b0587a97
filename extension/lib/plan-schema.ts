import * as z from 'zod';
import type { DraftBlock } from '../../shared/lesson/read/blocks';
import type { DocRead } from './docs-reader';
import type { PageRead, SummariseRequest } from './messages';
import { PLAN_LIMITS } from './plan-blocks';

/**
 * What the panel and the background accept from a content script: the blocks a page or Doc was
 * read into, checked for shape and size, because their words come from pages Trajectory does
 * not control. Kept apart from messages.ts so zod stays out of the script on every Doc.
 */
const words = (limit: number) => z.string().max(limit);

const draftBlockSchema = z.strictObject({
  kind: z.enum(['heading', 'paragraph', 'item', 'row']),
  text: words(PLAN_LIMITS.blockChars),
  level: z.number().int().min(1).max(6).optional(),
  cells: z.array(words(PLAN_LIMITS.blockChars)).max(PLAN_LIMITS.cells).optional(),
  emphasised: z.boolean().optional(),
  marker: words(PLAN_LIMITS.markerChars).optional(),
  timeCell: z.number().int().min(0).max(PLAN_LIMITS.cells).optional(),
}) satisfies z.ZodType<DraftBlock>;

const blockChars = (block: DraftBlock) =>
  block.text.length + (block.cells?.reduce((sum, cell) => sum + cell.length, 0) ?? 0);

export const planBlocksSchema = z
  .array(draftBlockSchema)
  .max(PLAN_LIMITS.blocks)
  .refine((blocks) => blocks.reduce((sum, block) => sum + blockChars(block), 0) <= PLAN_LIMITS.totalChars, {
    error: `More than ${PLAN_LIMITS.totalChars} characters of plan.`,
  });

const titleSchema = words(1000);

const summariseRequestSchema = z.object({
  type: z.literal('trajectory/summarise'),
  blocks: planBlocksSchema,
}) satisfies z.ZodType<SummariseRequest>;

const pathFailureSchema = z.object({
  path: z.enum(['export', 'mobilebasic']),
  reason: z.enum(['blocked', 'redirected', 'sign-in', 'http-error', 'empty']),
  detail: words(1000),
});

const docReadSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    path: z.enum(['export', 'mobilebasic']),
    title: titleSchema,
    blocks: planBlocksSchema,
    clipped: z.boolean(),
    failures: z.array(pathFailureSchema).max(2),
  }),
  z.object({ ok: z.literal(false), failures: z.array(pathFailureSchema).max(2) }),
]) satisfies z.ZodType<DocRead>;

const pageReadSchema = z.object({
  title: titleSchema,
  main: planBlocksSchema,
  clipped: z.boolean(),
  selection: planBlocksSchema,
  selectionText: words(PLAN_LIMITS.totalChars),
}) satisfies z.ZodType<PageRead>;

/** The Docs card's request, or null for any other message (or one too big to be a plan). */
export function summariseRequest(message: unknown): SummariseRequest | null {
  const parsed = summariseRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** What the Docs content script answered, or null when it is not a read of a Doc. */
export function docRead(answer: unknown): DocRead | null {
  const parsed = docReadSchema.safeParse(answer);
  return parsed.success ? parsed.data : null;
}

/** What the page script returned, or null when it is not a read of a page. */
export function pageRead(result: unknown): PageRead | null {
  const parsed = pageReadSchema.safeParse(result);
  return parsed.success ? parsed.data : null;
}

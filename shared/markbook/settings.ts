import * as z from 'zod';

/** What a column can be. The reader guesses these from headers; settings can say otherwise. */
export const COLUMN_ROLES = [
  'name',
  'first-name',
  'last-name',
  'id',
  'gender',
  'sen',
  'eal',
  'disadvantaged',
  'most-able',
  'looked-after',
  'prior-attainment',
  'target',
  'assessment',
  'focus',
  'attendance',
  'sessions-possible',
  'sessions-attended',
  'intervention',
  'intervention-start',
  'ignore',
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

const percent = z.number().min(0).max(100);
const steps = z.number().min(0).max(20);

const columnOverride = z.union([
  z.enum(COLUMN_ROLES),
  z
    .object({
      role: z.enum(COLUMN_ROLES).optional(),
      scale: z.string().min(1).optional(),
      /** The assessment focus or strand a column holds. */
      focus: z.string().min(1).optional(),
      /** For marks: what the column is out of. */
      outOf: z.number().positive().optional(),
    })
    .strict(),
]);

const customScale = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    /** Grades from lowest to highest; each a label or { label, points }. */
    grades: z
      .array(
        z.union([z.string().min(1), z.object({ label: z.string().min(1), points: z.number() }).strict()]),
      )
      .min(2)
      .optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    step: z.number().positive().optional(),
    expectedPerYear: z.number().min(0).optional(),
    highFrom: z.number().optional(),
  })
  .strict()
  .refine((scale) => scale.grades !== undefined || (scale.min !== undefined && scale.max !== undefined), {
    message: 'give either grades (lowest first) or both min and max',
  });

export const markbookSettingsSchema = z
  .object({
    /** The 1-based row holding the headers, when the reader should not look for it. */
    headerRow: z.number().int().positive().optional(),
    /** Keyed by column letter ("D") or by header text ("Autumn 2"). */
    columns: z.record(z.string(), columnOverride).optional(),
    scales: z.array(customScale).optional(),
    /** Change a built-in scale's expected rate, step or high-attainment line, keyed by scale id. */
    scaleOverrides: z
      .record(
        z.string(),
        z
          .object({
            step: z.number().positive().optional(),
            expectedPerYear: z.number().min(0).optional(),
            highFrom: z.number().optional(),
          })
          .strict(),
      )
      .optional(),
    targets: z
      .object({
        /** How far above expected progress a computed target aims. */
        ambition: z.enum(['expected', 'above', 'aspirational']).optional(),
        /** linear: expected attainment rises from baseline to target; flat: judged against the target all year. */
        model: z.enum(['linear', 'flat']).optional(),
        /** Use the markbook's own target column when there is one. */
        useTeacherTargets: z.boolean().optional(),
        /** One target for every pupil without their own, e.g. "10" on a marks-out-of-20 scale. */
        fixed: z.string().min(1).optional(),
        /** When targets fall due, e.g. "end of Y11" or "end of KS4", when the target header does not say. */
        due: z.string().min(1).max(100).optional(),
      })
      .strict()
      .optional(),
    thresholds: z
      .object({
        /** On trajectory when no more than this many steps below expected. */
        onWithinSteps: steps.optional(),
        /** Well below trajectory at this many steps below expected, or more. */
        wellBelowSteps: steps.optional(),
        /** Above trajectory at this many steps above expected, or more. */
        aboveSteps: steps.optional(),
        persistentAbsence: percent.optional(),
        lowAttendance: percent.optional(),
        severeAbsence: percent.optional(),
        /** A focus this many steps below a pupil's others makes a spiky profile. */
        spikySteps: steps.optional(),
        /** Share of the class (0-1) weak in one focus that makes it a class-wide weakness. */
        classWideShare: z.number().min(0).max(1).optional(),
        /** A drop of this many steps at once counts as sharp. */
        sharpDropSteps: steps.optional(),
        groupSize: z.number().int().min(2).max(8).optional(),
        /** Assessment points an intervention needs before its impact is judged. */
        interventionPoints: z.number().int().min(1).max(6).optional(),
      })
      .strict()
      .optional(),
    /** The school's own flight paths from prior attainment to an estimated target; replace the built-in table for the same two scales. */
    flightPaths: z
      .array(
        z
          .object({
            from: z.string().min(1),
            to: z.string().min(1),
            name: z.string().min(1),
            rows: z.array(z.object({ from: z.number(), grade: z.string().min(1) }).strict()).min(1),
          })
          .strict(),
      )
      .optional(),
    /** Cell values that mean "not assessed" rather than a grade (added to ABS, X, N/A...). */
    absentMarkers: z.array(z.string()).optional(),
    /** Wording for curricular targets, keyed by focus name; replaces the built-in entries with the same key. */
    targetBank: z
      .record(z.string(), z.object({ mediumTerm: z.string().min(1), shortTerm: z.string().min(1) }).strict())
      .optional(),
  })
  .strict();

export type MarkbookSettings = z.infer<typeof markbookSettingsSchema>;
export type CustomScale = z.infer<typeof customScale>;

export { DEFAULT_TARGETS, DEFAULT_THRESHOLDS, type Thresholds } from './defaults';

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'settings';
  let got: unknown = input;
  for (const key of issue.path) {
    got = got !== null && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[key] : undefined;
  }
  const shown = got === undefined ? '' : ` (got ${JSON.stringify(got)})`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${field}: unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling`;
    case 'invalid_type': {
      const kind: Record<string, string> = { object: 'an object', record: 'an object', array: 'a list' };
      return `${field}: should be ${kind[issue.expected] ?? `a ${issue.expected}`}${shown}`;
    }
    case 'invalid_value':
      return `${field}: should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${shown}`;
    case 'too_small':
      return `${field}: should be at least ${String(issue.minimum)}${shown}`;
    case 'too_big':
      return `${field}: should be at most ${String(issue.maximum)}${shown}`;
    case 'invalid_union':
      return `${field}: is not a column role or a { role, scale, focus, outOf } object${shown}`;
    case 'custom':
      return `${field}: ${issue.message}`;
    default:
      return `${field}: ${issue.message}${shown}`;
  }
}

/** Validates settings from JSON, with messages that name the field a teacher got wrong. */
export function parseSettings(
  input: unknown,
): { ok: true; settings: MarkbookSettings } | { ok: false; errors: string[] } {
  const result = markbookSettingsSchema.safeParse(input ?? {});
  if (result.success) return { ok: true, settings: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => describeIssue(issue, input)) };
}

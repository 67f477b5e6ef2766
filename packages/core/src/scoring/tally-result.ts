import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { duplicateId } from '../validation/reference-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/** An exact value as `tally` writes it: an integer or a fraction `"p/q"`, as a string. */
const ExactValueSchema = z.string().check(z.regex(/^-?\d+(\/[1-9]\d*)?$/));

/** A criterion's score in a ranking row: the score and `weight × score`, as numbers. */
export const CriterionScoreSchema = z
  .object({ score: z.number(), weighted: z.number() })
  .register(z.globalRegistry, { id: 'CriterionScore' });

/** One project's row of a tally result, as written to JSON. */
export const TallyRowSchema = z
  .object({
    project: IdSchema,
    rank: z.int().check(z.positive()),
    total: z.number().register(z.globalRegistry, {
      description:
        'Σ weighted as a finite number, the nearest double of exact.total (never null: the meeting schema bounds weights and scores so totals cannot overflow).',
    }),
    tied: z.boolean(),
    criteria: z.record(IdSchema, CriterionScoreSchema),
    /** The same values exactly (optional: another platform's result may leave them out). */
    exact: z.optional(
      z.object({
        total: ExactValueSchema,
        criteria: z.record(
          IdSchema,
          z.object({
            score: ExactValueSchema,
            weighted: ExactValueSchema,
            sum: ExactValueSchema,
            ballots: ExactValueSchema,
          }),
        ),
      }),
    ),
  })
  .register(z.globalRegistry, {
    id: 'TallyRow',
    description: "A project's rank, total and per-criterion scores.",
  });

/** One project's row of a tally result, as read from JSON. */
export type TallyRow = z.infer<typeof TallyRowSchema>;

/** A ballot `tally` did not count, with every reason. */
export const RejectedBallotSchema = z
  .object({
    voter: z.nullable(z.string()),
    index: z.int().check(z.nonnegative()),
    reasons: z.array(
      z.object({
        rule: z.enum([
          'malformed',
          'unknown-voter',
          'unknown-project',
          'unknown-criterion',
          'wrong-mark-type',
          'out-of-range',
          'superseded',
        ]),
        path: z.array(z.union([z.string(), z.number()])),
        message: z.string(),
        text: z.object({ 'zh-CN': z.string(), en: z.string() }),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'RejectedBallot' });

/**
 * The output of `tally` (and `qingyuan tally --format json`) as a document: the ranking in rank
 * order (`project`, `rank`, `total`, `tied`, `criteria[id].score|weighted`, optional `exact`),
 * the number of ballots `counted`, and the `rejected` ballots with their reasons. Each project
 * appears once. Whether the projects belong to a given meeting is the reader's check.
 *
 * @example
 * const result = parseDocument(TallyResultSchema, JSON.parse(text), { locale: 'zh-CN' });
 * if (result.ok) result.value.ranking[0]?.project; // 'jinhuali-home'
 */
export const TallyResultSchema = z
  .object({
    ranking: z.array(TallyRowSchema),
    counted: z.int().check(z.nonnegative()),
    rejected: z.array(RejectedBallotSchema),
  })
  .check(
    z.superRefine((result, ctx) => {
      const seen = new Set<string>();
      result.ranking.forEach((row, i) => {
        if (seen.has(row.project)) {
          ctx.addIssue(
            validationIssue(duplicateId, { id: row.project, list: 'ranking' }, [
              'ranking',
              i,
              'project',
            ]),
          );
        }
        seen.add(row.project);
      });
    }),
  )
  .register(z.globalRegistry, {
    id: 'TallyResult',
    description: 'The ranked result of a review-meeting tally, with counted and rejected ballots.',
  });

/** A tally result as read from JSON (the same shape `tally` returns; `exact` optional). */
export type TallyResultDocument = z.infer<typeof TallyResultSchema>;

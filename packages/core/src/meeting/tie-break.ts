import * as z from 'zod/mini';
import { TimestampSchema } from '../domain/calendar.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { IdSchema } from '../validation/id.js';
import { duplicateId } from '../validation/reference-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/**
 * One step of a review meeting's tie-break chain, applied in the declared order to projects
 * with equal totals:
 * - `criteria`: the weighted score of each criterion, criteria by descending weight (equal
 *   weights in listed order), higher first;
 * - `requested`: the smaller request first;
 * - `lot`: drawing lots with the seed published before the draw (see `lotKey`);
 * - `casting-vote`: the chair's casting vote, recorded with who and why (`castingVotes`).
 *
 * Whatever the chain, the project id (code-point order) decides last, so the order is total.
 *
 * @example
 * TieBreakStepSchema.parse('lot'); // 'lot'
 */
export const TieBreakStepSchema = z
  .enum(['criteria', 'requested', 'lot', 'casting-vote'])
  .register(z.globalRegistry, { id: 'TieBreakStep' });

/** One step of a tie-break chain. */
export type TieBreakStep = z.infer<typeof TieBreakStepSchema>;

/**
 * The chain a meeting uses when it declares none: criteria by descending weight, then the
 * smaller request, then the project id. The pilot meeting and every meeting written before
 * chains could be declared rank by it.
 *
 * @example
 * tieBreakChain({}); // ['criteria', 'requested']
 */
export const DEFAULT_TIE_BREAK: readonly TieBreakStep[] = ['criteria', 'requested'];

/**
 * A tie-break chain: each step at most once.
 *
 * @example
 * TieBreakChainSchema.safeParse(['lot', 'lot']).success; // false
 */
export const TieBreakChainSchema = z
  .array(TieBreakStepSchema)
  .check(
    z.superRefine((chain, ctx) => {
      chain.forEach((step, index) => {
        if (chain.indexOf(step) !== index) {
          ctx.addIssue(
            validationIssue(
              duplicateId,
              { id: step, list: { 'zh-CN': '决胜顺序', en: 'tieBreak' } },
              [index],
            ),
          );
        }
      });
    }),
  )
  .register(z.globalRegistry, {
    id: 'TieBreakChain',
    description:
      'The tie-break steps in order, declared before voting opens; the project id decides last. Absent: ["criteria", "requested"].',
  });

/**
 * The seed of a drawing of lots, published before the draw so anyone can repeat it: a
 * non-empty text (at most 256 characters), when and by whom it was published.
 *
 * @example
 * LotSchema.parse({ seed: '2008-03-20 双色球 03 11 17 22 28 31 + 09', publishedAt: '2008-03-19T20:00:00+08:00' });
 */
export const LotSchema = z
  .object({
    seed: z.string().check(z.minLength(1), z.maxLength(256)),
    publishedAt: TimestampSchema,
    publishedBy: z.optional(IdSchema),
  })
  .register(z.globalRegistry, {
    id: 'Lot',
    description:
      'The published seed of a drawing of lots: each project draws sha256(seed + "\\n" + project id), smallest first.',
  });

/** The published seed of a drawing of lots. */
export type Lot = z.infer<typeof LotSchema>;

/**
 * The chair's casting vote on tied projects: the projects in the order the chair put them,
 * who cast it and why. It is a departure from the computed order, so it is recorded like one.
 *
 * @example
 * CastingVoteSchema.parse({
 *   projects: ['yuhuayuan-culture', 'xinghuayuan-children'], by: 'p-chair',
 *   reason: { 'zh-CN': '文化中心受益居民更多', en: 'The culture centre serves more residents' },
 * });
 */
export const CastingVoteSchema = z
  .object({
    projects: z.array(IdSchema).check(z.minLength(2)),
    by: IdSchema,
    reason: LocalizedTextSchema,
    at: z.optional(TimestampSchema),
  })
  .register(z.globalRegistry, { id: 'CastingVote' });

/** The chair's casting vote on tied projects. */
export type CastingVote = z.infer<typeof CastingVoteSchema>;

/**
 * The tie-break chain a meeting ranks by: its declared `tieBreak`, or {@link DEFAULT_TIE_BREAK}.
 *
 * @example
 * tieBreakChain({ tieBreak: ['lot'] }); // ['lot']
 */
export function tieBreakChain(meeting: {
  readonly tieBreak?: readonly TieBreakStep[] | undefined;
}): readonly TieBreakStep[] {
  return meeting.tieBreak ?? DEFAULT_TIE_BREAK;
}

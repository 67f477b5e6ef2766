import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';

/**
 * The dot-voting limits of a session (贴点投票): each participant has `perParticipant` dots
 * in all, and may put at most `perIdea` of them on one idea.
 *
 * @example
 * DotLimitsSchema.parse({ perParticipant: 5, perIdea: 2 });
 */
export const DotLimitsSchema = z
  .object({
    perParticipant: z.int().check(z.positive()),
    perIdea: z.int().check(z.positive()),
  })
  .register(z.globalRegistry, {
    id: 'DotLimits',
    description: 'Dots per participant in all, and at most per idea.',
  });

/** The dot-voting limits of a session. */
export type DotLimits = z.infer<typeof DotLimitsSchema>;

/**
 * Dots a participant put on an idea. A participant may have several entries for one idea
 * (a dot added later); the limits apply to their sum.
 *
 * @example
 * DotVoteSchema.parse({ participant: 'p-wang', idea: 'i-supermarket', dots: 2 });
 */
export const DotVoteSchema = z
  .object({
    participant: IdSchema,
    idea: IdSchema,
    dots: z.int().check(z.positive()),
  })
  .register(z.globalRegistry, {
    id: 'DotVote',
    description: 'Dots one participant put on one idea.',
  });

/** Dots a participant put on an idea. */
export type DotVote = z.infer<typeof DotVoteSchema>;

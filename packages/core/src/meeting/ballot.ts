import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';

/** One mark: `true`/`false` for approval voting, an integer for score voting. */
export const MarkSchema = z
  .union([z.boolean(), z.int()])
  .register(z.globalRegistry, { id: 'Mark' });

/** One mark. */
export type Mark = z.infer<typeof MarkSchema>;

/**
 * One attendee's ballot in the interchange format: for each project, a mark per criterion.
 * Whether the voter, projects and criteria exist is checked against the meeting when tallying.
 *
 * @example
 * BallotSchema.parse({
 *   voter: 'v01',
 *   marks: { 'jinhuali-home': { 'public-benefit': true, feasibility: false, sustainability: true } },
 * });
 */
export const BallotSchema = z
  .object({
    voter: IdSchema,
    marks: z.record(z.string(), z.record(z.string(), MarkSchema)),
  })
  .register(z.globalRegistry, {
    id: 'Ballot',
    description: 'One attendee’s marks per project and criterion.',
  });

/** One attendee's ballot. */
export type Ballot = z.infer<typeof BallotSchema>;

/** A `ballots.json` document: ballots in the order they were cast. */
export const BallotListSchema = z
  .array(BallotSchema)
  .register(z.globalRegistry, { id: 'BallotList' });

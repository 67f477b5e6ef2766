import type { CastRules } from '../storage/repository.js';
import { marksViolations } from './meeting-tally.js';
import { castViolations } from './meeting-transition.js';

/**
 * The ballot box's checks of a ballot, run by the group commit on the locked meeting: its marks
 * (core's ballot check, a `400`), then the lifecycle (voting must be open, a `409`).
 *
 * @example
 * await repository.castBallot('m1', { code, marks }, castRules);
 */
export const castRules: CastRules = {
  marks: (record, marks) => marksViolations(record.document, marks),
  cast: (record, voter, marks) => castViolations(record.state, voter, marks),
};

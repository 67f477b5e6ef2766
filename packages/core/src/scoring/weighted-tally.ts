import type { Ballot } from '../meeting/ballot.js';
import { listArgument, meetingArgument } from '../meeting/meeting-argument.js';
import type { ReviewMeetingInput } from '../meeting/review-meeting.js';
import { checkBallot, indexMeeting, supersededReason } from './ballot-check.js';
import { interestRecusals, recusalCommunity } from './recusal.js';
import {
  ExactAccumulator,
  finishTally,
  voterGroups,
  type RejectedBallot,
  type TallyResult,
} from './tally-counts.js';

/**
 * Tallies a review meeting (项目评审会) by the case study's rule, exactly:
 *
 * - each ballot is checked (BallotSchema, known voter, project and criterion ids, mark type and
 *   range); a bad ballot is rejected whole with every reason; of several valid ballots of one
 *   voter the last counts and the earlier are rejected as `superseded`;
 * - a voter's marks on a project the voter is recused from (see `recusalReason`: applicant,
 *   team member, declared conflict, and under `recusal: "own-community"` the voter's own
 *   community) are ignored and the ballot does not count towards its denominators;
 * - approval: a missing mark is "not approved"; score: a missing mark is an abstention;
 * - per project and criterion, `score` is the sum of the marks (`"sum"`) or that sum divided by
 *   the number of counted ballots that could mark the project (approval) or did mark the pair
 *   (score), 0 when none (`"mean"`); `weighted = weight × score`; `total = Σ weighted`;
 * - weights are read as written (`0.1` is one tenth), all arithmetic is exact, and the order is
 *   the declared chain of {@link orderProjects}.
 *
 * Optional voter-group weights (`meeting.groupWeights`) multiply each ballot's marks and its
 * share of the denominators.
 *
 * The meeting is validated first, exactly as `parseDocument(ReviewMeetingSchema, meeting)` does
 * (defaults applied, so a file that leaves out `aggregate` is summed, as `qingyuan tally` sums
 * it): an invalid meeting — a negative weight, two projects with one id, a project without a
 * community — throws an `InvalidInputError` with those violations, and nothing is
 * computed. Pass the raw document or a parsed one; both give the same result. Ballots are data
 * to be judged, not arguments: each bad ballot is rejected with its reasons, never thrown.
 *
 * The result's `number` fields are the nearest doubles of the exact values; `exact` holds the
 * values as strings. Other packages read `ranking[i].project/rank/total/tied/criteria`,
 * `counted` and `rejected[i].voter/reasons`: that shape is stable.
 *
 * @example
 * const result = tally(meeting, [
 *   { voter: 'v01', marks: { 'jinhuali-home': { 'public-benefit': true } } },
 * ]);
 * result.ranking[0]; // { project: 'jinhuali-home', rank: 1, total: 0.4, tied: false, criteria: {...}, exact: {...} }
 * result.counted; // 1
 */
export function tally(input: ReviewMeetingInput, ballots: readonly unknown[]): TallyResult {
  const meeting = meetingArgument(input, 'tally');
  listArgument(ballots, 'tally', 'ballots', 'BallotList');
  const index = indexMeeting(meeting);
  const checks = ballots.map((ballot) => checkBallot(meeting, ballot, index));
  const lastValid = new Map<string, number>();
  checks.forEach((check, i) => {
    if (check.ok) lastValid.set(check.ballot.voter, i);
  });
  const rejected: RejectedBallot[] = [];
  const counted: Ballot[] = [];
  checks.forEach((check, i) => {
    if (!check.ok) rejected.push({ voter: check.voter, index: i, reasons: check.reasons });
    else if (lastValid.get(check.ballot.voter) !== i) {
      rejected.push({
        voter: check.ballot.voter,
        index: i,
        reasons: [supersededReason(lastValid.get(check.ballot.voter)!)],
      });
    } else counted.push(check.ballot);
  });

  const P = meeting.projects.length;
  const C = meeting.criteria.length;
  const groups = voterGroups(meeting);
  const G = groups.weights.length;
  const method = meeting.method;
  const approval = method.type === 'approval';
  const maxStep = approval ? 1 : Math.max(Math.abs(method.min), Math.abs(method.max));
  const sums = new ExactAccumulator(G * P * C, maxStep);
  const denominators = new ExactAccumulator(approval ? G * P : G * P * C, 1);

  const interests = interestRecusals(meeting);
  for (const ballot of counted) {
    const v = index.voters.get(ballot.voter)!;
    const recusedFrom = recusalCommunity(meeting, meeting.voters[v]);
    const interest = interests[v];
    const g = groups.ofVoter[v]!;
    for (let p = 0; p < P; p++) {
      const project = meeting.projects[p]!;
      if (recusedFrom !== undefined && recusedFrom === project.community) continue;
      if (interest?.has(p)) continue;
      const marks = Object.hasOwn(ballot.marks, project.id) ? ballot.marks[project.id] : undefined;
      const base = g * P * C + p * C;
      if (approval) denominators.fast[g * P + p]! += 1;
      if (marks === undefined) continue;
      for (let c = 0; c < C; c++) {
        const id = meeting.criteria[c]!.id;
        if (!Object.hasOwn(marks, id)) continue;
        const mark = marks[id]!;
        if (approval) {
          if (mark === true) sums.fast[base + c]! += 1;
        } else {
          sums.fast[base + c]! += mark as number;
          denominators.fast[base + c]! += 1;
        }
      }
    }
    sums.tick();
    denominators.tick();
  }
  return finishTally(meeting, { sums, ballots: denominators, counted: counted.length, rejected });
}

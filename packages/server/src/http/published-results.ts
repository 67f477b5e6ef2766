import type { ReviewMeeting, TallyResult } from '@qingyuan/core';
import { anonymousCodes, anonymousHistory, anonymousMeeting } from '../meeting/anonymous-roster.js';
import { apiStatus } from '../meeting/meeting-status.js';
import { tallyBallots, type CodeVoter } from '../meeting/meeting-tally.js';
import type { MeetingRecord, StoredBallot } from '../storage/records.js';
import type { BallotBoxRepository } from '../storage/repository.js';
import type { MeetingExport } from '../verify/verify-export.js';

/**
 * The meeting and its tally as published: the roster under code ids (`anonymousMeeting`), every
 * ballot under its code's id. The same result as tallying the named roster.
 *
 * @example
 * const { meeting, tally } = publicTally(record.document, codes, countedBallots);
 */
export function publicTally(
  document: ReviewMeeting,
  codes: readonly CodeVoter[],
  counted: readonly StoredBallot[],
): { meeting: ReviewMeeting; tally: TallyResult } {
  const meeting = anonymousMeeting(document, codes);
  return { meeting, tally: tallyBallots(meeting, anonymousCodes(codes), counted) };
}

/**
 * The meeting's tally of its counted ballots, as published.
 *
 * @example
 * const { ranking, counted } = await tallyOf(repository, record);
 */
export async function tallyOf(
  repository: BallotBoxRepository,
  record: MeetingRecord,
): Promise<TallyResult> {
  const [codes, ballots] = await Promise.all([
    repository.codeVoters(record.id),
    repository.ballots(record.id, { countedOnly: true }),
  ]);
  return publicTally(record.document, codes, ballots).tally;
}

/**
 * Everything a recount needs, as `GET /meetings/:id/export` answers it: the public meeting,
 * every ballot, the audit log, the tally and the anonymous history.
 *
 * @example
 * const report = verifyMeetingExport(await exportOf(repository, record));
 */
export async function exportOf(
  repository: BallotBoxRepository,
  record: MeetingRecord,
): Promise<MeetingExport> {
  const [codes, ballots, log, history] = await Promise.all([
    repository.codeVoters(record.id),
    repository.ballots(record.id),
    repository.auditLog(record.id),
    repository.history(record.id),
  ]);
  const counted = ballots.filter((ballot) => ballot.counted);
  const { meeting, tally } = publicTally(record.document, codes, counted);
  return {
    meeting,
    status: apiStatus(record.status),
    ballots,
    log,
    tally,
    history: anonymousHistory(history, codes),
  };
}

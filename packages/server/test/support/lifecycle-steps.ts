import type { Violation } from '@qingyuan/core';
import { castViolations, organizerEvent } from '../../src/meeting/meeting-transition.js';
import type { MeetingRecord } from '../../src/storage/records.js';
import type { BallotBoxRepository, CastRules } from '../../src/storage/repository.js';

/** Locks the weights of a draft meeting and opens voting, straight in the repository. */
export async function openVoting(repo: BallotBoxRepository, id: string): Promise<void> {
  for (const [type, kind] of [
    ['weights-locked', 'meeting.weights-locked'],
    ['voting-opened', 'voting.opened'],
  ] as const) {
    const outcome = await repo.changeMeeting(id, (record) => ({
      ok: true,
      change: { events: [organizerEvent(record.state, { type })], log: { kind, data: {} } },
    }));
    if (!outcome?.ok) throw new Error(`${type} failed`);
  }
}

/** Cast rules that accept any marks and apply core's lifecycle (voting must be open). */
export const lifecycleOnly: CastRules = {
  marks: () => [],
  cast: (record: MeetingRecord, voter, marks): readonly Violation[] =>
    castViolations(record.state, voter, marks),
};

import type { Violation } from '@qingyuan/core';
import { castViolations, organizerEvent } from '../../src/meeting/meeting-transition.js';
import type { MeetingRecord } from '../../src/storage/records.js';
import type { BallotBoxRepository, CastRules } from '../../src/storage/repository.js';

/** Locks the weights of a draft meeting and opens voting, straight in the repository. */
export async function openVoting(repo: BallotBoxRepository, id: string): Promise<void> {
  for (const type of ['weights-locked', 'voting-opened'] as const) {
    const outcome = await repo.changeMeeting(id, (record) => ({
      ok: true,
      change: { events: [organizerEvent(record.state, { type })] },
    }));
    if (!outcome?.ok) throw new Error(`${type} failed`);
  }
}

/** Closes voting on an open meeting, straight in the repository. */
export async function closeVoting(repo: BallotBoxRepository, id: string): Promise<void> {
  const outcome = await repo.changeMeeting(id, (record) => ({
    ok: true,
    change: { events: [organizerEvent(record.state, { type: 'voting-closed' })] },
  }));
  if (!outcome?.ok) throw new Error('voting-closed failed');
}

/** Cast rules that accept any marks and apply core's lifecycle (voting must be open). */
export const lifecycleOnly: CastRules = {
  marks: () => [],
  cast: (record: MeetingRecord, voter, marks): readonly Violation[] =>
    castViolations(record.state, voter, marks),
};

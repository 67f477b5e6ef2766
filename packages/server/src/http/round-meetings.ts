import type { Context } from 'hono';
import type { ContextMeeting } from '../round/round-state.js';
import type { BallotBoxEnv } from './app-env.js';

/**
 * The review meetings `ids` of organisation `organizationId` as core's project rules read them
 * (status, document, published ranking, recorded funding decision), read from the ballot box.
 * A meeting that does not exist or belongs to another organisation is left out, so the rules
 * find it missing (`review.meeting-exists`).
 *
 * @example
 * const meetings = await roundMeetings(c, 'org-7K2Q', ['qingyuan-2007']);
 */
export async function roundMeetings<E extends BallotBoxEnv>(
  c: Context<E>,
  organizationId: string,
  ids: readonly string[],
): Promise<ContextMeeting[]> {
  const records = await Promise.all([...new Set(ids)].map((id) => c.var.repository.getMeeting(id)));
  return records.flatMap((record) =>
    record === undefined || record.organization !== organizationId
      ? []
      : [
          {
            status: record.state.status,
            meeting: record.document,
            ranking: record.state.ranking,
            funding: record.state.funding,
          },
        ],
  );
}

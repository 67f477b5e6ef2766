import { tallyHash } from '../audit/publish-commitment.js';
import { apiStatus } from '../meeting/meeting-status.js';
import type { BallotBoxRepository } from '../storage/repository.js';
import { resultsArePublic, resultsPublished } from './meeting-view.js';
import { tallyOf } from './published-results.js';

/**
 * What a meeting's event streams show: the turnout, the ranking when results are public, and
 * once published, the log position the results commit to.
 */
export interface LiveSnapshot {
  turnout: Record<string, unknown>;
  ranking?: Record<string, unknown>;
  published?: Record<string, unknown>;
}

/**
 * Loads a meeting's live snapshot (what `LiveSnapshots` shares among its event streams).
 * Throws when the meeting is gone.
 *
 * @example
 * const live = new LiveSnapshots(feed, (id) => liveSnapshot(repository, id), 250);
 */
export async function liveSnapshot(
  repository: BallotBoxRepository,
  id: string,
): Promise<LiveSnapshot> {
  const record = await repository.getMeeting(id);
  if (record === undefined) throw new Error(`meeting ${id} is gone`);
  const turnout = await repository.turnout(id);
  const snapshot: LiveSnapshot = {
    turnout: { meeting: id, status: apiStatus(record.status), ...turnout },
  };
  if (resultsArePublic(record)) {
    const result = await tallyOf(repository, record);
    snapshot.ranking = { meeting: id, counted: result.counted, ranking: result.ranking };
    const log = resultsPublished(record) ? await repository.publishedLog(id) : undefined;
    if (log !== undefined) snapshot.published = { meeting: id, log, tally: tallyHash(result) };
  }
  return snapshot;
}

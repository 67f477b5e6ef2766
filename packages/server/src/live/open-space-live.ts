import { publicSessionView, type PublicSessionView } from '../http/open-space-view.js';
import type { BallotBoxRepository } from '../storage/repository.js';
import type { ChangeFeed } from './change-feed.js';
import { LiveSnapshots } from './live-snapshots.js';

/** The live side of Open Space sessions: announcing a change, and what event streams show. */
export interface OpenSpaceLive {
  /** The feed key of a session (`open-space:<org>:<session>`; organisation ids hold no colon). */
  key(organization: string, session: string): string;
  /** Tells the session's event streams (on every instance) that it changed. */
  announce(organization: string, session: string): void;
  /** The public view of each watched session, loaded once for all its streams per interval. */
  readonly live: LiveSnapshots<PublicSessionView>;
}

const PREFIX = 'open-space:';

/**
 * The Open Space sessions' live service over the ballot box's change feed (the same feed as
 * meetings', so PostgreSQL's NOTIFY reaches every instance), with the same throttling.
 *
 * @example
 * const openSpace = openSpaceLive(feed, repository, 250);
 * openSpace.announce('org-7K2Q', 'os-2007'); // its streams send a fresh `session` event
 */
export function openSpaceLive(
  feed: ChangeFeed,
  repository: BallotBoxRepository,
  intervalMs: number,
): OpenSpaceLive {
  const key = (organization: string, session: string) => `${PREFIX}${organization}:${session}`;
  return {
    key,
    announce(organization, session) {
      // The change is committed; a lost notification only delays a live view.
      feed.publish(key(organization, session)).catch(() => undefined);
    },
    live: new LiveSnapshots(
      feed,
      async (watched) => {
        const rest = watched.slice(PREFIX.length);
        const colon = rest.indexOf(':');
        const record = await repository.openSpace.get(rest.slice(0, colon), rest.slice(colon + 1));
        if (record === undefined) throw new Error(`session ${watched} is gone`);
        return publicSessionView(record);
      },
      intervalMs,
    ),
  };
}

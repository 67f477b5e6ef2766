import type { MeetingStatus as LifecycleStatus } from '@qingyuan/core';

/**
 * A meeting's status as the ballot box's API shows it: `@qingyuan/core`'s review-meeting
 * status under the API's shorter names (`voting-open` is `open`, `voting-closed` is `closed`,
 * `results-published` is `published`).
 */
export type MeetingStatus =
  'draft' | 'weights-locked' | 'open' | 'closed' | 'published' | 'funding-decided';

const names: Record<LifecycleStatus, MeetingStatus> = {
  draft: 'draft',
  'weights-locked': 'weights-locked',
  'voting-open': 'open',
  'voting-closed': 'closed',
  'results-published': 'published',
  'funding-decided': 'funding-decided',
};

/**
 * The API name of a core meeting status.
 *
 * @example
 * apiStatus('voting-open'); // 'open'
 */
export function apiStatus(status: LifecycleStatus): MeetingStatus {
  return names[status];
}

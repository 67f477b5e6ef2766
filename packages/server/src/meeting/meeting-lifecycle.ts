import type { MeetingRecord, MeetingStatus, Violation } from '../storage/records.js';

/** The organizer's lifecycle actions, each an endpoint `POST /meetings/:id/<action>`. */
export type MeetingAction = 'lock-weights' | 'open' | 'close' | 'publish';

/** Every lifecycle action, in the order a meeting goes through them. */
export const meetingActions: readonly MeetingAction[] = [
  'lock-weights',
  'open',
  'close',
  'publish',
];

const steps: Record<MeetingAction, { from: MeetingStatus; to: MeetingStatus; log: string }> = {
  'lock-weights': { from: 'draft', to: 'weights-locked', log: 'meeting.weights-locked' },
  open: { from: 'weights-locked', to: 'open', log: 'voting.opened' },
  close: { from: 'open', to: 'closed', log: 'voting.closed' },
  publish: { from: 'closed', to: 'published', log: 'results.published' },
};

/** What the ballot box knows beyond the meeting record when deciding a transition. */
export interface LifecycleContext {
  /** Voting codes issued so far. */
  codes: number;
}

/**
 * Decides one lifecycle step of a meeting on the ballot box (draft → weights-locked → open →
 * closed → published) and returns every rule the step breaks, or the new status with the
 * audit-log kind that records it.
 *
 * @example
 * decideTransition(record, 'open', { codes: 0 });
 * // { ok: false, violations: [{ rule: 'status', … }, { rule: 'codes-issued', … }] } for a draft
 */
export function decideTransition(
  record: MeetingRecord,
  action: MeetingAction,
  context: LifecycleContext,
): { ok: true; to: MeetingStatus; log: string } | { ok: false; violations: Violation[] } {
  const step = steps[action];
  const violations: Violation[] = [];
  if (record.status !== step.from) {
    violations.push({
      rule: 'status',
      message: `"${action}" needs a meeting in "${step.from}", this one is "${record.status}"`,
      path: ['status'],
    });
  }
  if (action === 'lock-weights' || action === 'open') {
    if (record.document.projects.length === 0) {
      violations.push({
        rule: 'projects-listed',
        message: 'The meeting lists no projects',
        path: ['meeting', 'projects'],
      });
    }
  }
  if (action === 'open' && context.codes === 0) {
    violations.push({
      rule: 'codes-issued',
      message: 'No voting codes have been issued yet',
      path: ['codes'],
    });
  }
  return violations.length > 0
    ? { ok: false, violations }
    : { ok: true, to: step.to, log: step.log };
}

/**
 * The rules a ballot breaks because of the meeting's state (voting must be open).
 *
 * @example
 * votingViolations(closedMeeting); // [{ rule: 'voting-open', … }]
 */
export function votingViolations(record: MeetingRecord): Violation[] {
  return record.status === 'open'
    ? []
    : [
        {
          rule: 'voting-open',
          message: `Ballots are accepted only while voting is open; the meeting is "${record.status}"`,
          path: ['status'],
        },
      ];
}

/**
 * The rules an edit of the meeting document breaks (only a draft can change).
 *
 * @example
 * editViolations(lockedMeeting); // [{ rule: 'draft-only', … }]
 */
export function editViolations(record: MeetingRecord): Violation[] {
  return record.status === 'draft'
    ? []
    : [
        {
          rule: 'draft-only',
          message: `The meeting document can change only while it is a draft; it is "${record.status}"`,
          path: ['meeting'],
        },
      ];
}

/**
 * The rules issuing voting codes breaks (codes cannot be issued after voting closed).
 *
 * @example
 * issueViolations(closedMeeting); // [{ rule: 'before-close', … }]
 */
export function issueViolations(record: MeetingRecord): Violation[] {
  return record.status === 'closed' || record.status === 'published'
    ? [
        {
          rule: 'before-close',
          message: `Codes cannot be issued once voting closed; the meeting is "${record.status}"`,
          path: ['status'],
        },
      ]
    : [];
}

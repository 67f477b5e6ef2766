/**
 * `@qingyuan/core/examples`: the canonical sample documents of the 2007 Qingyuan pilot, typed and
 * schema-valid, for docs, demos, stories and tests. A separate entry, so the main `@qingyuan/core`
 * bundle does not carry them.
 *
 * @example
 * import { tally } from '@qingyuan/core';
 * import { pilotBallots, pilotMeeting } from '@qingyuan/core/examples';
 * const result = tally(pilotMeeting, pilotBallots);
 */
export * from './pilot-meeting.js';
export * from './pilot-ballots.js';
export * from './jinhuali-survey.js';
export * from './subdistrict-survey.js';
export * from './pilot-applications.js';
export * from './jinhuali-execution.js';
export * from './liuyinli-termination.js';
export * from './pilot-round.js';
export * from './pilot-open-space.js';
export * from './pilot-trainings.js';
export * from './liuyinli-round.js';
export * from './pilot-project-context.js';

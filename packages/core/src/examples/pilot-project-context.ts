import type { ProjectContext } from '../workflow/project-state.js';
import {
  liuyinliDecision,
  liuyinliMeeting,
  liuyinliRanking,
  liuyinliRound,
  liuyinliSummarySheet,
  liuyinliVetting,
} from './liuyinli-round.js';
import { pilotMeeting } from './pilot-meeting.js';
import {
  pilotBodies,
  pilotDecision,
  pilotParticipants,
  pilotRanking,
  pilotRound,
  pilotSummarySheet,
  pilotVettings,
} from './pilot-round.js';

/**
 * Everything the project rules read to replay the example project histories
 * (`jinhualiExecutionHistory`, `liuyinliTerminationHistory`): the bodies and participants, and
 * the documents of the 2007 pilot round and of the fictional Liuyinli round — rounds, the
 * meetings with their published rankings and funding decisions, vettings and signed-off
 * results summary sheets — so each approval follows its round's funding decision.
 *
 * @example
 * import { projectLifecycle, replay } from '@qingyuan/core';
 * import { jinhualiExecutionHistory, pilotProjectContext } from '@qingyuan/core/examples';
 * replay(projectLifecycle, jinhualiExecutionHistory, pilotProjectContext).state.status; // 'closed'
 */
export const pilotProjectContext: ProjectContext = {
  bodies: pilotBodies,
  rounds: [pilotRound, liuyinliRound],
  meetings: [
    {
      status: 'funding-decided',
      meeting: pilotMeeting,
      ranking: pilotRanking,
      funding: pilotDecision,
    },
    {
      status: 'funding-decided',
      meeting: liuyinliMeeting,
      ranking: liuyinliRanking,
      funding: liuyinliDecision,
    },
  ],
  vettings: [...pilotVettings, liuyinliVetting],
  summarySheets: [pilotSummarySheet, liuyinliSummarySheet],
  participants: pilotParticipants,
};

import type { ProjectContext } from '@qingyuan/core';
import {
  pilotBodies,
  pilotDecision,
  pilotMeeting,
  pilotRanking,
  pilotRound,
  pilotSummarySheet,
  pilotVettings,
} from '@qingyuan/core/examples';
import { demoParticipants } from './project-histories.js';

/**
 * What core's project rules read in the demo: the bodies, the demo's participants (their roles:
 * residents on the teams, the service center, the street leader and expert), and the documents
 * of the 2007 pilot round of `@qingyuan/core/examples`, so every approval follows a published
 * meeting's funding decision.
 */
export const demoContext: ProjectContext = {
  bodies: pilotBodies,
  rounds: [pilotRound],
  meetings: [
    {
      status: 'funding-decided',
      meeting: pilotMeeting,
      ranking: pilotRanking,
      funding: pilotDecision,
    },
  ],
  vettings: pilotVettings,
  summarySheets: [pilotSummarySheet],
  participants: demoParticipants,
};

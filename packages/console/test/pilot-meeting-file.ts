import type { ReviewMeetingInput } from '@qingyuan/core';
import { pilotMeeting } from '@qingyuan/core/examples';

/** The case study's review meeting as an organizer's file: its own id, codes instead of a roll. */
export function pilotMeetingFile(id: string): ReviewMeetingInput {
  return { ...pilotMeeting, id, voters: [] };
}

/** Approval marks for every project and criterion of the pilot meeting. */
export function approvalMarks(
  approve: (project: string, criterion: string) => boolean,
): Record<string, Record<string, boolean>> {
  return Object.fromEntries(
    pilotMeeting.projects.map(({ id: project }) => [
      project,
      Object.fromEntries(pilotMeeting.criteria.map(({ id }) => [id, approve(project, id)])),
    ]),
  );
}

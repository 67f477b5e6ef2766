import type { ProjectContext, RankedProject, ReviewMeeting } from '@qingyuan/core';
import { demoApi, type DemoSession, type RoundView } from '../api/demo-api.js';
import { demoBodies, demoParticipants } from '../data/project-histories.js';

/**
 * What core's project rules read about the demo's round when a screen replays a project's
 * history from the ballot box: the round's documents as the box stores them, the review meeting
 * with its published ranking and, once made, its funding decision.
 *
 * @example
 * const context = roundProjectContext(view, meeting, ranking);
 * replay(projectLifecycle, history, context).state.team;
 */
export function roundProjectContext(
  view: RoundView | undefined,
  meeting: ReviewMeeting | undefined,
  ranking: readonly RankedProject[],
): ProjectContext {
  const decision = view?.decisions.find((d) => d.meeting === meeting?.id);
  return {
    bodies: demoBodies,
    participants: demoParticipants,
    rounds: view ? [view.round] : [],
    meetings: meeting
      ? [
          {
            status: decision ? 'funding-decided' : 'results-published',
            meeting,
            ranking: ranking.map((r) => ({ project: r.project, rank: r.rank })),
            ...(decision ? { funding: decision } : {}),
          },
        ]
      : [],
    vettings: view?.vettings ?? [],
    summarySheets: view?.summarySheets ?? [],
  };
}

/**
 * Reads the round from the ballot box (the demo's shared board) with what its projects' rules
 * need: the seeded review meeting and its live or published ranking. Undefined when the box
 * cannot be read.
 *
 * @example
 * const read = await readRoundProjects(session);
 * if (read) replay(projectLifecycle, read.view.projects[0].history, read.context);
 */
export async function readRoundProjects(
  session: DemoSession,
): Promise<{ view: RoundView; context: ProjectContext } | undefined> {
  const [view, meeting, results] = await Promise.all([
    demoApi.round(),
    demoApi.meeting(session.meetingId),
    demoApi.results(),
  ]);
  if (!view.ok) return undefined;
  const context = roundProjectContext(
    view.value,
    meeting.ok ? meeting.value.meeting : undefined,
    results.ok ? results.value.ranking : [],
  );
  return { view: view.value, context };
}

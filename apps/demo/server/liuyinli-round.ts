import type { ProjectEvent, Round } from '@qingyuan/core';
import {
  liuyinliApplication,
  liuyinliDecision,
  liuyinliMeeting,
  liuyinliRound,
  liuyinliSummarySheet,
  liuyinliTerminationHistory,
  liuyinliVetting,
} from '@qingyuan/core/examples';
import { demoBodies, demoParticipants } from '../src/data/project-histories.js';
import { mintCredential, mintRoundRoles, type DemoRound } from './demo-round.js';
import { boxAnswer, postJson, type BoxFetch } from './box-fetch.js';

/**
 * The FICTIONAL Liuyinli 柳荫里 round of `@qingyuan/core/examples` as the demo seeds it on the
 * ballot box: its reading corner submitted, vetted, reviewed at its own meeting (two ballots
 * cast, results published), the summary sheet signed, funded by the service center's decision,
 * and then under way as core's example history has it up to its first expense (team formed,
 * the finance lead's contract signed, the first tranche paid, execution started). What happens
 * to it next — a scope change, the termination — the demo's users post in the browser.
 * Everything about it is invented, and the demo says so on screen.
 */
export const liuyinliProject = liuyinliApplication.id;

/** The events of core's Liuyinli example after its approval, up to its first expense. */
export const liuyinliUnderWay: ProjectEvent[] = liuyinliTerminationHistory.slice(
  liuyinliTerminationHistory.findIndex((e) => e.type === 'approved') + 1,
  liuyinliTerminationHistory.findIndex((e) => e.type === 'expense-recorded') + 1,
);

/**
 * Seeds the fictional Liuyinli round in `organization` under ids ending in `suffix` (a reset
 * seeds a new one), with its own role credentials; answers the round as the demo keeps it.
 *
 * @example
 * const liuyinli = await seedLiuyinliRound(box, operatorKey, org, 'ab12cd');
 */
export async function seedLiuyinliRound(
  box: BoxFetch,
  operatorKey: string,
  organization: string,
  suffix: string,
): Promise<DemoRound> {
  const roundId = `${liuyinliRound.id}-${suffix}`;
  const meetingId = `${liuyinliMeeting.id}-${suffix}`;
  const post = (path: string, body: unknown, token: string, headers: Record<string, string> = {}) =>
    postJson(box, path, body, token, headers);
  const base = `/organizations/${organization}`;
  const round: Round = {
    ...liuyinliRound,
    id: roundId,
    applications: [],
    meetings: [],
    decisions: [],
    funded: [],
  };
  await boxAnswer(
    post(
      `${base}/rounds`,
      { round, bodies: demoBodies, participants: demoParticipants },
      operatorKey,
    ),
    'Creating the Liuyinli round',
  );
  const roles = await mintRoundRoles(box, operatorKey, organization, roundId, ['liuyinli']);
  const at = `${base}/rounds/${roundId}`;
  await boxAnswer(
    post(
      `${at}/applications`,
      { application: liuyinliApplication, by: 'p-gu', at: '2007-09-24T09:00:00+08:00' },
      roles.applicants.liuyinli!,
    ),
    'Submitting the Liuyinli application',
  );
  await boxAnswer(
    post(
      `${at}/vettings`,
      { vetting: { ...liuyinliVetting, round: roundId } },
      roles.serviceCenter,
    ),
    'Vetting the Liuyinli application',
  );
  // Its review meeting: created with the operator key, two attendees vote, results published.
  const voters = liuyinliMeeting.voters.slice(0, 2).map((v) => v.id);
  const created = await boxAnswer<{ organizerToken: string }>(
    post('/meetings', { meeting: { ...liuyinliMeeting, id: meetingId } }, operatorKey),
    'Creating the Liuyinli meeting',
  );
  await boxAnswer(
    post(
      `${at}/reviews`,
      { meeting: meetingId, by: 'p-center', at: '2007-09-28T14:00:00+08:00' },
      roles.serviceCenter,
    ),
    'Putting the Liuyinli application on its meeting’s agenda',
  );
  const issued = await boxAnswer<{ codes: { voter: string; code: string }[] }>(
    post(`/meetings/${meetingId}/codes`, { voters }, created.organizerToken),
    'Issuing the Liuyinli meeting’s codes',
  );
  const meeting = `/meetings/${meetingId}`;
  await boxAnswer(
    post(`${meeting}/lock-weights`, {}, created.organizerToken),
    'Locking the weights',
  );
  await boxAnswer(post(`${meeting}/open`, {}, created.organizerToken), 'Opening the Liuyinli vote');
  const yes = Object.fromEntries(liuyinliMeeting.criteria.map((c) => [c.id, true]));
  for (const { code } of issued.codes) {
    await boxAnswer(
      box(`${meeting}/ballots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, marks: { [liuyinliProject]: yes } }),
      }),
      'Casting a Liuyinli ballot',
    );
  }
  await boxAnswer(
    post(`${meeting}/close`, {}, created.organizerToken),
    'Closing the Liuyinli vote',
  );
  await boxAnswer(
    post(`${meeting}/publish`, {}, created.organizerToken),
    'Publishing the Liuyinli results',
  );
  await boxAnswer(
    post(
      `${at}/summary-sheets`,
      { sheet: { ...liuyinliSummarySheet, meeting: meetingId } },
      roles.supervisor,
    ),
    'Signing the Liuyinli summary sheet',
  );
  await boxAnswer(
    post(
      `${at}/funding-decisions`,
      {
        id: liuyinliDecision.id,
        meeting: meetingId,
        decidedBy: liuyinliDecision.decidedBy,
        decidedAt: liuyinliDecision.decidedAt,
        opinions: liuyinliDecision.opinions,
      },
      roles.serviceCenter,
    ),
    'Funding the Liuyinli reading corner',
  );
  // Under way, as core's example has it: each step with the credential of the role that takes it.
  const events = `${at}/projects/${liuyinliProject}/events`;
  for (const event of liuyinliUnderWay) {
    if (event.type === 'contract-signed') {
      const code = await mintCredential(
        box,
        operatorKey,
        organization,
        roundId,
        'team-member',
        event.by,
      );
      await boxAnswer(
        box(events, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, event }),
        }),
        `Signing ${event.by}'s contract`,
      );
      continue;
    }
    const token = event.type === 'disbursed' ? roles.serviceCenter : roles.applicants.liuyinli!;
    await boxAnswer(post(events, { event }, token), `Recording ${event.type}`);
  }
  return { organization, id: roundId, roles };
}

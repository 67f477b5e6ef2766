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
import type { DemoRound, DemoRoundRoles, RoundBoxFetch } from './demo-round.js';

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

async function ok<T>(response: Promise<Response>, what: string): Promise<T> {
  const res = await response;
  const text = await res.text();
  if (!res.ok) throw new Error(`${what} failed (${res.status}): ${text}`);
  return JSON.parse(text) as T;
}

/**
 * Seeds the fictional Liuyinli round in `organization` under ids ending in `suffix` (a reset
 * seeds a new one), with its own role credentials; answers the round as the demo keeps it.
 *
 * @example
 * const liuyinli = await seedLiuyinliRound(box, operatorKey, org, 'ab12cd');
 */
export async function seedLiuyinliRound(
  box: RoundBoxFetch,
  operatorKey: string,
  organization: string,
  suffix: string,
): Promise<DemoRound> {
  const roundId = `${liuyinliRound.id}-${suffix}`;
  const meetingId = `${liuyinliMeeting.id}-${suffix}`;
  const post = (path: string, body: unknown, token: string, headers: Record<string, string> = {}) =>
    box(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...headers,
      },
      body: JSON.stringify(body),
    });
  const base = `/organizations/${organization}`;
  const round: Round = {
    ...liuyinliRound,
    id: roundId,
    applications: [],
    meetings: [],
    decisions: [],
    funded: [],
  };
  await ok(
    post(
      `${base}/rounds`,
      { round, bodies: demoBodies, participants: demoParticipants },
      operatorKey,
    ),
    'Creating the Liuyinli round',
  );
  const mint = async (role: string, label: string) => {
    const minted = await ok<{ credentials: { secret: string }[] }>(
      post(`${base}/credentials`, { role, labels: [label], round: roundId }, operatorKey),
      `Minting the Liuyinli round's ${role} credential`,
    );
    return minted.credentials[0]!.secret;
  };
  const roles: DemoRoundRoles = {
    organizer: await mint('organizer', 'qingyuan-coordination'),
    serviceCenter: await mint('service-center', 'p-center'),
    supervisor: await mint('supervisor', 'p-jiwei'),
    auditor: await mint('auditor', 'p-caizheng'),
    applicants: { liuyinli: await mint('applicant', 'liuyinli-residents') },
  };
  const at = `${base}/rounds/${roundId}`;
  await ok(
    post(
      `${at}/applications`,
      { application: liuyinliApplication, by: 'p-gu', at: '2007-09-24T09:00:00+08:00' },
      roles.applicants.liuyinli!,
    ),
    'Submitting the Liuyinli application',
  );
  await ok(
    post(
      `${at}/vettings`,
      { vetting: { ...liuyinliVetting, round: roundId } },
      roles.serviceCenter,
    ),
    'Vetting the Liuyinli application',
  );
  // Its review meeting: created with the operator key, two attendees vote, results published.
  const voters = liuyinliMeeting.voters.slice(0, 2).map((v) => v.id);
  const created = await ok<{ organizerToken: string }>(
    post('/meetings', { meeting: { ...liuyinliMeeting, id: meetingId } }, operatorKey),
    'Creating the Liuyinli meeting',
  );
  await ok(
    post(
      `${at}/reviews`,
      { meeting: meetingId, by: 'p-center', at: '2007-09-28T14:00:00+08:00' },
      roles.serviceCenter,
    ),
    'Putting the Liuyinli application on its meeting’s agenda',
  );
  const issued = await ok<{ codes: { voter: string; code: string }[] }>(
    post(`/meetings/${meetingId}/codes`, { voters }, created.organizerToken),
    'Issuing the Liuyinli meeting’s codes',
  );
  const meeting = `/meetings/${meetingId}`;
  await ok(post(`${meeting}/lock-weights`, {}, created.organizerToken), 'Locking the weights');
  await ok(post(`${meeting}/open`, {}, created.organizerToken), 'Opening the Liuyinli vote');
  const yes = Object.fromEntries(liuyinliMeeting.criteria.map((c) => [c.id, true]));
  for (const { code } of issued.codes) {
    await ok(
      box(`${meeting}/ballots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, marks: { [liuyinliProject]: yes } }),
      }),
      'Casting a Liuyinli ballot',
    );
  }
  await ok(post(`${meeting}/close`, {}, created.organizerToken), 'Closing the Liuyinli vote');
  await ok(
    post(`${meeting}/publish`, {}, created.organizerToken),
    'Publishing the Liuyinli results',
  );
  await ok(
    post(
      `${at}/summary-sheets`,
      { sheet: { ...liuyinliSummarySheet, meeting: meetingId } },
      roles.supervisor,
    ),
    'Signing the Liuyinli summary sheet',
  );
  await ok(
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
      const code = await mint('team-member', event.by);
      await ok(
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
    await ok(post(events, { event }, token), `Recording ${event.type}`);
  }
  return { organization, id: roundId, roles };
}

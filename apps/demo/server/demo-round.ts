import type { Application, Round, Vetting } from '@qingyuan/core';
import { pilotApplications, pilotRound, pilotVettings } from '@qingyuan/core/examples';
import { fictionalCommunity } from '../src/data/open-space-2007.js';
import { pilotFund } from '../src/data/pilot-2007.js';
import { demoBodies, demoParticipants } from '../src/data/project-histories.js';
import { boxAnswer, postJson, type BoxFetch } from './box-fetch.js';

/** The role credentials the demo's server side acts with in its round (secrets: never sent). */
export interface DemoRoundRoles {
  /** The coordination group (service center and NGO staff). */
  organizer: string;
  serviceCenter: string;
  supervisor: string;
  auditor: string;
  /** One applicant credential per community, by community id. */
  applicants: Record<string, string>;
}

/** The demo's round on the ballot box: its id, its organisation and the roles' credentials. */
export interface DemoRound {
  organization: string;
  id: string;
  roles: DemoRoundRoles;
}

/**
 * The community the demo adds to the 2007 round: in the case study Binhe Dongli's merchants–
 * residents association is a later project; the demo puts it in this round so that its draft
 * can be submitted and vetted on the ballot box (said so on the applications screen).
 */
export const demoAddedCommunity = 'binhe-dongli';

/** Who submits each pilot application: the residents' committee member who wrote it with residents. */
const submitters: Record<string, string> = {
  'jinhuali-home': 'p-li',
  'yuhuayuan-culture': 'p-chen-jianguo',
  'jinhuiyuan-efamily': 'p-zhou-hong',
  'xinghuayuan-children': 'p-huang-jing',
};

/**
 * Mints, with the operator key, one credential of `role` for round `roundId` held by `label`,
 * and answers its secret.
 *
 * @example
 * const code = await mintCredential(box, operatorKey, 'org-1', 'liuyinli-2007-ab12cd', 'team-member', 'p-gu');
 */
export async function mintCredential(
  box: BoxFetch,
  operatorKey: string,
  organization: string,
  roundId: string,
  role: string,
  label: string,
): Promise<string> {
  const minted = await boxAnswer<{ credentials: { secret: string }[] }>(
    postJson(
      box,
      `/organizations/${organization}/credentials`,
      { role, labels: [label], round: roundId },
      operatorKey,
    ),
    `Minting the ${role} credential of round ${roundId}`,
  );
  return minted.credentials[0]!.secret;
}

/**
 * The credentials of a round's roles as the demo's people hold them (the coordination group,
 * the service center, a supervision-group member, the auditor) and an applicant credential for
 * the residents of each of `communities`, minted with the operator key.
 *
 * @example
 * const roles = await mintRoundRoles(box, operatorKey, 'org-1', 'liuyinli-2007-ab12cd', ['liuyinli']);
 */
export async function mintRoundRoles(
  box: BoxFetch,
  operatorKey: string,
  organization: string,
  roundId: string,
  communities: readonly string[],
): Promise<DemoRoundRoles> {
  const mint = (role: string, label: string) =>
    mintCredential(box, operatorKey, organization, roundId, role, label);
  const roles: DemoRoundRoles = {
    organizer: await mint('organizer', 'qingyuan-coordination'),
    serviceCenter: await mint('service-center', 'p-center'),
    supervisor: await mint('supervisor', 'p-jiwei'),
    auditor: await mint('auditor', 'p-caizheng'),
    applicants: {},
  };
  for (const community of communities) {
    roles.applicants[community] = await mint('applicant', `${community}-residents`);
  }
  return roles;
}

/**
 * The 2007 round of the demo as a new round for the ballot box: the pilot round of
 * `@qingyuan/core/examples` with the demo's fund (25,000 yuan) under the id `id`, its lists
 * empty (the ballot box fills them as they happen), and Binhe Dongli (the demo's invention, see
 * {@link demoAddedCommunity}) and the fictional Liuyinli (where the demo's invented ideas go)
 * added to its communities.
 *
 * @example
 * demoRoundDocument('qingyuan-2007-ab12cd').applications; // []
 */
export function demoRoundDocument(id: string): Round {
  return {
    ...pilotRound,
    id,
    communities: [...pilotRound.communities, demoAddedCommunity, fictionalCommunity],
    fund: { ...pilotRound.fund, amount: { ...pilotFund } },
    applications: [],
    meetings: [],
    decisions: [],
    funded: [],
  };
}

/**
 * Seeds the demo's round on the ballot box with the operator key: the round of the four 2007
 * pilot communities (`roundId`, tied to the demo meeting `meetingId`, its pilots' origin the
 * demo's Open Space session `openSpaceId`), role credentials for the
 * coordination group (organizer), the service center, a supervision group member, the auditor and each community's applicant
 * (minted for this round only), the four pilot applications submitted by their communities,
 * vetted by the service center and put on the review meeting's agenda.
 *
 * @example
 * const round = await seedDemoRound(box, operatorKey, 'qingyuan-2007-ab12cd', 'qingyuan-2007-ab12cd', 'os-qingyuan-2007-ab12cd');
 */
export async function seedDemoRound(
  box: BoxFetch,
  operatorKey: string,
  roundId: string,
  meetingId: string,
  openSpaceId: string,
): Promise<DemoRound> {
  const post = (path: string, body: unknown, token: string) => postJson(box, path, body, token);
  // The meeting tells whose organisation the operator key runs.
  const meeting = await boxAnswer<{ organization: string }>(
    box(`/meetings/${meetingId}`),
    'Reading the demo meeting',
  );
  const org = meeting.organization;
  const base = `/organizations/${org}/rounds`;
  await boxAnswer(
    post(
      base,
      { round: demoRoundDocument(roundId), bodies: demoBodies, participants: demoParticipants },
      operatorKey,
    ),
    'Creating the demo round',
  );
  const communities = new Set([demoAddedCommunity, ...pilotApplications.map((a) => a.community)]);
  const roles = await mintRoundRoles(box, operatorKey, org, roundId, [...communities]);
  const at = `${base}/${roundId}`;
  // The pilots came out of the 2007 Open Space (their `origin`): the demo's copy of it on the
  // box (`openSpaceId`), so that its report follows each idea to the project it became.
  for (const pilot of pilotApplications as Application[]) {
    const application: Application = pilot.origin
      ? { ...pilot, origin: { ...pilot.origin, session: openSpaceId } }
      : pilot;
    const community = application.community;
    await boxAnswer(
      post(
        `${at}/applications`,
        {
          application,
          by: submitters[application.id] ?? 'p-li',
          at: '2007-09-21T09:00:00+08:00',
        },
        roles.applicants[community]!,
      ),
      `Submitting ${application.id}`,
    );
  }
  for (const vetting of pilotVettings as Vetting[]) {
    await boxAnswer(
      post(`${at}/vettings`, { vetting: { ...vetting, round: roundId } }, roles.serviceCenter),
      `Vetting ${vetting.application}`,
    );
  }
  await boxAnswer(
    post(
      `${at}/reviews`,
      { meeting: meetingId, by: 'p-center', at: '2007-09-27T14:00:00+08:00' },
      roles.serviceCenter,
    ),
    'Putting the pilots on the review meeting’s agenda',
  );
  return { organization: org, id: roundId, roles };
}

import type { Application, Round, Vetting } from '@qingyuan/core';
import { pilotApplications, pilotRound, pilotVettings } from '@qingyuan/core/examples';
import { fictionalCommunity } from '../src/data/open-space-2007.js';
import { pilotFund } from '../src/data/pilot-2007.js';
import { demoBodies, demoParticipants } from '../src/data/project-histories.js';

/** A minimal fetch against the ballot box's base URL. */
export type RoundBoxFetch = (path: string, init?: RequestInit) => Promise<Response>;

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

async function ok<T>(response: Promise<Response>, what: string): Promise<T> {
  const res = await response;
  const text = await res.text();
  if (!res.ok) throw new Error(`${what} failed (${res.status}): ${text}`);
  return JSON.parse(text) as T;
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
  box: RoundBoxFetch,
  operatorKey: string,
  roundId: string,
  meetingId: string,
  openSpaceId: string,
): Promise<DemoRound> {
  const post = (path: string, body: unknown, token: string) =>
    box(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  // The meeting tells whose organisation the operator key runs.
  const meeting = await ok<{ organization: string }>(
    box(`/meetings/${meetingId}`),
    'Reading the demo meeting',
  );
  const org = meeting.organization;
  const base = `/organizations/${org}/rounds`;
  await ok(
    post(
      base,
      { round: demoRoundDocument(roundId), bodies: demoBodies, participants: demoParticipants },
      operatorKey,
    ),
    'Creating the demo round',
  );
  const mint = async (role: string, label: string) => {
    const minted = await ok<{ credentials: { secret: string }[] }>(
      post(
        `/organizations/${org}/credentials`,
        { role, labels: [label], round: roundId },
        operatorKey,
      ),
      `Minting the demo's ${role} credential`,
    );
    return minted.credentials[0]!.secret;
  };
  const roles: DemoRoundRoles = {
    organizer: await mint('organizer', 'qingyuan-coordination'),
    serviceCenter: await mint('service-center', 'p-center'),
    supervisor: await mint('supervisor', 'p-jiwei'),
    auditor: await mint('auditor', 'p-caizheng'),
    applicants: {},
  };
  roles.applicants[demoAddedCommunity] = await mint('applicant', `${demoAddedCommunity}-residents`);
  const at = `${base}/${roundId}`;
  // The pilots came out of the 2007 Open Space (their `origin`): the demo's copy of it on the
  // box (`openSpaceId`), so that its report follows each idea to the project it became.
  for (const pilot of pilotApplications as Application[]) {
    const application: Application = pilot.origin
      ? { ...pilot, origin: { ...pilot.origin, session: openSpaceId } }
      : pilot;
    const community = application.community;
    roles.applicants[community] ??= await mint('applicant', `${community}-residents`);
    await ok(
      post(
        `${at}/applications`,
        {
          application,
          by: submitters[application.id] ?? 'p-li',
          at: '2007-09-21T09:00:00+08:00',
        },
        roles.applicants[community],
      ),
      `Submitting ${application.id}`,
    );
  }
  for (const vetting of pilotVettings as Vetting[]) {
    await ok(
      post(`${at}/vettings`, { vetting: { ...vetting, round: roundId } }, roles.serviceCenter),
      `Vetting ${vetting.application}`,
    );
  }
  await ok(
    post(
      `${at}/reviews`,
      { meeting: meetingId, by: 'p-center', at: '2007-09-27T14:00:00+08:00' },
      roles.serviceCenter,
    ),
    'Putting the pilots on the review meeting’s agenda',
  );
  return { organization: org, id: roundId, roles };
}

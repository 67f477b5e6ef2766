import { pilotOpenSpaceSession } from '@qingyuan/core/examples';
import { openSpaceSession2007, openSpaceViews } from '../src/data/open-space-2007.js';
import { boxAnswer, postJson, type BoxFetch } from './box-fetch.js';

/** The demo's Open Space session on the ballot box and its residents' participant codes. */
export interface DemoOpenSpace {
  id: string;
  codes: { participant: string; code: string }[];
}

/**
 * Records the demo's Open Space session on the ballot box with the operator key, in the
 * organisation of the demo meeting `meetingId` and under an id of its own (`os-qingyuan-2007-`
 * and the meeting's suffix, so each reset starts a fresh session), and mints a participant code
 * for each resident whose view the screen switches between.
 *
 * @example
 * const openSpace = await seedOpenSpace(box, operatorKey, 'qingyuan-2007-ab12cd');
 */
export async function seedOpenSpace(
  box: BoxFetch,
  operatorKey: string,
  meetingId: string,
): Promise<DemoOpenSpace> {
  const post = (path: string, body: unknown) => postJson(box, path, body, operatorKey);
  const { organization } = await boxAnswer<{ organization: string }>(
    box(`/meetings/${meetingId}`),
    'Reading the demo meeting',
  );
  const id = `${pilotOpenSpaceSession.id}-${meetingId.split('-').at(-1)}`;
  const sessions = `/organizations/${organization}/sessions`;
  await boxAnswer(
    post(sessions, { session: openSpaceSession2007(id) }),
    'Recording the Open Space',
  );
  const { codes } = await boxAnswer<{ codes: { participant: string; code: string }[] }>(
    post(`${sessions}/${id}/codes`, { participants: [...openSpaceViews] }),
    'Minting the residents’ participant codes',
  );
  return { id, codes: codes.map(({ participant, code }) => ({ participant, code })) };
}

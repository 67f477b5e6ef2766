import type { OpenSpaceSession } from '@qingyuan/core';
import type { TestBox } from './ballot-box.js';

/**
 * A small Open Space session on two of the case study's communities: one organizer, one named
 * resident, a topic and one idea, no votes; `dots` as given.
 */
export function openSpaceSession(
  id = 'os-2007',
  dots: OpenSpaceSession['dots'] = { perParticipant: 3, perIdea: 2 },
): OpenSpaceSession {
  return {
    id,
    theme: { 'zh-CN': '我们的社区', en: 'Our neighbourhood' },
    date: '2007-08-18',
    place: { 'zh-CN': '金华里活动室', en: 'Jinhuali activity room' },
    facilitator: { name: '宋老师' },
    organizers: ['p-org'],
    communities: ['jinhuali', 'binhe'],
    participants: [
      { id: 'p-org', name: '组织者', roles: ['service-center'] },
      { id: 'p-li', name: '李娜', roles: ['resident'], community: 'jinhuali' },
    ],
    dots,
    topics: [{ id: 't-light', title: '楼道照明', convener: 'p-li' }],
    groups: [],
    ideas: [
      {
        id: 'i-lamps',
        kind: 'project-idea',
        title: { 'zh-CN': '楼道装感应灯', en: 'Motion lights in stairwells' },
        by: 'p-li',
        community: 'jinhuali',
        topic: 't-light',
      },
    ],
    votes: [],
  };
}

/**
 * Creates the session in the box's test organisation and mints `count` participant codes;
 * answers the session's path and the codes.
 */
export async function openSpaceWithCodes(
  box: TestBox,
  count = 2,
  session: OpenSpaceSession = openSpaceSession(),
): Promise<{ path: string; codes: { participant: string; code: string }[] }> {
  const { organization } = await box.testOrganization();
  const path = `/organizations/${organization}/sessions`;
  const created = await box.request('POST', path, { session }, await box.asOperator());
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const minted = await box.request(
    'POST',
    `${path}/${session.id}/codes`,
    { count },
    await box.asOperator(),
  );
  if (minted.status !== 201) throw new Error(`codes: ${minted.status} ${await minted.text()}`);
  const { codes } = (await minted.json()) as { codes: { participant: string; code: string }[] };
  return { path: `${path}/${session.id}`, codes };
}

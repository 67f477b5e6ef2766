// A small Open Space session for tests, built so each test states only what it changes.
import type { OpenSpaceSession } from './open-space-session.js';

/** Three residents and an organizer, three ideas, no votes; `dots` as given. */
export function smallSession(
  dots: OpenSpaceSession['dots'] = { perParticipant: 5, perIdea: 2 },
): OpenSpaceSession {
  return {
    id: 'os-test',
    theme: '测试',
    date: '2007-04-21',
    place: '活动室',
    facilitator: { name: '宋老师' },
    organizers: ['p-org'],
    communities: ['c-a', 'c-b'],
    participants: [
      { id: 'p-org', name: '组织者', roles: ['service-center'] },
      { id: 'p-1', name: '一', roles: ['resident'], community: 'c-a' },
      { id: 'p-2', name: '二', roles: ['resident'], community: 'c-a' },
      { id: 'p-3', name: '三', roles: ['resident'], community: 'c-b' },
    ],
    dots,
    topics: [{ id: 't-1', title: '议题', convener: 'p-1' }],
    groups: [{ id: 'g-1', topic: 't-1', members: ['p-1'], notes: [{ id: 'n-1', text: '记录' }] }],
    ideas: [
      {
        id: 'i-1',
        kind: 'project-idea',
        title: '点子一',
        by: 'p-1',
        community: 'c-a',
        topic: 't-1',
      },
      { id: 'i-2', kind: 'need', title: '需求二', by: 'p-2', community: 'c-a' },
      { id: 'i-3', kind: 'project-idea', title: '点子三', by: 'p-3', community: 'c-b' },
    ],
    votes: [],
  };
}

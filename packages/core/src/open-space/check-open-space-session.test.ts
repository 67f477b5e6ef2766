import { describe, expect, it } from 'vitest';
import { pilotOpenSpaceSession } from '../examples/pilot-open-space.js';
import { checkOpenSpaceSession } from './check-open-space-session.js';
import type { OpenSpaceSession } from './open-space-session.js';
import { smallSession } from './session.fixture.js';

describe('checkOpenSpaceSession', () => {
  it('accepts the example session', () => {
    expect(checkOpenSpaceSession(pilotOpenSpaceSession)).toEqual({ ok: true });
  });

  it('reports every broken rule at once, with its path and both languages', () => {
    const base = smallSession({ perParticipant: 3, perIdea: 2 });
    const session: OpenSpaceSession = {
      ...base,
      organizers: ['p-org', 'p-ghost'],
      topics: [{ id: 't-1', title: '议题', convener: 'p-nobody' }],
      groups: [{ id: 'g-1', topic: 't-9', members: ['p-1', 'p-x'], notes: [] }],
      ideas: [
        {
          id: 'i-1',
          kind: 'need',
          title: '一',
          by: 'p-1',
          community: 'c-z',
          topic: 't-2',
          group: 'g-2',
        },
        { id: 'i-2', kind: 'need', title: '二', by: 'p-2', community: 'c-a' },
      ],
      votes: [
        { participant: 'p-1', idea: 'i-1', dots: 2 },
        { participant: 'p-1', idea: 'i-2', dots: 2 },
        { participant: 'p-2', idea: 'i-9', dots: 1 },
        { participant: 'p-3', idea: 'i-2', dots: 3 },
      ],
      resources: [{ id: 'r-1', community: 'c-q', kind: 'venue', name: '厅', offeredBy: 'p-y' }],
      hidden: [
        { kind: 'idea', id: 'i-2', by: 'p-1', at: '2007-04-21T10:00:00Z' },
        { kind: 'note', id: 'n-9', by: 'p-org', at: '2007-04-21T10:00:00Z', reason: '辱骂' },
      ],
    };
    const result = checkOpenSpaceSession(session);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => `${v.rule} ${v.path.join('.')}`)).toEqual([
      'open-space.known-participant organizers.1',
      'open-space.known-participant topics.0.convener',
      'open-space.known-topic groups.0.topic',
      'open-space.known-participant groups.0.members.1',
      'open-space.known-community ideas.0.community',
      'open-space.known-topic ideas.0.topic',
      'open-space.known-group ideas.0.group',
      'open-space.known-idea votes.2.idea',
      'open-space.known-community resources.0.community',
      'open-space.known-participant resources.0.offeredBy',
      'open-space.dot-budget votes.1.dots',
      'open-space.dots-per-idea votes.3.dots',
      'open-space.hidden-by-organizer hidden.0.by',
      'open-space.hidden-reason hidden.0.reason',
      'open-space.known-item hidden.1.id',
    ]);
    const budget = result.violations.find((v) => v.rule === 'open-space.dot-budget')!;
    expect(budget.message).toEqual({
      'zh-CN': '参与者 "p-1" 用了 4 个点，每人只有 3 个',
      en: 'Participant "p-1" used 4 dots; each participant has 3',
    });
    const topic = result.violations.find((v) => v.rule === 'open-space.known-topic')!;
    expect(topic.message['zh-CN']).toBe('本次会议没有标识为 "t-9" 的议题');
  });
});

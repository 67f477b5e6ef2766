import { ReviewMeetingSchema } from '@qingyuan/core';
import { pilotMeeting as examplesMeeting } from '@qingyuan/core/examples';
import { describe, expect, it } from 'vitest';
import { communityNames, pilotMeeting } from '../data/pilot-2007.js';
import { meetingCommunities } from './meeting-communities.js';

describe('meetingCommunities', () => {
  it('names every community of the projects and voters once, the id where none is known', () => {
    const communities = meetingCommunities(
      {
        projects: [{ community: 'binhe-dongli' }, { community: 'new-place' }],
        voters: [{ community: 'jinhuali' }, {}, { community: 'binhe-dongli' }],
      },
      communityNames,
    );
    expect(communities).toEqual([
      { id: 'binhe-dongli', name: { 'zh-CN': '滨河东里', en: 'Binhe Dongli' } },
      { id: 'new-place', name: 'new-place' },
      { id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } },
    ]);
    expect(meetingCommunities({ projects: [{ community: 'toString' }], voters: [] }, {})).toEqual([
      { id: 'toString', name: 'toString' },
    ]);
  });

  it('gives the demo meeting the names of its communities, which the box accepts', () => {
    expect(pilotMeeting.communities?.map((c) => c.id)).toEqual([
      'jinhuali',
      'yuhuayuan',
      'jinhuiyuan-erli',
      'xinghuayuan',
      'binhe-dongli',
    ]);
    expect(pilotMeeting.communities?.[4]?.name).toEqual({
      'zh-CN': '滨河东里',
      en: 'Binhe Dongli',
    });
    expect(ReviewMeetingSchema.safeParse(pilotMeeting).error).toBeUndefined();
    expect({ ...pilotMeeting, communities: undefined }).toEqual({
      ...examplesMeeting,
      communities: undefined,
    });
  });
});

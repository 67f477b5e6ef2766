import { describe, expect, it } from 'vitest';
import { communityName } from './community-name.js';

const communities = [
  { id: 'binhe-dongli', name: { 'zh-CN': '滨河东里', en: 'Binhe Dongli' } },
  { id: 'jinhuali', name: '金华里' },
];

describe('communityName', () => {
  it('reads the name in the locale asked for', () => {
    expect(communityName({ communities }, 'binhe-dongli', 'zh-CN')).toBe('滨河东里');
    expect(communityName({ communities }, 'binhe-dongli', 'en')).toBe('Binhe Dongli');
    expect(communityName({ communities }, 'jinhuali', 'en')).toBe('金华里');
  });

  it('falls back to the id when the meeting does not name the community', () => {
    expect(communityName({}, 'binhe-dongli', 'zh-CN')).toBe('binhe-dongli');
    expect(communityName({ communities }, 'yuhuayuan', 'en')).toBe('yuhuayuan');
  });
});

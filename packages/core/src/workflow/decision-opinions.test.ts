import { describe, expect, it } from 'vitest';
import { funding, participants } from '../domain/pilot-2007.fixture.js';
import { checkDecisionOpinions } from './decision-opinions.js';

const broken = (...args: Parameters<typeof checkDecisionOpinions>) => {
  const result = checkDecisionOpinions(...args);
  return result.ok ? [] : result.violations.map((v) => [v.message.en, v.message['zh-CN'], v.path]);
};

describe('checkDecisionOpinions', () => {
  it('refuses a decision that records no opinion, in both languages', () => {
    const { opinions: _, ...silent } = funding;
    expect(broken(silent)).toEqual([
      [
        'Decision “fd-2008” records no opinion of street leaders and experts',
        '资助决定“fd-2008”没有记录街道领导和与会专家的意见',
        ['opinions'],
      ],
    ]);
    expect(broken({ ...funding, opinions: [] }, participants)).toHaveLength(1);
  });

  it('with the participants known, wants a street leader’s and an expert’s opinion', () => {
    expect(broken(funding, participants)).toEqual([]);
    const onlyExpert = { ...funding, opinions: funding.opinions!.slice(1) };
    expect(broken(onlyExpert, participants).map(([en]) => en)).toEqual([
      'The decision records no street leader’s opinion',
    ]);
    const byResident = { ...funding, opinions: [{ by: 'p-wang', text: '好' }] };
    expect(broken(byResident, participants)).toHaveLength(2);
    // Without the participants the givers' roles are unknown: any opinion counts.
    expect(broken(byResident)).toEqual([]);
  });
});

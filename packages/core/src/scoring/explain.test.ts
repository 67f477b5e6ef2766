import { describe, expect, it } from 'vitest';
import { explainProject } from './explain.js';
import { pilotBallots, pilotMeeting } from './pilot-meeting.fixture.js';
import { tally } from './weighted-tally.js';

describe('explainProject', () => {
  const result = tally(pilotMeeting, pilotBallots);

  it('breaks the top pilot project into its parts in Chinese', () => {
    expect(explainProject(pilotMeeting, result, 'jinhuali-home', 'zh-CN')!.lines).toEqual([
      '新居民之家 (jinhuali-home)',
      '公益性 4 票 × 0.4 = 1.6',
      '可行性 2 票 × 0.3 = 0.6',
      '可持续性 2 票 × 0.3 = 0.6',
      '合计 1.6 + 0.6 + 0.6 = 2.8,排名第 1/4',
    ]);
  });

  it('and in English, with the parts as data', () => {
    const explanation = explainProject(pilotMeeting, result, 'xinghuayuan-children', 'en')!;
    expect(explanation.lines).toEqual([
      "Children's Creativity Space (xinghuayuan-children)",
      'Public benefit 3 votes × 0.4 = 1.2',
      'Feasibility 2 votes × 0.3 = 0.6',
      'Sustainability 2 votes × 0.3 = 0.6',
      'Total 1.2 + 0.6 + 0.6 = 2.4, rank 2 of 4',
    ]);
    expect(explanation.parts[0]).toMatchObject({
      criterion: 'public-benefit',
      sum: '3',
      weight: '2/5',
      weighted: '6/5',
    });
    expect(explanation.total).toBe('12/5');
  });

  it('shows the mean with its denominator and marks endless decimals as approximate', () => {
    const meanMeeting = { ...pilotMeeting, aggregate: 'mean' as const, recusal: 'none' as const };
    const mean = tally(meanMeeting, pilotBallots);
    const explanation = explainProject(meanMeeting, mean, 'yuhuayuan-culture', 'en')!;
    // 2 votes of 5 ballots
    expect(explanation.parts[1]!.text).toBe('Feasibility 2 votes ÷ 5 ballots = 0.4 × 0.3 = 0.12');
    const thirdsMeeting = {
      ...pilotMeeting,
      aggregate: 'mean' as const,
      voters: pilotMeeting.voters.slice(1, 4),
    };
    const thirds = tally(thirdsMeeting, [
      { voter: 'v02', marks: { 'jinhuali-home': { feasibility: true } } },
      { voter: 'v03', marks: {} },
      { voter: 'v04', marks: {} },
    ]);
    expect(explainProject(thirdsMeeting, thirds, 'jinhuali-home', 'zh-CN')!.parts[1]!.text).toBe(
      '可行性 1 票 ÷ 3 张选票 = ≈0.3333 × 0.3 = 0.1',
    );
  });

  it('says when a project is tied and uses points for score voting', () => {
    const scoreMeeting = { ...pilotMeeting, method: { type: 'score' as const, min: 1, max: 5 } };
    const scored = tally(scoreMeeting, []);
    const explanation = explainProject(scoreMeeting, scored, 'jinhuali-home', 'en')!;
    expect(explanation.parts[0]!.text).toBe('Public benefit 0 points × 0.4 = 0');
    expect(explanation.lines.at(-1)).toContain('(tied; order by the tie-break chain)');
  });

  it('returns null for a project that is not in the result', () => {
    expect(explainProject(pilotMeeting, result, 'nowhere')).toBeNull();
  });
});

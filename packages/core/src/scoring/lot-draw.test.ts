/// <reference types="node" />
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { ReviewMeetingSchema } from '../meeting/review-meeting.js';
import { drawLots, lotKey } from './lot-draw.js';
import { pilotBallots, pilotMeeting } from './pilot-meeting.fixture.js';
import { tally } from './weighted-tally.js';

const seed = '2008-03-20 双色球 03 11 17 22 28 31 + 09';

describe('drawing lots with a published seed', () => {
  it('is the SHA-256 of seed, newline, project id: anyone can repeat it with sha256sum', () => {
    expect(lotKey(seed, 'jinhuali-home')).toBe(
      createHash('sha256').update(`${seed}\njinhuali-home`, 'utf8').digest('hex'),
    );
  });

  it('the same seed gives the same order, whatever order the projects come in', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { minLength: 2, maxLength: 6 }),
        (s, ids) => {
          const order = drawLots(s, ids);
          expect(drawLots(s, [...ids].reverse())).toEqual(order);
          expect([...order].sort()).toEqual([...ids].sort());
        },
      ),
    );
  });

  it('another seed can give another order', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const orders = new Set(['1', '2', '3', '4', '5', '6'].map((s) => drawLots(s, ids).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

/** Four projects, one criterion, one ballot approving all: every total ties. */
const allTied: ReviewMeeting = {
  ...pilotMeeting,
  recusal: 'none',
  criteria: [{ id: 'c', name: 'C', weight: 1 }],
  projects: pilotMeeting.projects.map((project) => ({
    ...project,
    requested: { amount: 100, currency: 'CNY' },
  })),
};
const approveAll = [
  {
    voter: 'e01',
    marks: Object.fromEntries(allTied.projects.map((p) => [p.id, { c: true }])),
  },
];
const order = (meeting: ReviewMeeting) =>
  tally(meeting, approveAll).ranking.map((row) => row.project);

describe('the declared tie-break chain', () => {
  it('keeps today’s chain when none is declared: the pilot ranking is unchanged', () => {
    const declared = tally({ ...pilotMeeting, tieBreak: ['criteria', 'requested'] }, pilotBallots);
    expect(tally(pilotMeeting, pilotBallots).ranking).toEqual(declared.ranking);
    // all tied, equal requests: project id decides last
    expect(order(allTied)).toEqual([
      'jinhuali-home',
      'jinhuiyuan-efamily',
      'xinghuayuan-children',
      'yuhuayuan-culture',
    ]);
  });

  it('draws lots with the published seed: repeatable, and the order of lotKey', () => {
    const meeting: ReviewMeeting = {
      ...allTied,
      tieBreak: ['lot'],
      lot: { seed, publishedAt: '2008-03-19T20:00:00+08:00' },
    };
    const ids = allTied.projects.map((p) => p.id);
    expect(order(meeting)).toEqual(drawLots(seed, ids));
    expect(order(meeting)).toEqual(order(structuredClone(meeting)));
    // without a published seed, the lot decides nothing and the id does
    expect(order({ ...meeting, lot: undefined })).toEqual(order(allTied));
  });

  it('orders tied projects as the chair’s casting vote says', () => {
    const meeting: ReviewMeeting = {
      ...allTied,
      tieBreak: ['casting-vote'],
      chair: 'v06',
      castingVotes: [
        {
          projects: ['yuhuayuan-culture', 'xinghuayuan-children'],
          by: 'v06',
          reason: {
            'zh-CN': '文化中心受益居民更多',
            en: 'The culture centre serves more residents',
          },
        },
      ],
    };
    expect(order(meeting)).toEqual([
      'yuhuayuan-culture',
      'xinghuayuan-children',
      'jinhuali-home',
      'jinhuiyuan-efamily',
    ]);
  });

  it('refuses a step declared twice and a casting vote on an unknown or twice-voted project', () => {
    const parsed = ReviewMeetingSchema.safeParse({
      ...allTied,
      tieBreak: ['lot', 'lot'],
      castingVotes: [
        { projects: ['jinhuali-home', 'nope'], by: 'v06', reason: 'x' },
        { projects: ['jinhuali-home', 'yuhuayuan-culture'], by: 'v06', reason: 'x' },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join('.'))).toEqual([
      'tieBreak.1',
      'castingVotes.0.projects.1',
      'castingVotes.1.projects.0',
    ]);
  });
});

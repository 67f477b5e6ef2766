import { describe, expect, it } from 'vitest';
import { demoRoutes, parseRoute } from './demo-routes.js';

describe('parseRoute', () => {
  it('reads a screen of the menu', () => {
    expect(parseRoute('#/funding')).toEqual({ screen: 'funding' });
  });

  it('reads the attendee of a ballot link', () => {
    expect(parseRoute('#/vote/v02')).toEqual({ screen: 'vote', voter: 'v02' });
  });

  it('reads the review meeting of the meeting screen and of a ballot link', () => {
    expect(parseRoute('#/meeting')).toEqual({ screen: 'meeting' });
    expect(parseRoute('#/meeting/r-review-2')).toEqual({
      screen: 'meeting',
      meeting: 'r-review-2',
    });
    expect(parseRoute('#/vote/v02/r-review-2')).toEqual({
      screen: 'vote',
      voter: 'v02',
      meeting: 'r-review-2',
    });
  });

  it('reads the review meeting of the funding screen', () => {
    expect(parseRoute('#/funding/r-review-2')).toEqual({
      screen: 'funding',
      meeting: 'r-review-2',
    });
  });

  it('falls back to the Open Space session, where the cycle starts, for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'open-space' });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'open-space' });
    expect(parseRoute('#/vote')).toEqual({ screen: 'open-space' });
  });

  it('lists the screens in the order of the cycle', () => {
    expect(demoRoutes.map((r) => r.id)).toEqual([
      'open-space',
      'survey',
      'report',
      'applications',
      'meeting',
      'funding',
      'execution',
      'closing',
      'pb',
      'audit',
    ]);
  });
});

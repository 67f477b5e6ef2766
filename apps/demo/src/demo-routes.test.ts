import { describe, expect, it } from 'vitest';
import { demoRoutes, parseRoute, signUrl } from './demo-routes.js';

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

  it('reads the project and member of a signing slip, and needs both', () => {
    expect(parseRoute('#/sign/jinhuali-home/p-wang')).toEqual({
      screen: 'sign',
      project: 'jinhuali-home',
      member: 'p-wang',
    });
    expect(parseRoute('#/sign/jinhuali-home')).toEqual({ screen: 'open-space' });
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

describe('signUrl', () => {
  it('puts the code in the query and the signing page in the hash, on the given address', () => {
    const url = signUrl('http://192.168.1.20:5173/', 'jinhuali-home', 'p-wang', 'K7Q2-9XPM');
    expect(url).toBe('http://192.168.1.20:5173/?code=K7Q2-9XPM#/sign/jinhuali-home/p-wang');
    expect(parseRoute(new URL(url).hash)).toEqual({
      screen: 'sign',
      project: 'jinhuali-home',
      member: 'p-wang',
    });
  });

  it('escapes what an address cannot hold as it is', () => {
    const url = new URL(signUrl('http://localhost:5173/', 'a b', 'p-x', 'A&B=C'));
    expect(url.searchParams.get('code')).toBe('A&B=C');
    expect(parseRoute(url.hash)).toMatchObject({ project: 'a b', member: 'p-x' });
  });
});
